/**
 * The consultant's view. One file: per programme, its measures with verdict, maximum amount and the
 * one-line reason (src/formats/table-file.ts). Several files: one summary row per file and a
 * portfolio total (table-portfolio.ts); details are one `check <file>` away.
 */
import { Chalk } from 'chalk';
import type { Report } from '../contracts/report.js';
import type { FormatOptions } from './registry.js';
import { TABLE_TEXT } from '../text/catalogues/summary.js';
import { say } from '../text/messages.js';
import { roundLines } from '../report/round-lines.js';
import { fileSection } from './table-file.js';
import { portfolio } from './table-portfolio.js';

export function formatTable(report: Report, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [c.dim(say(TABLE_TEXT['as-of'], options.lang, { asOf: report.asOf }))];
  lines.push(...roundLines(report, options.lang).map((line) => c.dim(line)));
  if (report.noOpenRound) lines.push('', c.bold(report.noOpenRound.message));
  if (report.results.length === 1) lines.push('', ...fileSection(report.results[0]!, report.asOf, options, c, report.noOpenRound !== null));
  else lines.push('', ...portfolio(report, options, c));
  return `${lines.join('\n')}\n`;
}
