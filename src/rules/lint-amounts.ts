/** An up-to amount means little until one knows what it bounds: one award, one project or the company. */
import { type Check, showPath as show } from './finding.js';

const MISSING = {
  reason: 'does not say what it bounds (capScope)',
  reasonZh: '未说明按何计算（capScope）',
};
const UNKNOWN = {
  reason: 'has capScope: unknown — the guideline does not say, and every result carries that caveat',
  reasonZh: '的 capScope 为 unknown——指南未说明，每个结果都会附带该提示',
};

export const capScopeStated: Check = (rule) =>
  rule.measures.flatMap((m, i) => {
    if (m.amount.kind === 'unpublished' || (m.amount.capScope !== undefined && m.amount.capScope !== 'unknown')) return [];
    const path = m.amount.capScope === undefined ? ['measures', i, 'amount'] : ['measures', i, 'amount', 'capScope'];
    return [
      { code: 'lint/cap-scope' as const, path, args: { path: show(path), ...(m.amount.capScope === undefined ? MISSING : UNKNOWN) } },
    ];
  });
