/**
 * Output formats: each a pure function of the report, loaded only when chosen so a run pays
 * for the formatter it uses and nothing else.
 */
import type { Lang } from '../text/lang.js';
import type { Report } from '../contracts/report.js';
import { printableDeep } from '../source/printable.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width in columns, for formats that lay out tables. */
  width: number;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'junit', 'github', 'markdown', 'checklist', 'html', 'ics'] as const;
export type FormatName = (typeof FORMATS)[number];

const LOADERS = {
  table: async () => (await import('./table.js')).formatTable,
  json: async () => (await import('./json.js')).formatJson,
  ndjson: async () => (await import('./ndjson.js')).formatNdjson,
  csv: async () => (await import('./csv.js')).formatCsv,
  junit: async () => (await import('./junit.js')).formatJunit,
  github: async () => (await import('./github.js')).formatGithub,
  markdown: async () => (await import('./markdown-client.js')).formatMarkdownReport,
  checklist: async () => (await import('./checklist.js')).formatChecklist,
  html: async () => (await import('./html.js')).formatHtml,
  ics: async () => (await import('./ics.js')).formatIcs,
} satisfies Record<FormatName, () => Promise<Formatter>>;

/**
 * JSON and NDJSON carry the data as it is (JSON writes C0 controls as escapes itself); every text
 * format gets a report whose strings are printable (src/source/printable.ts), so no profile, rule or
 * file name reaches a terminal, a log or a CI runner as a control sequence or the start of a line.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const format = await LOADERS[name]();
  if (name === 'json' || name === 'ndjson') return format;
  return (report, options) => format(printableDeep(report), options);
}
