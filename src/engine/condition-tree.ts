/**
 * The condition tree of one evaluated measure, rebuilt from the rule's tree and the flat leaf trace.
 * The compiled closures record leaves only, so `check` pays nothing for the structure; node results
 * are derived here with the engine's three-valued logic for `explain` and what-it-takes.
 */
import type { Condition, Measure, RuleFile } from '../rules/schema.js';
import { isLeaf } from '../rules/walk.js';
import type { LeafResult, LeafTrace } from './types.js';

export type ConditionNode =
  | { kind: 'all' | 'any' | 'not'; result: LeafResult; children: ConditionNode[] }
  | { kind: 'leaf'; result: LeafResult; trace: LeafTrace };

export interface MeasureTree {
  gate: ConditionNode;
  /** The measure's own conditions; null when it has none beyond the gate. */
  when: ConditionNode | null;
}

/** The trace lists the gate's leaves, then the measure's, in tree order: evaluation never short-circuits. */
export function measureTree(rule: RuleFile, measure: Measure, trace: readonly LeafTrace[]): MeasureTree {
  const cursor = { next: 0 };
  const gate = build(rule.gate, trace, cursor);
  const when = measure.when ? build(measure.when, trace, cursor) : null;
  if (cursor.next !== trace.length) throw new Error(`trace of ${measure.id} has ${trace.length} leaves, the rule ${cursor.next}`);
  return { gate, when };
}

function build(condition: Condition, trace: readonly LeafTrace[], cursor: { next: number }): ConditionNode {
  if (isLeaf(condition)) {
    const t = trace[cursor.next++];
    if (!t || (t.leaf !== condition && t.leaf.label.en !== condition.label.en)) throw new Error(`trace does not follow the rule at leaf "${condition.label.en}"`);
    return { kind: 'leaf', result: t.result, trace: t };
  }
  if ('not' in condition) {
    const child = build(condition.not, trace, cursor);
    return { kind: 'not', result: child.result === 'pass' ? 'fail' : child.result === 'fail' ? 'pass' : 'unknown', children: [child] };
  }
  const kind = 'all' in condition ? 'all' : 'any';
  const children = ('all' in condition ? condition.all : condition.any).map((c) => build(c, trace, cursor));
  return { kind, result: combine(kind, children.map((c) => c.result)), children };
}

/** `all` fails on any failure, else is unknown on any unknown; `any` is the mirror image. */
export function combine(kind: 'all' | 'any', results: LeafResult[]): LeafResult {
  const decisive: LeafResult = kind === 'all' ? 'fail' : 'pass';
  if (results.includes(decisive)) return decisive;
  if (results.includes('unknown')) return 'unknown';
  return kind === 'all' ? 'pass' : 'fail';
}
