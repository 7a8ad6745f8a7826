/**
 * For one failing or unknown leaf, the change that would make it pass: the question for a missing
 * fact, the exact delta past a threshold, the date shift into a period, the value an enumeration
 * needs. A leaf of unknown evidence has none: no profile can satisfy a rule that is not published.
 */
import type { DateValue } from '../profile/dates.js';
import type { Facts, Project } from '../profile/read.js';
import type { Value } from '../profile/values.js';
import type { Fact, Leaf, RuleFile } from '../rules/schema.js';
import type { Change } from './changes.js';
import { clampInto, dateOf, shiftBetween, type Role, type Span } from './date-shift.js';
import { isStructural } from './structural.js';
import type { LeafTrace } from './types.js';

export interface FixContext {
  rule: RuleFile;
  company: Facts;
  /** The project a per-project measure was evaluated for; null for a company measure or when there is none. */
  project: Project | null;
  periods: ReadonlyMap<string, Span>;
}

/** One way to make a condition pass: every change in it is needed. */
export type Fix = Change[];

const NUMERIC = new Set(['gt', 'gte', 'lt', 'lte', 'between']);

/** The ways to make one leaf pass; none for a leaf that nothing in a profile can satisfy. */
export function leafFixes(t: LeafTrace, c: FixContext): Fix[] {
  const { leaf } = t;
  if (leaf.evidence === 'unknown' || leaf.fact === undefined || leaf.op === undefined) return [];
  if (typeof leaf.fact !== 'string') return withinFixes(leaf, leaf.fact, c);
  const ruleFact = leaf.fact;
  const { fact, value } = read(ruleFact, c);
  const fill = passing(leaf, value, c.rule.facts[ruleFact]);
  if (fill === undefined) return [];
  // Literals, not `{ ...base, kind }`: V8 builds spread-and-extend objects slowly, and `check` makes many.
  if (value === undefined) return [[{ kind: 'ask', fact, ruleFact, leaf, fill }]];
  if (t.result === 'unknown') return [[{ kind: 'review', fact, ruleFact, leaf, fill, actual: value }]];
  if (NUMERIC.has(leaf.op)) {
    const actual = value as number;
    const money = c.rule.facts[ruleFact]?.type === 'money';
    return [[{ kind: 'threshold', fact, ruleFact, leaf, fill, actual, target: fill as number, delta: (fill as number) - actual, money }]];
  }
  return [[{ kind: isStructural(ruleFact) ? 'structural' : 'set', fact, ruleFact, leaf, fill, actual: value, target: fill }]];
}

/** A project period: ask for a missing date, move a date that lies outside to the nearest one inside. */
function withinFixes(leaf: Leaf, [startFact, endFact]: readonly [string, string], c: FixContext): Fix[] {
  const period = c.periods.get(leaf.value as string);
  if (!period) return [];
  const roles: [string, Role][] = startFact === endFact ? [[startFact, 'both']] : [[startFact, 'start'], [endFact, 'end']];
  const fix: Fix = [];
  // "At least partly within" (overlap: pass) needs only the bound on the period's side to move into it.
  if (leaf.overlap === 'pass' && startFact !== endFact) {
    const start = read(startFact, c).value as DateValue | undefined;
    const end = read(endFact, c).value as DateValue | undefined;
    if (start && start.first > period.last) roles.splice(1, 1);
    else if (end && end.last < period.first) roles.splice(0, 1);
  }
  for (const [ruleFact, role] of roles) {
    const { fact, value } = read(ruleFact, c);
    const date = value as DateValue | undefined;
    if (!date) {
      fix.push({ kind: 'ask', fact, ruleFact, leaf, fill: dateOf(role === 'start' ? period.first : period.last) });
      continue;
    }
    const target = clampInto(date, period, role);
    if (!target) continue;
    const { unit, by } = shiftBetween(date, target, role);
    fix.push({ kind: 'shift', fact, ruleFact, leaf, fill: target, actual: date, target, unit, by });
  }
  return fix.length > 0 ? [fix] : [];
}

/** The value that makes the leaf pass, as close to the present one as the operator allows. */
function passing(leaf: Leaf, value: Value | undefined, declared: Fact | undefined): Value | undefined {
  const want = leaf.value;
  const list = Array.isArray(want) ? want : [];
  const current = Array.isArray(value) ? (value as readonly (string | number)[]) : [];
  switch (leaf.op) {
    case 'eq':
      return want as Value;
    case 'ne':
      return typeof want === 'boolean' ? !want : declared?.values?.find((v) => v !== want);
    case 'in':
      return declared?.type === 'list' ? ([...current, list[0]] as string[]) : (list[0] as Value);
    case 'contains':
      return [...current, want] as string[];
    case 'gt':
      return (want as number) + 1;
    case 'lt':
      return (want as number) - 1;
    case 'gte':
    case 'lte':
      return want as number;
    case 'between': {
      const [lo, hi] = list as number[];
      return value === undefined ? lo : Math.min(Math.max(value as number, lo!), hi!);
    }
    case 'present':
      return declared?.values?.[0] ?? (declared?.type === 'boolean' ? true : declared?.type === 'money' || declared?.type === 'number' ? 1 : '?');
    default:
      return undefined;
  }
}

function read(ruleFact: string, c: FixContext): { fact: string; value: Value | undefined } {
  const [scope, key] = ruleFact.split('.') as [string, string];
  if (scope === 'company') return { fact: ruleFact, value: c.company[key] };
  return { fact: `projects[${c.project?.index ?? 0}].${key}`, value: c.project?.facts[key] };
}
