/**
 * Output formats: each a pure function of the report, loaded only when chosen so a run pays
 * for the formatter it uses and nothing else.
 */
import type { Lang } from './lang.js';
import type { Report } from './contract.js';

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
  table: async () => (await import('./formats/table.js')).formatTable,
  json: async () => (await import('./formats/json.js')).formatJson,
  ndjson: async () => (await import('./formats/ndjson.js')).formatNdjson,
  csv: async () => (await import('./formats/csv.js')).formatCsv,
  junit: async () => (await import('./formats/junit.js')).formatJunit,
  github: async () => (await import('./formats/github.js')).formatGithub,
  markdown: async () => (await import('./formats/markdown-client.js')).formatMarkdownReport,
  checklist: async () => (await import('./formats/checklist.js')).formatChecklist,
  html: async () => (await import('./formats/html.js')).formatHtml,
  ics: async () => (await import('./formats/ics.js')).formatIcs,
} satisfies Record<FormatName, () => Promise<Formatter>>;

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
