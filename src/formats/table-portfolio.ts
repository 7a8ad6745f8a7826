/** The table for a batch: one row per file, then the portfolio total. */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { breakToWidth, wrapToWidth } from '../text/columns.js';
import type { Report } from '../contracts/report.js';
import { fileFigures, fileProblems, totalCell } from '../report/file-summary.js';
import { totalText } from '../report/round-text.js';
import type { FormatOptions } from './registry.js';
import { COMMAND_WORDS, TABLE_TEXT } from '../text/catalogues/summary.js';
import { say, type ArgsFor } from '../text/messages.js';
import { programmeCell } from '../text/programme-name.js';

type Fit = (text: string) => string;

/** The max-total column, cell padding included. */
const TOTAL_WIDTH = 13;

/** One row per file, then the portfolio total: what a folder of applicants looks like at a glance. */
export function portfolio(report: Report, options: FormatOptions, c: ChalkInstance): string[] {
  const { lang } = options;
  const t = (key: keyof typeof TABLE_TEXT, args: ArgsFor = {}) => say(TABLE_TEXT[key], lang, args);
  // Counts and the total keep their width; the text columns share the rest of the terminal.
  const free = Math.max(60, options.width - 8 - 31);
  const [company, file, programmes] = [0.25, 0.27, 0.27].map((share) => Math.floor(free * share)) as [number, number, number];
  const table = new Table({
    head: [t('company'), t('file'), t('programmes'), t('eligible'), t('undetermined-short'), t('max-total'), t('problems')],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [company, file, programmes, 10, 8, TOTAL_WIDTH, free - company - file - programmes],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
  });
  // Paths, programme ids and Chinese names have no spaces: break them (inside the cell padding) rather than cut them off.
  const [byCompany, byFile, byProgrammes] = [company, file, programmes].map((width) => (text: string) => breakToWidth(text, width - 2)) as [
    Fit,
    Fit,
    Fit,
  ];
  // Problems wrap at spaces, and after a full-width colon ("无效：profile/money"), where Chinese has no space to wrap at.
  const byProblems = (text: string) => wrapToWidth(text, free - company - file - programmes - 2, { afterColons: true });
  const figures = report.results.map(fileFigures);
  report.results.forEach((r, i) => {
    const f = figures[i]!;
    const problems = fileProblems(r, lang).join('; ');
    const name = r.company.name ?? t('no-name');
    if (!r.valid) table.push([byCompany(name), byFile(r.file), '—', '—', '—', '—', c.red(byProblems(problems))]);
    else
      table.push([
        byCompany(name),
        byFile(r.file),
        byProgrammes(f.programmes.map((id) => programmeCell(id, report.rules, lang)).join('\n') || '—'),
        String(f.eligible),
        String(f.undetermined),
        // Chinese has no spaces to wrap at: wrapped here, where the table would cut it off with an ellipsis.
        wrapToWidth(totalCell(r.maxTotal ?? 0, r.unpublishedEligible, lang), TOTAL_WIDTH - 2),
        problems ? c.yellow(byProblems(problems)) : '',
      ]);
  });
  const s = report.summary;
  const sum = (key: 'eligible' | 'undetermined') => String(figures.reduce((n, f) => n + f[key], 0));
  const total = (l: 'en' | 'zh') =>
    report.noOpenRound ? say(TABLE_TEXT['none-open-total'], l) : totalText(s.maxTotal, s.unpublishedEligible, l);
  const gates = s.gateHits > 0 ? t('failing-gates', { count: s.gateHits }) : '';
  table.push([
    c.bold(t('portfolio-total')),
    t('files', { count: s.files }),
    '',
    sum('eligible'),
    sum('undetermined'),
    c.bold(totalCell(s.maxTotal, s.unpublishedEligible, lang)),
    gates,
  ]);
  return [
    table.toString(),
    c.bold(t('portfolio', (l) => ({ files: s.files, valid: s.valid, invalid: s.invalid, eligible: s.eligible, total: total(l) }))),
    c.dim(t('portfolio-legend', COMMAND_WORDS)),
  ];
}
