/**
 * `unknown` evidence means the guideline does not publish the rule: it never decides, and an amount
 * it would give is null. A value written next to it is either a guess or a mislabelled source.
 */
import { type Check, type Finding, showPath as show } from '../rules/finding.js';
import type { Segment } from '../source/document.js';
import { allLeaves } from '../rules/walk.js';

interface Place {
  path: Segment[];
  what: string;
  whatZh: string;
}

/** Pointed at the `evidence` that contradicts the value. */
const finding = ({ path, what, whatZh }: Place): Finding => ({
  code: 'lint/unknown-with-value',
  path: [...path, 'evidence'],
  args: { path: show(path), what, whatZh },
});

export const unknownWithValue: Check = (rule) => {
  const places: Place[] = [];
  for (const { leaf, path } of allLeaves(rule)) {
    if (leaf.evidence === 'unknown' && (leaf.op !== undefined || leaf.value !== undefined))
      places.push({ path, what: 'an operator or a required value', whatZh: '运算符或要求值' });
  }
  // An amount with a value and unknown evidence is refused by the schema itself (rules/schema).
  rule.periods.forEach((p, i) => {
    if (p.evidence === 'unknown') places.push({ path: ['periods', i], what: 'the period dates', whatZh: '期间起止日期' });
  });
  rule.windows.forEach((w, i) => {
    if (w.evidence === 'unknown' && (w.opens !== null || w.closes !== null))
      places.push({ path: ['windows', i], what: 'a window date (write null)', whatZh: '窗口日期（应写 null）' });
  });
  const e = rule.effective;
  if (e.evidence === 'unknown' && (e.from !== null || e.to !== null))
    places.push({ path: ['effective'], what: 'an effective date (write null)', whatZh: '生效日期（应写 null）' });
  rule.stacking.groups.forEach((g, i) => {
    if (g.evidence === 'unknown')
      places.push({ path: ['stacking', 'groups', i], what: 'a stacking group, which decides the total', whatZh: '叠加分组（会影响合计）' });
  });
  const { companyCap, doubleFunding } = rule.stacking;
  if ('amount' in companyCap && companyCap.evidence === 'unknown')
    places.push({
      path: ['stacking', 'companyCap'],
      what: 'a company cap (write unknown: true)',
      whatZh: '企业上限（应写 unknown: true）',
    });
  if ('rule' in doubleFunding && doubleFunding.evidence === 'unknown')
    places.push({
      path: ['stacking', 'doubleFunding'],
      what: 'a double-funding rule (write unknown: true)',
      whatZh: '重复支持规定（应写 unknown: true）',
    });
  return places.map(finding);
};
