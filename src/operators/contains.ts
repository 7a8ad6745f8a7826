/** `contains`: a list fact includes the value. */
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, testOneFact, valueFixes } from './kit.js';
import type { Operator } from './operator.js';

export type ContainsLeaf = OneFactLeaf<'contains', string | number>;

const text = {
  requirement: { en: (a) => `includes ${a.value}`, zh: (a) => `包含 ${a.value}` },
  sentence: { en: (a) => `${a.fact} includes ${a.value}`, zh: (a) => `${a.fact} 包含 ${a.value}` },
} satisfies Operator['text'];

export const contains: Operator<ContainsLeaf> = {
  check: checkOneFact((leaf, type) => {
    if (leaf.value === undefined) return 'contains needs a value';
    if (Array.isArray(leaf.value)) return 'contains takes one value, not a list';
    return type === 'list' || type === 'years' ? undefined : 'contains reads a list fact';
  }),
  compile: (leaf) => {
    const want = leaf.value;
    return testOneFact(leaf, (v) => Array.isArray(v) && (v as readonly (string | number)[]).includes(want));
  },
  fixes: (leaf, input) => {
    const { value } = input.read(leaf.fact);
    const current = Array.isArray(value) ? (value as readonly string[]) : [];
    return valueFixes(leaf, input, [...current, leaf.value] as string[], false);
  },
  // Its fill is always a list.
  fixable: () => true,
  expected: (leaf) => `contains ${String(leaf.value)}`,
  requirement: (leaf, show, l) => text.requirement[l]({ value: show.value(leaf.value) }),
  sentence: (leaf, fact, show, l) => text.sentence[l]({ fact, value: show.value(leaf.value) }),
  text,
};
