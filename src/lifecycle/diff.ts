/**
 * What changed between two versions of a programme (or two edits of one), as a list of changes in
 * rule order: the programme, its dates and windows, periods, facts, the gate, each measure's
 * conditions and amount, stacking, documents. Pure: two parsed rule files in, data out.
 */
import { diffConditions } from './diff-conditions.js';
import { byId, fieldChanges, same, type RuleChange } from './diff-change.js';
import type { Amount, Measure, RuleFile } from '../rules/schema.js';

export type { RuleChange };

const AMOUNT_FIELDS = ['kind', 'value', 'rate', 'base', 'perUnit', 'tiers', 'cap', 'capScope', 'rounding', 'evidence', 'cite'] as const;

export function diffRules(a: RuleFile, b: RuleFile): RuleChange[] {
  return [
    ...fieldChanges(a.programme, b.programme, ['id', 'title', 'issuer', 'document', 'status', 'supersedes'], {
      area: 'programme',
      measure: null,
      item: null,
    }),
    ...fieldChanges(a.effective, b.effective, ['from', 'to', 'evidence'], { area: 'effective', measure: null, item: null }),
    ...byId('source', a.sources, b.sources, ['title', 'url', 'date', 'trust']),
    ...byId('window', a.windows, b.windows, ['opens', 'closes', 'evidence', 'label']),
    ...byId('period', a.periods, b.periods, ['from', 'to', 'evidence', 'label']),
    ...byId('assumption', a.assumptions ?? [], b.assumptions ?? [], ['en', 'zh']),
    ...byId('fact', factList(a), factList(b), ['type', 'values', 'unit', 'label', 'question']),
    ...diffConditions(a.gate, b.gate, null),
    ...diffMeasures(a.measures, b.measures),
    ...diffStacking(a.stacking, b.stacking),
    ...whole('documents', a.documents, b.documents, null),
    ...whole('notes', a.notes, b.notes, null),
  ];
}

const factList = (rule: RuleFile) => Object.entries(rule.facts).map(([id, fact]) => ({ id, ...fact }));

function diffMeasures(before: readonly Measure[], after: readonly Measure[]): RuleChange[] {
  const ids = byId('measure', before, after, ['title', 'perProject']);
  const inBoth = before.flatMap((m) => {
    const other = after.find((x) => x.id === m.id);
    if (!other) return [];
    return [
      ...diffConditions(m.when, other.when, m.id),
      ...diffAmount(m.amount, other.amount, m.id),
      ...whole('documents', m.documents, other.documents, m.id),
      ...whole('notes', m.notes, other.notes, m.id),
    ];
  });
  return [...ids, ...inBoth];
}

function diffAmount(a: Amount, b: Amount, measure: string): RuleChange[] {
  const record = (x: Amount) => x as Partial<Record<(typeof AMOUNT_FIELDS)[number], unknown>>;
  return fieldChanges(record(a), record(b), AMOUNT_FIELDS, { area: 'amount', measure, item: null });
}

function diffStacking(a: RuleFile['stacking'], b: RuleFile['stacking']): RuleChange[] {
  return [
    ...byId('stacking', a.groups, b.groups, ['measures', 'evidence', 'label']),
    ...fieldChanges(a, b, ['companyCap', 'doubleFunding', 'caveats'], { area: 'stacking', measure: null, item: null }),
  ];
}

/** A list compared as a whole (documents, notes): said changed, with how many items each side has. */
function whole(
  area: 'documents' | 'notes',
  a: readonly unknown[] | undefined,
  b: readonly unknown[] | undefined,
  measure: string | null,
): RuleChange[] {
  if (same(a ?? [], b ?? [])) return [];
  return [{ kind: 'changed', area, measure, item: null, field: 'items', from: (a ?? []).length, to: (b ?? []).length }];
}
