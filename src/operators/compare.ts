/** What the four comparisons (`gt`, `gte`, `lt`, `lte`) share: a number or money fact against a number. */
import type { Value } from '../profile/values.js';
import type { OneFactLeaf } from './leaf.js';
import { checkOneFact, factKey, falseResultOf, NUMERIC, testOneFact, valueFixes } from './kit.js';
import type { Operator, Phrase } from './operator.js';

type CompareOp = 'gt' | 'gte' | 'lt' | 'lte';
export type CompareLeaf<Op extends CompareOp = CompareOp> = OneFactLeaf<Op, number>;

export interface Comparison {
  op: CompareOp;
  symbol: string;
  /** Built once per leaf, from its limit. */
  holds: (limit: number) => (v: number) => boolean;
  /** The nearest value that passes: the limit itself, or one past it. */
  passing: (limit: number) => number;
  sentence: Phrase;
}

export function comparison(c: Comparison): Operator<CompareLeaf> {
  const text = {
    requirement: { en: (a) => `${c.symbol} ${a.value}`, zh: (a) => `${c.symbol} ${a.value}` },
    sentence: c.sentence,
  } satisfies Operator['text'];
  return {
    check: checkOneFact((leaf, type) => {
      if (leaf.value === undefined) return `${c.op} needs a value`;
      if (Array.isArray(leaf.value)) return `${c.op} takes one value, not a list`;
      return typeof leaf.value === 'number' && NUMERIC.includes(type) ? undefined : `${c.op} compares a number or money fact with a number`;
    }),
    compile: (leaf) => {
      // A number fact holds a number (lint checks the rule, the profile reader the value): no wrapper.
      const compiled = testOneFact(leaf, c.holds(leaf.value) as (v: Value) => boolean);
      compiled.compares = { ...factKey(leaf.fact), op: c.op, limit: leaf.value, no: falseResultOf(leaf) };
      return compiled;
    },
    fixes: (leaf, input) => valueFixes(leaf, input, c.passing(leaf.value), true),
    fixable: (leaf) => c.passing(leaf.value) !== undefined,
    expected: (leaf) => `${c.symbol} ${leaf.value}`,
    requirement: (leaf, show, l) => text.requirement[l]({ value: show.value(leaf.value) }),
    sentence: (leaf, fact, show, l) => text.sentence[l]({ fact, value: show.value(leaf.value) }),
    text,
  };
}
