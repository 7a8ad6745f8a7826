import type { Condition, Leaf, RuleFile } from './schema.js';
import type { Segment } from '../source/document.js';

export interface LeafAt {
  leaf: Leaf;
  path: Segment[];
}

export function isLeaf(c: Condition): c is Leaf {
  return !('all' in c) && !('any' in c) && !('not' in c);
}

/** Every leaf of a condition tree with its document path, in order. */
export function leavesOf(condition: Condition | undefined, path: Segment[]): LeafAt[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap((c, i) => leavesOf(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => leavesOf(c, [...path, 'any', i]));
  if ('not' in condition) return leavesOf(condition.not, [...path, 'not']);
  return [{ leaf: condition, path }];
}

/** Every leaf of a rule file: the gate's, then each measure's. */
export function allLeaves(rule: RuleFile): LeafAt[] {
  return [...leavesOf(rule.gate, ['gate']), ...rule.measures.flatMap((m, i) => leavesOf(m.when, ['measures', i, 'when']))];
}

/** The facts a leaf reads. */
export function leafFacts(leaf: Leaf): string[] {
  if (leaf.fact === undefined) return [];
  return typeof leaf.fact === 'string' ? [leaf.fact] : [...leaf.fact];
}
