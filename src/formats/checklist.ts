/**
 * `--format checklist`: a to-do list a consultant can hand over. Per company and programme: when to
 * apply (relative to the as-of date), the measures worth applying for — eligible ones, then undetermined
 * ones with what would settle them — and every document to submit, with how and where.
 */
import type { FileResult, ProgrammeReport, Report } from '../contracts/report.js';
import { applyItems, documentView, toApply, type DocumentView } from '../report/client/checklist-view.js';
import type { FormatOptions } from './registry.js';
import { written, type Opening, type Writer } from './writer.js';
import type { Lang } from '../text/lang.js';
import { once, say } from '../text/messages.js';
import { programmeNames, programmeRef, successorName } from '../text/programme-name.js';
import { historyLine, roundLines } from '../report/round-lines.js';
import { windowPhrase, WINDOW_TEXT } from '../text/window-phrase.js';
import { CHECKLIST_TEXT } from '../text/catalogues/checklist.js';

export function formatChecklist(report: Report, options: FormatOptions): string {
  return written(checklistWriter(report, options), report.results, report.summary);
}

/** Written as results arrive: the title and round notes, then each company's list. */
export function checklistWriter(opening: Opening, options: FormatOptions): Writer<FileResult> {
  const lines = [say(CHECKLIST_TEXT.title, options.lang, { asOf: opening.asOf }), ...roundLines(opening, options.lang)];
  if (opening.noOpenRound) lines.push('', opening.noOpenRound.message);
  return {
    head: `${lines.join('\n')}\n`,
    result: (result) => `\n${fileChecklist(result, opening.asOf, options.lang).join('\n')}\n`,
    tail: () => '',
  };
}

function fileChecklist(result: FileResult, asOf: string, lang: Lang): string[] {
  const head = `${result.company.name ?? '—'}  (${result.file})`;
  if (!result.valid)
    return [head, `  ${say(CHECKLIST_TEXT.invalid, lang, { errors: result.diagnostics.filter((d) => d.severity === 'error').length })}`];
  // A history round is no longer applied to: it gets a line saying so, never boxes to tick.
  const history = result.programmes.filter((p) => p.round === 'history');
  const worth = result.programmes.filter((p) => p.round !== 'history' && p.measures.some(toApply));
  const idle = result.programmes.filter((p) => p.round !== 'history' && !worth.includes(p));
  const lines = [head, ...worth.flatMap((p) => ['', ...programmeChecklist(p, result.programmes, asOf, lang)])];
  if (worth.length === 0) lines.push(`  ${say(CHECKLIST_TEXT['nothing-at-all'], lang)}`);
  else if (idle.length > 0) lines.push('', `  ${say(CHECKLIST_TEXT.nothing, lang, { programmes: programmeNames(idle, lang) })}`);
  // Under its own heading: after the last programme's documents, a bare line read as that programme's.
  for (const p of history) lines.push('', `■ ${p.title}`, `  ${programmeRef(p, lang)}`, `  ${historyLine(p, lang, result.programmes)}`);
  return lines;
}

function programmeChecklist(p: ProgrammeReport, all: readonly ProgrammeReport[], asOf: string, lang: Lang): string[] {
  const lines = [`■ ${p.title}`, `  ${programmeRef(p, lang)}`];
  for (const w of p.windows)
    lines.push(`  ${say(CHECKLIST_TEXT.window, once(lang), { label: w.label, phrase: windowPhrase(w, asOf, lang) })}`);
  if (p.windows.length === 0)
    lines.push(
      `  ${say(CHECKLIST_TEXT.window, once(lang), { label: '—', phrase: windowPhrase({ opens: null, closes: null }, asOf, lang) })}`,
    );
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

function documentLines(d: DocumentView, indent: string): string[] {
  return [`${indent}[ ] ${d.text}`, ...(d.how ? [`${indent}    ${d.how}`] : [])];
}
