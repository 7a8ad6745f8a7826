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

export const FORMATS = ['table', 'json', 'ndjson'] as const;
export type FormatName = (typeof FORMATS)[number];

const LOADERS = {
  table: async () => (await import('./formats/table.js')).formatTable,
  json: async () => (await import('./formats/json.js')).formatJson,
  ndjson: async () => (await import('./formats/ndjson.js')).formatNdjson,
} satisfies Record<FormatName, () => Promise<Formatter>>;

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
