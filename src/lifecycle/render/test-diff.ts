/** A failed golden case as a readable diff: what was checked, what was expected, what came out. */
import type { Mismatch } from '../golden.js';
import type { Lang } from '../../text/lang.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
import { once, say } from '../../text/messages.js';

const show = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

export function mismatchLines(m: Mismatch, lang: Lang, indent = '    '): string[] {
  const lines = [`${indent}${m.what}`, `${indent}  ${say(RULES_TEXT.expected, once(lang))}: ${show(m.expected)}`, `${indent}  ${say(RULES_TEXT.actual, once(lang))}:   ${show(m.actual)}`];
  if (Array.isArray(m.expected) && Array.isArray(m.actual)) {
    const expected = m.expected.map(show);
    const actual = m.actual.map(show);
    for (const x of expected.filter((e) => !actual.includes(e))) lines.push(`${indent}  - ${x} ${say(RULES_TEXT['expected-not-found'], once(lang))}`);
    for (const x of actual.filter((a) => !expected.includes(a))) lines.push(`${indent}  + ${x} ${say(RULES_TEXT['found-not-expected'], once(lang))}`);
  }
  if (typeof m.expected === 'number' && typeof m.actual === 'number') {
    const delta = m.actual - m.expected;
    lines.push(`${indent}  ${say(RULES_TEXT.difference, once(lang))}: ${delta > 0 ? '+' : ''}${delta}`);
  }
  return lines;
}
