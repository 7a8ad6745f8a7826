/** `ne`: the fact has another value than the one named. */
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, enumProblem, notOneValue, scalarProblem, testEquals, valueFixes } from './kit.js';
import type { FixInput, Operator } from './operator.js';
import type { Scalar } from './vocabulary.js';

export type NeLeaf = OneFactLeaf<'ne', Scalar>;

const text = {
  requirement: { en: (a) => `≠ ${a.value}`, zh: (a) => `≠ ${a.value}` },
  sentence: { en: (a) => `${a.fact} is not ${a.value}`, zh: (a) => `${a.fact} 不为 ${a.value}` },
} satisfies Operator['text'];

/** Another value than the leaf's: the opposite of a yes/no, else the first other value the fact declares; undefined when none. */
const other = (leaf: NeLeaf, input: FixInput): Scalar | undefined =>
  typeof leaf.value === 'boolean' ? !leaf.value : input.declared(leaf.fact)?.values?.find((v) => v !== leaf.value);

export const ne: Operator<NeLeaf> = {
  check: checkOneFact(
    (leaf, type, allowed) =>
      notOneValue(leaf) ?? scalarProblem(leaf, type, leaf.value as Scalar) ?? enumProblem([leaf.value as Scalar], type, allowed),
  ),
  compile: (leaf) => testEquals(leaf, leaf.value, false),
  // Another value: the opposite of a yes/no, else the first other value the fact declares (none: no advice).
  fixes: (leaf, input) => valueFixes(leaf, input, other(leaf, input), false),
  fixable: (leaf, input) => other(leaf, input) !== undefined,
  expected: (leaf) => `≠ ${String(leaf.value)}`,
  requirement: (leaf, show, l) => text.requirement[l]({ value: show.value(leaf.value) }),
  sentence: (leaf, fact, show, l) => text.sentence[l]({ fact, value: show.value(leaf.value) }),
  text,
};
