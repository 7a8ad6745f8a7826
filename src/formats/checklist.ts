/**
 * `--format checklist`: a to-do list a consultant can hand over. Per company and programme: when to
 * apply (relative to the as-of date), the measures worth applying for — eligible ones, then undetermined
 * ones with what would settle them — and every document to submit, with how and where.
 */
import type { FileResult, MeasureReport, ProgrammeReport, Report } from '../contracts/report.js';
import { applyItems, documentView, type DocumentView } from '../report/client/checklist-view.js';
import type { FormatOptions } from './registry.js';
import type { Lang } from '../text/lang.js';
import { once, say } from '../text/messages.js';
import { formatYuan } from '../text/money.js';
import { programmeNames, programmeRef, successorName } from '../text/programme-name.js';
import { historyLine, roundLines } from '../report/round-lines.js';
import { windowPhrase, WINDOW_TEXT } from '../text/window-phrase.js';
import { CHECKLIST_TEXT } from '../text/catalogues/checklist.js';

export function formatChecklist(report: Report, options: FormatOptions): string {
  const lines = [say(CHECKLIST_TEXT.title, options.lang, { asOf: report.asOf }), ...roundLines(report, options.lang)];
  if (report.noOpenRound) lines.push('', report.noOpenRound.message);
  for (const result of report.results) lines.push('', ...fileChecklist(result, report.asOf, options.lang));
  return `${lines.join('\n')}\n`;
}

function fileChecklist(result: FileResult, asOf: string, lang: Lang): string[] {
  const head = `${result.company.name ?? '—'}  (${result.file})`;
  if (!result.valid) return [head, `  ${say(CHECKLIST_TEXT.invalid, lang, { errors: result.diagnostics.filter((d) => d.severity === 'error').length })}`];
  // A history round is no longer applied to: it gets a line saying so, never boxes to tick.
  const history = result.programmes.filter((p) => p.round === 'history');
  const worth = result.programmes.filter((p) => p.round !== 'history' && p.measures.some(toApply));
  const idle = result.programmes.filter((p) => p.round !== 'history' && !worth.includes(p));
  const lines = [head, ...worth.flatMap((p) => ['', ...programmeChecklist(p, result.programmes, asOf, lang)])];
  if (worth.length === 0) lines.push(`  ${say(CHECKLIST_TEXT['nothing-at-all'], lang)}`);
  else if (idle.length > 0) lines.push('', `  ${say(CHECKLIST_TEXT.nothing, lang, { programmes: programmeNames(idle, lang) })}`);
  for (const p of history) lines.push(`  ${historyLine(p, lang, result.programmes)}`);
  return lines;
}

export const toApply = (m: MeasureReport) => m.verdict !== 'ineligible';

function programmeChecklist(p: ProgrammeReport, all: readonly ProgrammeReport[], asOf: string, lang: Lang): string[] {
  const lines = [`■ ${p.title}`, `  ${programmeRef(p, lang)}`];
  for (const w of p.windows) lines.push(`  ${say(CHECKLIST_TEXT.window, once(lang), { label: w.label, phrase: windowPhrase(w, asOf, lang) })}`);
  if (p.windows.length === 0) lines.push(`  ${say(CHECKLIST_TEXT.window, once(lang), { label: '—', phrase: windowPhrase({ opens: null, closes: null }, asOf, lang) })}`);
  if (p.supersededBy) lines.push(`  ! ${say(WINDOW_TEXT.superseded, lang, { successor: successorName(p, all, lang) })}`);
  lines.push(`  ${say(CHECKLIST_TEXT['apply-for'], lang)}`);
  for (const item of applyItems(p, lang)) {
    if (item.kind === 'measure') lines.push(`    [ ] ${item.text}`, ...item.documents.flatMap((d) => documentLines(d, '        ')));
    else {
      lines.push(`    [ ] ${item.text}`);
      for (const o of item.options) lines.push(`        ( ) ${o.text}`, ...o.documents.flatMap((d) => documentLines(d, '            ')));
    }
  }
  if (p.documents.length === 0) lines.push(`  ${say(CHECKLIST_TEXT['no-documents'], lang)}`);
  else lines.push(`  ${say(CHECKLIST_TEXT.documents, lang)}`, ...p.documents.flatMap((d) => documentLines(documentView(d, lang), '    ')));
  return lines;
}

/** Eligible before undetermined; the larger amount first, unpublished amounts after. */
export function byPromise(a: MeasureReport, b: MeasureReport): number {
  const verdict = Number(a.verdict !== 'eligible') - Number(b.verdict !== 'eligible');
  const amount = (m: MeasureReport) => m.maxAmount ?? -1;
  return verdict || amount(b) - amount(a);
}

export function measureState(m: MeasureReport, lang: Lang): string {
  const amount = (l: Lang) => (m.maxAmount === null ? say(CHECKLIST_TEXT.unpublished, l) : say(CHECKLIST_TEXT['up-to'], l, (one) => ({ amount: formatYuan(m.maxAmount!, one) })));
  if (m.verdict === 'eligible') return say(CHECKLIST_TEXT.eligible, lang, (l) => ({ amount: amount(l) }));
  return say(CHECKLIST_TEXT.undetermined, once(lang), { amount: amount(lang), toQualify: m.toQualify?.summary ?? m.summary });
}

function documentLines(d: DocumentView, indent: string): string[] {
  return [`${indent}[ ] ${d.text}`, ...(d.how ? [`${indent}    ${d.how}`] : [])];
}
