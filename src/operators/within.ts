/**
 * `within`: a project's [start, end] dates against a declared period. Fully inside passes, no overlap
 * fails, a partial overlap is what the leaf's `overlap` says (unknown by default, needs review). A
 * missing end can still fail on its start, and with `overlap: pass`, pass on it.
 */
import type { DateValue } from '../profile/dates.js';
import type { LeafChange } from './changes.js';
import { clampInto, dayOf, inPlace, shiftBetween, type Role } from './date-shift.js';
import { accessor, falseResultOf } from './kit.js';
import type { LeafBase } from './leaf.js';
import type { FixInput, Operator, Span } from './operator.js';
import { PASS, UNKNOWN } from './result.js';

export interface WithinLeaf extends LeafBase {
  op: 'within';
  /** `[start, end]` date facts. */
  fact: [string, string];
  /** The id of a declared period. */
  value: string;
}

const text = {
  requirement: { en: (a) => `within ${a.from}..${a.to}`, zh: (a) => `在 ${a.from} 至 ${a.to} 内` },
  sentence: { en: (a) => `${a.fact} lies within ${a.span}; ${a.overlap}`, zh: (a) => `${a.fact} 在 ${a.span} 之内；${a.overlap}` },
  'overlap-unknown': { en: () => 'a partial overlap needs review', zh: () => '部分重叠需评审' },
  'overlap-fail': { en: () => 'a partial overlap does not qualify', zh: () => '部分重叠不符合' },
  'overlap-pass': { en: () => 'a partial overlap qualifies (at least partly within)', zh: () => '部分重叠即符合（至少部分在内）' },
} satisfies Operator['text'];

/**
 * The order of two texts as `<` and `>` give it (by UTF-16 code units; a prefix first): below 0, 0 or above 0
 * (compared with 0, as `<`, `>`, `<=` and `>=` would compare the two).
 * A loop the JIT inlines: the profile's dates are two-byte strings when its text has any Chinese, which
 * `<` and `>` compare in a call to the runtime (measured about 2.5× this on a bench profile's dates).
 */
