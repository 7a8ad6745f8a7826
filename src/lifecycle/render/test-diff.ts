/** A failed golden case as a readable diff: what was checked, what was expected, what came out. */
import type { Mismatch } from '../golden.js';
import type { Lang } from '../../text/lang.js';
import { t } from './words.js';

const show = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

export function mismatchLines(m: Mismatch, lang: Lang, indent = '    '): string[] {
  const lines = [`${indent}${m.what}`, `${indent}  ${t(lang, 'expected', '期望')}: ${show(m.expected)}`, `${indent}  ${t(lang, 'actual', '实际')}:   ${show(m.actual)}`];
  if (Array.isArray(m.expected) && Array.isArray(m.actual)) {
    const expected = m.expected.map(show);
    const actual = m.actual.map(show);
    for (const x of expected.filter((e) => !actual.includes(e))) lines.push(`${indent}  - ${x} ${t(lang, '(expected, not found)', '（期望有，实际无）')}`);
    for (const x of actual.filter((a) => !expected.includes(a))) lines.push(`${indent}  + ${x} ${t(lang, '(found, not expected)', '（实际有，未期望）')}`);
  }
  if (typeof m.expected === 'number' && typeof m.actual === 'number') {
    const delta = m.actual - m.expected;
    lines.push(`${indent}  ${t(lang, 'difference', '差额')}: ${delta > 0 ? '+' : ''}${delta}`);
  }
  return lines;
}
