/** Formats of `explain`: pure functions of the explanation, loaded only when chosen. */
import type { FormatOptions } from '../formats.js';
import type { Explanation } from './contract.js';

export { EXPLAIN_FORMATS, type ExplainFormat } from './format-names.js';
import type { ExplainFormat } from './format-names.js';

export type ExplainFormatter = (explanation: Explanation, options: FormatOptions) => string;

const LOADERS = {
  table: async () => (await import('./table.js')).formatExplanation,
  // The same trace as the table, tree structure included; stable key order, no colour.
  json: async () => (explanation: Explanation) => `${JSON.stringify(explanation, null, 2)}\n`,
} satisfies Record<ExplainFormat, () => Promise<ExplainFormatter>>;

export function loadExplainFormatter(name: ExplainFormat): Promise<ExplainFormatter> {
  return LOADERS[name]();
}
