/** `lt`: a number or amount below a limit. */
import { comparison } from './compare.js';

export const lt = comparison({
  op: 'lt',
  symbol: '<',
  holds: (limit) => (v) => v < limit,
  passing: (limit) => limit - 1,
  sentence: { en: (a) => `${a.fact} is below ${a.value}`, zh: (a) => `${a.fact} 小于 ${a.value}` },
});
