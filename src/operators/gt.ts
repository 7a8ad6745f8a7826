/** `gt`: a number or amount above a limit. */
import { comparison, type CompareLeaf } from './compare.js';

export type GtLeaf = CompareLeaf<'gt'>;

export const gt = comparison({
  op: 'gt',
  symbol: '>',
  holds: (limit) => (v) => v > limit,
  passing: (limit) => limit + 1,
  sentence: { en: (a) => `${a.fact} is above ${a.value}`, zh: (a) => `${a.fact} 大于 ${a.value}` },
});
