/**
 * One company: per programme, its window, a table of measures (or, on a narrow terminal, a list),
 * the totals, what is missing, what it would take, and the caveats; then the company total.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { displayWidth, wrapToWidth } from '../text/columns.js';
import type { FileResult, MeasureReport, ProgrammeReport } from '../contracts/report.js';
import type { FormatOptions } from './registry.js';
import type { Lang } from '../text/lang.js';
import { shownFact } from '../text/fact-name.js';
import { formatYuan } from '../text/money.js';
import { programmeRef } from '../text/programme-name.js';
import { windowPhrase } from '../text/window-phrase.js';
import { toQualifyLines } from './to-qualify-lines.js';
import { boxTable } from './box-table.js';
import { cellLines, say, type ArgsFor } from '../text/messages.js';
import { TABLE_TEXT } from '../text/catalogues/summary.js';
import { EXPLAIN_TEXT } from '../text/catalogues/explain.js';
import { VERDICT_TEXT } from '../text/catalogues/client.js';
import { historyLine } from '../report/round-lines.js';
import { PIN_OPTION, totalText } from '../report/round-text.js';
import { shortPosition } from '../text/position.js';
import { ROUND_TEXT } from '../text/catalogues/round.js';
import { evidenceNote } from '../text/evidence.js';

/** Below this many columns the measures are listed rather than tabled. */
const NARROW = 100;

export function fileSection(result: FileResult, asOf: string, options: FormatOptions, c: ChalkInstance, noneOpen = false): string[] {
  const t = (key: keyof typeof TABLE_TEXT, args: ArgsFor = {}) => say(TABLE_TEXT[key], options.lang, args);
  const name = result.company.name ?? t('no-name');
  const head = c.bold(`${name}`) + c.dim(`  ${result.file}`);
  if (!result.valid) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const count = t('errors', { count: errors.length });
    return [head, c.red(t('invalid', { count })), ...errors.map((d) => c.red(`  ${shortPosition(d)} ${d.code} ${d.message}`))];
  }
  const lines = [head];
  for (const p of byRelevance(result.programmes)) lines.push('', ...programmeSection(p, result.programmes, asOf, options, c));
  const maxTotal = result.maxTotal ?? 0;
  const total = (l: 'en' | 'zh') => totalText(maxTotal, result.unpublishedEligible, l);
  // What settling the undetermined measures could add, as each programme's total says (history counts nothing).
  const more = result.programmes.reduce((n, p) => n + p.potentialTotal, 0) - maxTotal;
  // With no round open, the total is 0 for a reason the reader must see on the same line.
  const line = noneOpen
    ? say(EXPLAIN_TEXT['total-none-open'], options.lang)
    : say((l) => say(TABLE_TEXT['company-total'], l, { total: total(l) }) + moreIfSettled(more, l), options.lang);
  lines.push('', c.bold(line));
  return lines;
}

const WINDOW_ORDER = { open: 0, upcoming: 1, unknown: 2, closed: 3 } as const;

