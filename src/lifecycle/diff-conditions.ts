/**
 * Two condition trees compared leaf by leaf. Leaves are matched by the fact and operator they test
 * (and, for `within`, the period), in order, so a changed threshold reads as a change of that
 * condition rather than one removed and another added. A change in how the matched leaves combine
 * (`all` to `any`, a new `not`) is reported on its own.
 */
import { fieldChanges, type RuleChange } from './diff-change.js';
import type { Condition, Leaf } from '../rules/schema.js';
import { isLeaf, leavesOf } from '../rules/walk.js';

const LEAF_FIELDS = ['value', 'evidence', 'whenFalse', 'overlap', 'assumes', 'cite', 'label'] as const satisfies readonly (keyof Leaf)[];

function baseKey(leaf: Leaf): string {
  if (leaf.fact === undefined) return `unpublished:${leaf.label.en}`;
  return `${JSON.stringify(leaf.fact)} ${leaf.op}${leaf.op === 'within' ? ` ${String(leaf.value)}` : ''}`;
}

/** Each leaf with a key unique within its tree: the base key and its occurrence. */
function keyed(condition: Condition | undefined): Map<Leaf, string> {
  const seen = new Map<string, number>();
  return new Map(
    leavesOf(condition, []).map(({ leaf }) => {
      const key = baseKey(leaf);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return [leaf, `${key}#${n}`];
    }),
  );
}

function shape(condition: Condition, keys: Map<Leaf, string>, kept: Set<string>): string {
  if (isLeaf(condition)) return kept.has(keys.get(condition)!) ? keys.get(condition)! : '';
  if ('not' in condition) return `not(${shape(condition.not, keys, kept)})`;
  const [op, children] = 'all' in condition ? ['all', condition.all] : ['any', condition.any];
  return `${op}(${children
    .map((c) => shape(c, keys, kept))
    .filter(Boolean)
    .join(',')})`;
}

export function diffConditions(before: Condition | undefined, after: Condition | undefined, measure: string | null): RuleChange[] {
  const a = keyed(before);
  const b = keyed(after);
  const bByKey = new Map([...b].map(([leaf, key]) => [key, leaf]));
  const aKeys = new Set(a.values());
  const base = { area: 'condition' as const, measure };
  const changes: RuleChange[] = [];
  for (const [leaf, key] of a) {
    const other = bByKey.get(key);
    if (!other) changes.push({ ...base, kind: 'removed', item: leaf.label, field: null });
    else changes.push(...fieldChanges(leaf, other, LEAF_FIELDS, { ...base, item: other.label }));
  }
  for (const [leaf, key] of b) if (!aKeys.has(key)) changes.push({ ...base, kind: 'added', item: leaf.label, field: null });
  const kept = new Set([...aKeys].filter((k) => bByKey.has(k)));
  if (before && after && shape(before, a, kept) !== shape(after, b, kept)) {
    changes.push({ ...base, kind: 'changed', item: null, field: 'combination', from: shape(before, a, kept), to: shape(after, b, kept) });
  }
  return changes;
}
