/**
 * The words of rounds in time and of unpublished amounts, shared by every format: the sentence when no
 * round is open, the line under a history round, the pinned rounds, and a total that says what it leaves out.
 */
import type { RoundInfo } from '../engine/rounds.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { formatYuan } from '../text/money.js';
import { formatDate } from '../text/show.js';
import { ROUND_TEXT } from '../text/catalogues/round.js';

/** The option that pins a round, an argument of the messages: a command-line word, never translated. */
export const PIN_OPTION = { option: '--rules-version' };

export interface NoOpenRound {
  programme: string;
  version: string;
  /** The last closing date of the round, null when it is history by supersession alone. */
  closedOn: string | null;
  supersededBy: string | null;
}

/** The newest round, once every round is history, as the report names it. */
export function endedRound(newest: RoundInfo): NoOpenRound {
  const { programme, version, window, successor } = newest;
  return { programme, version, closedOn: window.state === 'closed' ? window.closes : null, supersededBy: successor && `${successor.programme}@${successor.version}` };
}

/** How a history round ended: "closed on 2023-05-12" or "was superseded by …". */
export function endedText(r: { closedOn: string | null; supersededBy: string | null }, l: 'en' | 'zh'): string {
  if (r.closedOn !== null) return ROUND_TEXT.closed[l]({ closes: formatDate(r.closedOn, l) });
  return ROUND_TEXT.superseded[l]({ successor: r.supersededBy ?? '' });
}

/** The one sentence that says no round is open, names the newest and says how to load current rules. */
export function noOpenRoundSentence(r: NoOpenRound, asOf: string, bundled: boolean, lang: Lang, titleZh?: string): string {
  const round = (l: 'en' | 'zh') => (l === 'zh' && titleZh ? `“${titleZh}”` : `${r.programme}@${r.version}`);
  return say(ROUND_TEXT[bundled ? 'none-open-bundled' : 'none-open-loaded'], lang, (l) => ({ asOf: formatDate(asOf, l), round: round(l), ended: endedText(r, l), load: l === 'en' ? '--rules <dir>' : '--rules <目录>' }));
}

/** `at most 2,000,000 + 1 eligible measure with no published amount`: an unpublished amount is not zero. */
export function totalText(total: number, unpublished: number, lang: Lang): string {
  const one = (l: 'en' | 'zh') => ROUND_TEXT['at-most'][l]({ total: formatYuan(total, l) }) + (unpublished > 0 ? ROUND_TEXT.unpublished[l]({ count: unpublished }) : '');
  return say(one, lang);
}
