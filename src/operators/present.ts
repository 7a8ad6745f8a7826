/** `present`: the fact is given, whatever its value. The one operator for which a missing fact decides. */
import type { LeafBase } from './leaf.js';
import { accessor, checkOneFact, falseResultOf, valueFixes } from './kit.js';
import type { Operator } from './operator.js';
import { PASS } from './result.js';

export interface PresentLeaf extends LeafBase {
  op: 'present';
  fact: string;
  value?: undefined;
}

const text = {
  requirement: { en: () => 'to be stated', zh: () => '须填写' },
  sentence: { en: (a) => `${a.fact} is given`, zh: (a) => `已填写 ${a.fact}` },
} satisfies Operator['text'];

export const present: Operator<PresentLeaf> = {
  check: checkOneFact((leaf) => (leaf.value === undefined ? undefined : 'present takes no value')),
  compile: (leaf) => {
    const read = accessor(leaf.fact);
    const no = falseResultOf(leaf);
    return { test: (s) => (read.value(s) === undefined ? no : PASS), missing: () => null, actual: (s) => read.value(s) ?? null };
  },
  // Any answer passes: a declared value, else one of the fact's type.
  fixes: (leaf, input) => {
    const declared = input.declared(leaf.fact);
    const type = declared?.type;
    return valueFixes(
      leaf,
      input,
      declared?.values?.[0] ?? (type === 'boolean' ? true : type === 'money' || type === 'number' ? 1 : '?'),
      false,
    );
  },
  // Its fill is never undefined: a declared value or a default of the type.
  fixable: () => true,
  expected: () => 'present',
  requirement: (_leaf, _show, l) => text.requirement[l](),
  sentence: (_leaf, fact, _show, l) => text.sentence[l]({ fact }),
  text,
};
