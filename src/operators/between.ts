/** `between`: a number or amount from a low to a high limit, both included. */
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, NUMERIC, testOneFact, valueFixes } from './kit.js';
import type { Operator } from './operator.js';

export type BetweenLeaf = OneFactLeaf<'between', [number, number]>;

const text = {
  requirement: { en: (a) => `from ${a.from} to ${a.to}`, zh: (a) => `${a.from} 至 ${a.to}` },
  sentence: { en: (a) => `${a.fact} is between ${a.from} and ${a.to}`, zh: (a) => `${a.fact} 介于 ${a.from} 与 ${a.to} 之间` },
} satisfies Operator['text'];

export const between: Operator<BetweenLeaf> = {
  check: checkOneFact((leaf, type) => {
    const { value } = leaf;
    if (value === undefined) return 'between needs a value';
    const ok = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number') && NUMERIC.includes(type);
    if (!ok) return 'between needs [low, high] numbers on a number or money fact';
    return (value[0] as number) <= (value[1] as number) ? undefined : 'between needs [low, high] with low ≤ high';
  }),
  compile: (leaf) => {
    const [low, high] = leaf.value;
    return testOneFact(leaf, (v) => (v as number) >= low && (v as number) <= high);
  },
  // The nearest value inside: a missing one is asked for with the low limit as the answer to try.
  fixes: (leaf, input) => {
    const [low, high] = leaf.value;
    const { value } = input.read(leaf.fact);
    return valueFixes(leaf, input, value === undefined ? low : Math.min(Math.max(value as number, low), high), true);
  },
  // Its fill is undefined only for a missing value and no low limit (which lint refuses).
  fixable: (leaf, input) => leaf.value[0] !== undefined || input.read(leaf.fact).value !== undefined,
  expected: (leaf) => `${leaf.value[0]}..${leaf.value[1]}`,
  requirement: (leaf, show, l) => text.requirement[l]({ from: show.value(leaf.value[0]), to: show.value(leaf.value[1]) }),
  sentence: (leaf, fact, show, l) => text.sentence[l]({ fact, from: show.value(leaf.value[0]), to: show.value(leaf.value[1]) }),
  text,
};
