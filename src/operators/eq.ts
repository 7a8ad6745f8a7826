/** `eq`: the fact has the required value. */
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, enumProblem, notOneValue, scalarProblem, testEquals, valueFixes } from './kit.js';
import type { Operator } from './operator.js';
import type { Scalar } from './vocabulary.js';

export type EqLeaf = OneFactLeaf<'eq', Scalar>;

const text = {
  requirement: { en: (a) => `= ${a.value}`, zh: (a) => `= ${a.value}` },
  sentence: { en: (a) => `${a.fact} is ${a.value}`, zh: (a) => `${a.fact} 为 ${a.value}` },
} satisfies Operator['text'];

export const eq: Operator<EqLeaf> = {
  check: checkOneFact(
    (leaf, type, allowed) =>
      notOneValue(leaf) ?? scalarProblem(leaf, type, leaf.value as Scalar) ?? enumProblem([leaf.value as Scalar], type, allowed),
  ),
  compile: (leaf) => testEquals(leaf, leaf.value, true),
  fixes: (leaf, input) => valueFixes(leaf, input, leaf.value, false),
  fixable: (leaf) => leaf.value !== undefined,
  expected: (leaf) => `= ${String(leaf.value)}`,
  requirement: (leaf, show, l) => text.requirement[l]({ value: show.value(leaf.value) }),
  sentence: (leaf, fact, show, l) => text.sentence[l]({ fact, value: show.value(leaf.value) }),
  text,
};
