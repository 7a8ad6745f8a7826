/** `lt`: a number or amount below a limit. */
import { comparison, type CompareLeaf } from './compare.js';

export type LtLeaf = CompareLeaf<'lt'>;

export const lt = comparison({
  op: 'lt',
  symbol: '<',
  holds: (limit) => (v) => v < limit,
  passing: (limit) => limit - 1,
  sentence: { en: (a) => `${a.fact} is below ${a.value}`, zh: (a) => `${a.fact} 小于 ${a.value}` },
});
