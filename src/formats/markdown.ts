/**
 * A summary table for PR comments and job summaries: one row per file (company, file, programmes
 * with an eligible measure, counts of eligible and undetermined measures, max total, problems),
 * a total row, and a short legend. Cells escape Markdown, HTML and `|`, so a company name or a message
 * cannot break the table or open a link, an image or raw HTML.
 */
import type { FormatOptions } from './registry.js';
import type { CompactFileResult as FileResult, CompactReport as Report } from '../contracts/report.js';
import { fileFigures, fileProblems, totalCell } from '../report/file-summary.js';
import { roundLines } from '../report/round-lines.js';
import { COMMAND_WORDS, MARKDOWN_TEXT, TABLE_TEXT } from '../text/catalogues/summary.js';
import type { Lang } from '../text/lang.js';
import { say, type ArgsFor } from '../text/messages.js';
import { md } from './markdown-escape.js';
import { programmeCell, rulesNamed } from '../text/programme-name.js';
import { written, type Opening, type Writer } from './writer.js';

export function formatMarkdown(report: Report, options: FormatOptions): string {
  return written(markdownWriter(report, options), report.results, report.summary);
}

/** Written as results arrive: notes and the table head, a row per file, then the total row and the legend. */
export function markdownWriter(opening: Opening, options: FormatOptions): Writer<FileResult> {
  const { lang } = options;
  const t = (key: keyof typeof MARKDOWN_TEXT, args: ArgsFor = {}) => say(MARKDOWN_TEXT[key], lang, args);
  const head = (['company', 'file', 'programmes', 'eligible', 'undetermined', 'max-total', 'problems'] as const).map((key) =>
    say(TABLE_TEXT[key], lang),
  );
  const notes = [...roundLines(opening, lang), ...(opening.noOpenRound ? [opening.noOpenRound.message] : [])];
  // The total row counts measures: two counters, not the results.
  let eligible = 0;
  let undetermined = 0;
  const tail = (s: Report['summary']): string => {
    const totalProblems = [
      ...(s.invalid > 0 ? [t('invalid', { count: s.invalid })] : []),
      ...(s.gateHits > 0 ? [say(TABLE_TEXT['failing-gates'], lang, { count: s.gateHits })] : []),
    ];
    const total = [
      `**${t('total')}**`,
      t('files', { files: s.files, valid: s.valid, invalid: s.invalid }),
      '',
      String(eligible),
      String(undetermined),
      `**${cell(totalCell(s.maxTotal, s.unpublishedEligible, lang))}**`,
      totalProblems.join('; '),
    ];
    const legend = t('legend', (l) => ({ asOf: opening.asOf, rules: rulesNamed(opening.rules, l) || say(MARKDOWN_TEXT['no-rules'], l) }));
    const lines = [row(total), '', legend];
    if (opening.failOn.length > 0)
      lines.push(
        '',
        t('gates', (l) => ({ ...COMMAND_WORDS, gates: opening.failOn.join(l === 'en' ? ', ' : '、') })),
      );
    return `${lines.join('\n')}\n`;
  };
  return {
    head: [...notes.flatMap((n) => [`> ${cell(n)}`, '']), row(head), row(['---', '---', '---', '--:', '--:', '--:', '---'])]
      .map((line) => `${line}\n`)
      .join(''),
    result: (r) => {
      const f = fileFigures(r);
      eligible += f.eligible;
      undetermined += f.undetermined;
      return `${row(fileRow(r, opening.rules, lang))}\n`;
    },
    tail,
  };
}

function fileRow(r: FileResult, rules: Opening['rules'], lang: Lang): string[] {
  const f = fileFigures(r);
  const dash = '—';
  return [
    cell(r.company.name ?? dash),
    code(r.file),
    r.valid ? cell(f.programmes.map((id) => programmeCell(id, rules, lang)).join(lang === 'zh' ? '、' : ', ') || dash) : dash,
    r.valid ? String(f.eligible) : dash,
    r.valid ? String(f.undetermined) : dash,
    r.valid ? cell(totalCell(r.maxTotal ?? 0, r.unpublishedEligible, lang)) : dash,
    cell(fileProblems(r, lang).join('; ')),
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A table cell: Markdown and HTML escaped (a company name opens no link, image or tag), `|` too (GFM splits cells first). */
const cell = md;

/** A file path as code; a path with a backtick cannot be one, so it stays text. */
function code(text: string): string {
  return text.includes('`') ? cell(text) : `\`${cell(text)}\``;
}
