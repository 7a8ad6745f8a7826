/** `in`: the fact's value is one of a list (for a list fact: it includes one of them). */
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, enumProblem, factKey, falseResultOf, listed, scalarProblem, testOneFact, valueFixes } from './kit.js';
import type { Operator } from './operator.js';
import type { Scalar } from './vocabulary.js';

export type InLeaf = OneFactLeaf<'in', Scalar[]>;

const text = {
  requirement: { en: (a) => `one of ${a.values}`, zh: (a) => `属于 ${a.values} 之一` },
  sentence: { en: (a) => `${a.fact} is one of ${a.values}`, zh: (a) => `${a.fact} 为 ${a.values} 之一` },
  'sentence-list': { en: (a) => `${a.fact} includes one of ${a.values}`, zh: (a) => `${a.fact} 包含 ${a.values} 之一` },
} satisfies Operator['text'];

export const isIn: Operator<InLeaf> = {
  check: checkOneFact((leaf, type, allowed) => {
    const { value } = leaf;
    if (value === undefined) return 'in needs a value';
    if (!Array.isArray(value)) return 'in needs a list of values';
    return value.map((v) => scalarProblem(leaf, type, v)).find(Boolean) ?? enumProblem(value, type, allowed);
  }),
  compile: (leaf) => {
    const list: readonly unknown[] = leaf.value;
    const compiled = testOneFact(leaf, (v) => (Array.isArray(v) ? v.some((x) => list.includes(x)) : list.includes(v)));
    compiled.oneOf = { ...factKey(leaf.fact), values: leaf.value, no: falseResultOf(leaf) };
    return compiled;
  },
  // A list fact gains the first value; any other fact takes it.
  fixes: (leaf, input) => {
    const { value } = input.read(leaf.fact);
    const current = Array.isArray(value) ? (value as readonly string[]) : [];
    const fill = input.declared(leaf.fact)?.type === 'list' ? ([...current, leaf.value[0]] as string[]) : (leaf.value[0] as Scalar);
    return valueFixes(leaf, input, fill, false);
  },
  // A list fact's fill is a list, whatever the leaf's values.
  fixable: (leaf, input) => input.declared(leaf.fact)?.type === 'list' || leaf.value[0] !== undefined,
  expected: (leaf) => `in [${leaf.value.join(', ')}]`,
  requirement: (leaf, show, l) => text.requirement[l]({ values: listed(leaf.value, show, l) }),
  sentence: (leaf, fact, show, l) => {
    const values = `[${leaf.value.map((v) => show.value(v)).join(', ')}]`;
    return text[show.type === 'list' || show.type === 'years' ? 'sentence-list' : 'sentence'][l]({ fact, values });
  },
  text,
};
