/** Formats of `explain`: pure functions of the explanation, loaded only when chosen. */
import type { FormatOptions } from '../registry.js';
import type { Explanation } from '../../contracts/explain.js';
import { printableDeep } from '../../source/printable.js';
import type { ExplainFormat } from './format-names.js';

export type { ExplainFormat } from './format-names.js';

export type ExplainFormatter = (explanation: Explanation, options: FormatOptions) => string;

const LOADERS = {
  table: async () => (await import('./table.js')).formatExplanation,
  // The same trace as the table, tree structure included; stable key order, no colour.
  json: async () => (explanation: Explanation) => `${JSON.stringify(explanation, null, 2)}\n`,
} satisfies Record<ExplainFormat, () => Promise<ExplainFormatter>>;

/**
 * JSON carries the explanation as it is; the table gets one whose strings are printable
 * (src/source/printable.ts), as every text format of `check` does: a company name, a file name or a
 * history or "no round is open" line cannot act on a terminal or start a line.
 */
export async function loadExplainFormatter(name: ExplainFormat): Promise<ExplainFormatter> {
  const format = await LOADERS[name]();
  if (name === 'json') return format;
  return (explanation, options) => format(printableDeep(explanation), options);
}