export function order(a: string, b: string): number {
  // Not two texts (a fact what-it-takes wrote without a day, say): as `<`, `>` and `>=` order them, NaN when none holds.
  if (typeof a !== 'string' || typeof b !== 'string') return a > b ? 1 : a < b ? -1 : a >= b ? 0 : Number.NaN;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The dates a fix may ask for or move, each with its role. */
function rolesOf(leaf: WithinLeaf, input: FixInput, period: Span): [string, Role][] {
  const [startFact, endFact] = leaf.fact;
  const roles: [string, Role][] =
    startFact === endFact
      ? [[startFact, 'both']]
      : [
          [startFact, 'start'],
          [endFact, 'end'],
        ];
  // "At least partly within" (overlap: pass) needs only the bound on the period's side to move into it.
  if (leaf.overlap === 'pass' && startFact !== endFact) {
    const start = input.read(startFact).value as DateValue | undefined;
    const end = input.read(endFact).value as DateValue | undefined;
    if (start && start.first > period.last) roles.splice(1, 1);
    else if (end && end.last < period.first) roles.splice(0, 1);
  }
  return roles;
}

export const within: Operator<WithinLeaf> = {
  check: (leaf, declared) => {
    if (typeof leaf.fact === 'string') return 'within needs fact: [start, end]';
    if (typeof leaf.value !== 'string') return 'within needs value: the id of a declared period';
    return leaf.fact!.some((f) => declared(f) !== undefined && declared(f)!.type !== 'date') ? 'within reads date facts' : undefined;
  },
  compile: (leaf, env) => {
    const period = env.periods.get(leaf.value)!;
    const start = accessor(leaf.fact[0]);
    const end = accessor(leaf.fact[1]);
    const no = falseResultOf(leaf);
    const partial = leaf.overlap === 'fail' ? no : leaf.overlap === 'pass' ? PASS : UNKNOWN;
    const inside = (d: DateValue | undefined) => d !== undefined && order(d.first, period.last) <= 0 && order(d.last, period.first) >= 0;
    /** The result, or -1 when a missing date leaves it unknown (the only case with missing paths). */
    const decide = (s: DateValue | undefined, e: DateValue | undefined): number => {
      if ((s && order(s.first, period.last) > 0) || (e && order(e.last, period.first) < 0)) return no;
      // "At least partly within": one known date in the period settles it, whatever the other.
      if (partial === PASS && (inside(s) || inside(e))) return PASS;
      if (!s || !e) return -1;
      return order(s.first, period.first) >= 0 && order(e.last, period.last) <= 0 ? PASS : partial;
    };
    // Both dates of a project (the usual case): read in the test itself, not through the accessors.
    const [startFact, endFact] = leaf.fact;
    const projectDates = startFact.startsWith('projects[].') && endFact.startsWith('projects[].');
    const startKey = startFact.slice(startFact.indexOf('.') + 1);
    const endKey = endFact.slice(endFact.indexOf('.') + 1);
    return {
      // The project's dates as data, for generated code (src/engine/generated.ts); "at least partly within" is left to `test`.
      spans: projectDates && partial !== PASS ? { startKey, endKey, first: period.first, last: period.last, no, partial } : undefined,
      test: projectDates
        ? (scope) => {
            const facts = scope.project === null ? undefined : scope.project.facts;
            const r = facts === undefined ? -1 : decide(facts[startKey] as DateValue | undefined, facts[endKey] as DateValue | undefined);
            return r < 0 ? UNKNOWN : r;
          }
        : (scope) => {
            const r = decide(start.value(scope) as DateValue | undefined, end.value(scope) as DateValue | undefined);
            return r < 0 ? UNKNOWN : r;
          },
      missing: (scope) => {
        const s = start.value(scope) as DateValue | undefined;
        const e = end.value(scope) as DateValue | undefined;
        if (decide(s, e) >= 0) return null;
        if (s) return [end.pathOf(scope)];
        if (e) return [start.pathOf(scope)];
        const first = start.pathOf(scope);
        const second = end.pathOf(scope);
        return first === second ? [first] : [first, second];
      },
      actual: (scope) => {
        const s = start.value(scope) as DateValue | undefined;
        const e = end.value(scope) as DateValue | undefined;
        return s || e ? `${s?.text ?? '?'}..${e?.text ?? '?'}` : null;
      },
    };
  },
  // Ask for a missing date, move a date that lies outside to the nearest one inside.
  fixes: (leaf, input) => {
    const period = input.period(leaf.value);
    if (!period) return [];
    const fix: LeafChange[] = [];
    for (const [ruleFact, role] of rolesOf(leaf, input, period)) {
      const { fact, value } = input.read(ruleFact);
      const date = value as DateValue | undefined;
      if (!date) {
        fix.push({ kind: 'ask', fact, ruleFact, leaf, fill: dayOf(role === 'start' ? period.first : period.last) });
        continue;
      }
      const target = clampInto(date, period, role);
      if (!target) continue;
      const { unit, by } = shiftBetween(date, target, role);
      fix.push({ kind: 'shift', fact, ruleFact, leaf, fill: target, actual: date, target, unit, by });
    }
    return fix.length > 0 ? [fix] : [];
  },
  // What `fixes` asks or moves, without making the changes: a date missing, or one not yet in its place.
  fixable: (leaf, input) => {
    const period = input.period(leaf.value);
    if (!period) return false;
    for (const [ruleFact, role] of rolesOf(leaf, input, period)) {
      const date = input.read(ruleFact).value as DateValue | undefined;
      if (!date || !inPlace(date, period, role)) return true;
    }
    return false;
  },
  expected: (leaf, show) => {
    const p = show.period(leaf.value);
    return p ? `within ${p.from}..${p.to}` : `within ${leaf.value}`;
  },
  requirement: (leaf, show, l) => {
    const p = show.period(leaf.value);
    return text.requirement[l]({ from: show.date(p?.from ?? '?'), to: show.date(p?.to ?? '?') });
  },
  sentence: (leaf, fact, show, l) => {
    const p = show.period(leaf.value);
    const span = p ? `${p.from} – ${p.to}` : leaf.value;
    return text.sentence[l]({ fact, span, overlap: text[`overlap-${leaf.overlap ?? 'unknown'}`][l]() });
  },
  text,
};
