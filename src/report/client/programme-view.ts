/**
 * A programme in the client report: its window relative to the as-of date, its counts and total, and
 * each measure with its verdict, maximum amount and reason, as the table gives them.
 */
import type { MeasureReport, ProgrammeReport } from '../../contracts/report.js';
import type { Lang } from '../../text/lang.js';
import { say } from '../../text/messages.js';
import { shownFact } from '../../text/fact-name.js';
import { formatYuan } from '../../text/money.js';
import { programmeRef, successorName } from '../../text/programme-name.js';
import { historyLine } from '../round-lines.js';
import { PIN_OPTION } from '../round-text.js';
import { windowPhrase } from '../../text/window-phrase.js';
import { ROUND_TEXT } from '../../text/catalogues/round.js';
import { CLIENT_TEXT, VERDICT_TEXT, WINDOW_STATE_TEXT } from '../../text/catalogues/client.js';

export interface ProgrammeView {
  title: string;
  /** `putuo-smart-software@2023 · 普科合规范〔2021〕3号`; in Chinese the document number. */
  ref: string;
  document: string;
  state: string;
  windowState: ProgrammeReport['window']['state'];
  window: string;
  counts: string;
  total: string;
  superseded: string | null;
  measures: MeasureRow[];
}

export interface MeasureRow {
  title: string;
  project: string;
  verdict: MeasureReport['verdict'];
  verdictText: string;
  amount: string;
  why: string;
}

export function programmeView(p: ProgrammeReport, all: readonly ProgrammeReport[], asOf: string, lang: Lang): ProgrammeView {
  const count = (v: MeasureReport['verdict']) => p.measures.filter((m) => m.verdict === v).length;
  return {
    title: p.title,
    ref: programmeRef(p, lang),
    document: p.document,
    state: say(WINDOW_STATE_TEXT[p.window.state], lang),
    windowState: p.window.state,
    window: windowPhrase(p.window, asOf, lang),
    counts: say(CLIENT_TEXT.counts, lang, { eligible: count('eligible'), undetermined: count('undetermined'), total: p.measures.length }),
    total: withUnpublished(p.maxTotal, p.unpublishedEligible, lang),
    // A history round counts nothing: say why under its total; a pinned one counts as if open.
    superseded: p.round === 'history' ? historyLine(p, lang, all) : p.round === 'pinned' ? say(ROUND_TEXT['pinned-one'], lang, PIN_OPTION) : null,
    measures: p.measures.map((m) => ({
      title: m.title,
      project: m.project ?? '—',
      verdict: m.verdict,
      verdictText: say(VERDICT_TEXT[m.verdict], lang),
      amount: amountText(m, p, lang),
      why: m.summary,
    })),
  };
}

/** A total: `at most 1,800,000`; nothing is just `0`. */
export function upTo(yuan: number, lang: Lang): string {
  return yuan === 0 ? formatYuan(0, lang) : say(CLIENT_TEXT.total, lang, (l) => ({ amount: formatYuan(yuan, l) }));
}

/** As the table gives it: nothing for an ineligible measure, the missing figure, "not published", or "up to". */
function amountText(m: MeasureReport, p: ProgrammeReport, lang: Lang): string {
  if (m.verdict === 'ineligible') return '—';
  const needs = m.amountSteps.find((s) => s.step === 'missing-base');
  if (needs && needs.step === 'missing-base') return say(CLIENT_TEXT['needs-fact'], lang, (l) => ({ fact: shownFact(needs.fact, p.factNamesZh, l) }));
  if (m.maxAmount === null) return say(CLIENT_TEXT['not-published'], lang);
  const upTo = say(CLIENT_TEXT['up-to'], lang, (l) => ({ amount: formatYuan(m.maxAmount!, l) }));
  return m.verdict === 'eligible' ? upTo : lang === 'zh' ? `（${upTo}）` : `(${upTo})`;
}

/** `at most 2,000,000 + 1 eligible measure with no published amount`: unpublished is not zero. */
export function withUnpublished(yuan: number, unpublished: number, lang: Lang): string {
  if (unpublished === 0) return upTo(yuan, lang);
  const one = (l: 'en' | 'zh') => `${upTo(yuan, l)}${ROUND_TEXT.unpublished[l]({ count: unpublished })}`;
  return say(one, lang);
}
