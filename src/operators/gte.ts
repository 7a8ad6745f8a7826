/** `gte`: a number or amount at least a limit. */
import { comparison, type CompareLeaf } from './compare.js';

export type GteLeaf = CompareLeaf<'gte'>;

export const gte = comparison({
  op: 'gte',
  symbol: '≥',
  holds: (limit) => (v) => v >= limit,
  passing: (limit) => limit,
  sentence: { en: (a) => `${a.fact} is at least ${a.value}`, zh: (a) => `${a.fact} 不少于 ${a.value}` },
});
