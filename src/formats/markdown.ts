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

export function formatMarkdown(report: Report, options: FormatOptions): string {
  const { lang } = options;
  const t = (key: keyof typeof MARKDOWN_TEXT, args: ArgsFor = {}) => say(MARKDOWN_TEXT[key], lang, args);
  const head = (['company', 'file', 'programmes', 'eligible', 'undetermined', 'max-total', 'problems'] as const).map((key) => say(TABLE_TEXT[key], lang));
  const rows = report.results.map((r) => fileRow(r, lang));
  const figures = report.results.map(fileFigures);
  const s = report.summary;
  const totalProblems = [...(s.invalid > 0 ? [t('invalid', { count: s.invalid })] : []), ...(s.gateHits > 0 ? [say(TABLE_TEXT['failing-gates'], lang, { count: s.gateHits })] : [])];
  const total = [
    `**${t('total')}**`,
    t('files', { files: s.files, valid: s.valid, invalid: s.invalid }),
    '',
    String(figures.reduce((n, f) => n + f.eligible, 0)),
    String(figures.reduce((n, f) => n + f.undetermined, 0)),
    `**${cell(totalCell(s.maxTotal, s.unpublishedEligible, lang))}**`,
    totalProblems.join('; '),
  ];
  const rules = report.rules.map((r) => `${r.programme}@${r.version}`).join(', ');
  const legend = t('legend', (l) => ({ asOf: report.asOf, rules: rules || say(MARKDOWN_TEXT['no-rules'], l) }));
  const notes = [...roundLines(report, lang), ...(report.noOpenRound ? [report.noOpenRound.message] : [])];
  const lines = [...notes.flatMap((n) => [`> ${cell(n)}`, '']), row(head), row(['---', '---', '---', '--:', '--:', '--:', '---']), ...rows.map(row), row(total), '', legend];
  if (report.failOn.length > 0) lines.push('', t('gates', (l) => ({ ...COMMAND_WORDS, gates: report.failOn.join(l === 'en' ? ', ' : '、') })));
  return `${lines.join('\n')}\n`;
}

function fileRow(r: FileResult, lang: Lang): string[] {
  const f = fileFigures(r);
  const dash = '—';
  return [
    cell(r.company.name ?? dash),
    code(r.file),
    r.valid ? cell(f.programmes.join(', ') || dash) : dash,
    r.valid ? String(f.eligible) : dash,
    r.valid ? String(f.undetermined) : dash,
    r.valid ? cell(totalCell(r.maxTotal ?? 0, r.unpublishedEligible, lang)) : dash,
    cell(fileProblems(r, lang).join('; ')),
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A table cell: Markdown and HTML escaped (a company name opens no link, image or tag), `|` too (GFM splits cells first). */
export const cell = md;

/** A file path as code; a path with a backtick cannot be one, so it stays text. */
function code(text: string): string {
  return text.includes('`') ? cell(text) : `\`${cell(text)}\``;
}
