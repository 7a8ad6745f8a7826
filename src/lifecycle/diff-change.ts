/** One difference between two versions of a programme, as data; src/lifecycle/render/diff-words.ts says it in words. */
import type { Bilingual } from '../rules/schema.js';

export const CHANGE_AREAS = [
  'programme',
  'effective',
  'source',
  'window',
  'period',
  'assumption',
  'fact',
  'condition',
  'measure',
  'amount',
  'documents',
  'stacking',
  'notes',
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface RuleChange {
  kind: ChangeKind;
  area: ChangeArea;
  /** The measure the change belongs to; null for the programme's own parts (a condition with null is in the gate). */
  measure: string | null;
  /** Which item of the area: an id, a fact path, a condition's label. */
  item: string | Bilingual | null;
  /** For `changed`: the field that differs (`cap`, `value`, `closes`, …). */
  field: string | null;
  from?: unknown;
  to?: unknown;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `changed` entries for each listed field that differs between two records. */
export function fieldChanges<T extends object>(
  a: T,
  b: T,
  fields: readonly (keyof T & string)[],
  base: Omit<RuleChange, 'kind' | 'field' | 'from' | 'to'>,
): RuleChange[] {
  return fields.filter((f) => !same(a[f], b[f])).map((f) => ({ ...base, kind: 'changed' as const, field: f, from: a[f], to: b[f] }));
}

/** Items matched by id: added, removed, and the listed fields of those in both. */
export function byId<T extends { id: string }>(
  area: ChangeArea,
  before: readonly T[],
  after: readonly T[],
  fields: readonly (keyof T & string)[],
  measure: string | null = null,
): RuleChange[] {
  const base = { area, measure };
  const removed = before
    .filter((x) => !after.some((y) => y.id === x.id))
    .map((x) => ({ ...base, kind: 'removed' as const, item: x.id, field: null }));
  const added = after
    .filter((y) => !before.some((x) => x.id === y.id))
    .map((y) => ({ ...base, kind: 'added' as const, item: y.id, field: null }));
  const changed = before.flatMap((x) => {
    const y = after.find((z) => z.id === x.id);
    return y ? fieldChanges(x, y, fields, { ...base, item: x.id }) : [];
  });
  return [...removed, ...added, ...changed];
}