/** What a consultant can act on first: rounds that count before history, then open windows, upcoming, unknown, closed. */
function byRelevance(programmes: readonly ProgrammeReport[]): ProgrammeReport[] {
  const rank = (p: ProgrammeReport) => (p.round === 'history' ? 10 : 0) + WINDOW_ORDER[p.window.state];
  return programmes
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

function programmeSection(
  p: ProgrammeReport,
  all: readonly ProgrammeReport[],
  asOf: string,
  options: FormatOptions,
  c: ChalkInstance,
): string[] {
  const { lang } = options;
  const title = c.bold(`${p.title}`) + c.dim(`  ${programmeRef(p, lang)}`);
  return [
    p.round === 'history' ? c.dim(title) : title,
    say(TABLE_TEXT.window, lang, (l) => ({ phrase: windowPhrase(p.window, asOf, l) })),
    ...(p.round === 'pinned' ? [c.cyan(`  ${say(ROUND_TEXT['pinned-one'], lang, PIN_OPTION)}`)] : []),
    options.width < NARROW ? measureList(p, options, c) : measureTable(p, options, c),
    ...totalLines(p, all, lang),
    ...missingLine(p, lang),
    ...toQualifyLines(p, lang),
    ...p.caveats.map((cv) => c.yellow(`  ! ${cv.message}`)),
    ...measureCaveats(p, lang).map((line) => c.yellow(`  ! ${line}`)),
  ];
}

function measureTable(p: ProgrammeReport, options: FormatOptions, c: ChalkInstance): string {
  const { lang } = options;
  // 77 columns of borders and the first four cells: the reason takes the rest (23 at 100 columns).
  const widths = [24, 9, 16, 22, Math.max(20, options.width - 77)] as const;
  // Wrapped here, not by cli-table3, which cuts Chinese text it cannot break at a space.
  // With `--lang both`, a cell is its English lines, then its Chinese lines: each half wrapped whole.
  const fit = (text: string, column: number) =>
    (lang === 'both' ? cellLines(text) : [text]).map((half) => wrapToWidth(half, widths[column]! - 2)).join('\n');
  const head = (['measure', 'project', 'verdict', 'max-amount', 'why'] as const).map((key, i) => fit(say(TABLE_TEXT[key], lang), i));
  const rows = p.measures.map((m) => [
    fit(m.title, 0),
    fit(m.project ?? '—', 1),
    verdictCell(m, lang, c, fit),
    fit(amountCell(m, p, lang), 3),
    fit(m.summary, 4),
  ]);
  const drawn = boxTable(head, rows, widths);
  if (drawn !== undefined) return drawn;
  const table = new Table({ head, style: { head: [], border: [] }, colWidths: [...widths] });
  table.push(...rows);
  return table.toString();
}

/** A narrow terminal: one block per measure, the reason indented under it. */
function measureList(p: ProgrammeReport, options: FormatOptions, c: ChalkInstance): string {
  const indent = '    ';
  return p.measures
    .map((m) => {
      const head = `  ${verdictCell(m, options.lang, c)}  ${m.title}${m.project ? ` [${m.project}]` : ''}  ${amountCell(m, p, options.lang)}`;
      const why = wrapToWidth(m.summary, Math.max(20, options.width - displayWidth(indent)))
        .split('\n')
        .map((l) => indent + l);
      return [head, ...why].join('\n');
    })
    .join('\n');
}

const VERDICT = {
  eligible: { mark: '✓', color: 'green' },
  ineligible: { mark: '✗', color: 'red' },
  undetermined: { mark: '?', color: 'yellow' },
} as const;

function verdictCell(m: MeasureReport, lang: Lang, c: ChalkInstance, fit?: (text: string, column: number) => string): string {
  const v = VERDICT[m.verdict];
  const text = `${v.mark} ${say(VERDICT_TEXT[m.verdict], lang)}`;
  return c[v.color](fit ? fit(text, 2) : text);
}

/** The most the rule allows; "not published" only when the guideline publishes none, not when a figure is missing. */
function amountCell(m: MeasureReport, p: ProgrammeReport, lang: Lang): string {
  if (m.verdict === 'ineligible') return '—';
  if (lang === 'both') return say({ en: amountCell(m, p, 'en'), zh: amountCell(m, p, 'zh') }, 'both');
  const needs = m.amountSteps.find((s) => s.step === 'missing-base');
  if (needs && needs.step === 'missing-base')
    return say(TABLE_TEXT.needs, lang, { fact: lang === 'en' ? needs.fact : shownFact(needs.fact, p.factNamesZh, 'zh') });
  if (m.maxAmount === null) return say(TABLE_TEXT.unpublished, lang);
  const upTo = say(TABLE_TEXT['up-to'], lang, { amount: formatYuan(m.maxAmount, lang) });
  const evidence = evidenceNote(m.amountEvidence, lang);
  return m.verdict === 'eligible' ? `${upTo}${evidence}` : `(${upTo})`;
}

/** The programme total with what it leaves out (unpublished amounts, undetermined measures); for history, why it counts nothing. */
function totalLines(p: ProgrammeReport, all: readonly ProgrammeReport[], lang: Lang): string[] {
  if (p.round === 'history') return [historyLine(p, lang, all)];
  const total = (l: 'en' | 'zh') => totalText(p.maxTotal, p.unpublishedEligible, l);
  const more = p.potentialTotal - p.maxTotal;
  return [say((l) => say(TABLE_TEXT['programme-total'], l, { total: total(l) }) + moreIfSettled(more, l), lang)];
}

/** `; up to 5,000,000 more if the undetermined measures are settled`, when settling them could add something. */
const moreIfSettled = (more: number, l: 'en' | 'zh') =>
  more > 0 ? say(TABLE_TEXT['more-if-settled'], l, { amount: formatYuan(more, l) }) : '';

/** Every fact whose absence leaves a measure undetermined: what to ask the client next. */
function missingLine(p: ProgrammeReport, lang: Lang): string[] {
  if (p.round === 'history') return [];
  const missing = [...new Set(p.measures.filter((m) => m.verdict === 'undetermined').flatMap((m) => m.missing))];
  if (missing.length === 0) return [];
  const zh = missing.map((f) => shownFact(f, p.factNamesZh, 'zh'));
  return [say(TABLE_TEXT.missing, lang, (l) => ({ facts: l === 'en' ? missing.join(', ') : zh.join('、') }))];
}

/** Caveats of measures, once each, with the measures they concern (several share an assumption). */
function measureCaveats(p: ProgrammeReport, lang: Lang): string[] {
  const concerns = new Map<string, string[]>();
  const name = (m: MeasureReport) =>
    lang === 'zh' ? `${m.title}${m.project ? `（${m.project}）` : ''}` : m.project ? `${m.id} (${m.project})` : m.id;
  for (const m of p.measures) {
    for (const cv of m.caveats) concerns.set(cv.message, [...(concerns.get(cv.message) ?? []), name(m)]);
  }
  return [...concerns].map(([message, measures]) => `${message} [${[...new Set(measures)].join(lang === 'zh' ? '、' : ', ')}]`);
}
