/** Lines every human format opens with after the as-of date: programmes with no round known yet, and the pinned rounds. */
import type { ProgrammeReport, Report } from '../contracts/report.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { endedText, PIN_OPTION } from './round-text.js';
import { formatDate } from '../text/show.js';
import { successorName } from '../text/programme-name.js';
import { ROUND_TEXT } from '../text/catalogues/round.js';

export function roundLines(report: Pick<Report, 'asOf' | 'skipped' | 'pinned'>, lang: Lang): string[] {
  const skipped = report.skipped.map((s) =>
    say(ROUND_TEXT['not-known'], lang, (l) => ({ programme: l === 'zh' ? `“${s.titleZh}”` : s.programme, asOf: formatDate(report.asOf, l), version: s.version, from: s.effectiveFrom && s.effectiveFrom > report.asOf ? formatDate(s.effectiveFrom, l) : '' })),
  );
  const pinned = report.pinned.length > 0 ? [say(ROUND_TEXT.pinned, lang, { ...PIN_OPTION, rounds: report.pinned.join(', ') })] : [];
  return [...skipped, ...pinned];
}

/** Under a history round: how it ended, that it counts nowhere, and how to count it anyway. */
export function historyLine(
  p: Pick<ProgrammeReport, 'id' | 'version' | 'window' | 'supersededBy'>,
  lang: Lang,
  all: readonly Pick<ProgrammeReport, 'id' | 'version' | 'title'>[] = [],
): string {
  const closedOn = p.window.state === 'closed' ? p.window.closes : null;
  return say(ROUND_TEXT.history, lang, (l) => ({
    ended: endedText({ closedOn, supersededBy: p.supersededBy && successorName(p, all, l) }, l),
    pin: `${PIN_OPTION.option} ${p.id}@${p.version}`,
  }));
}
