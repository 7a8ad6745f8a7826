/** `lte`: a number or amount at most a limit. */
import { comparison, type CompareLeaf } from './compare.js';

export type LteLeaf = CompareLeaf<'lte'>;

export const lte = comparison({
  op: 'lte',
  symbol: '≤',
  holds: (limit) => (v) => v <= limit,
  passing: (limit) => limit,
  sentence: { en: (a) => `${a.fact} is at most ${a.value}`, zh: (a) => `${a.fact} 不超过 ${a.value}` },
});
