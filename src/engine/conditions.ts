/**
 * Condition trees compiled once into closures. Three-valued: a leaf on a missing fact is unknown;
 * `all` is false if any child is false, else unknown if any is; a leaf of unknown evidence never decides.
 * Each evaluation appends fresh traces to the array it is given and returns the outcome with the
 * evidence rank of what decided it (0 stated … 3 unknown).
 */
import type { Facts, Project } from '../profile/read.js';
import type { DateValue } from '../profile/dates.js';
import type { Value } from '../profile/values.js';
import type { Condition, Leaf, RuleFile } from '../rules/schema.js';
import { isLeaf } from '../rules/walk.js';
import { rankOf } from './evidence.js';
import type { LeafResult, LeafTrace } from './types.js';

export interface Context {
  company: Facts;
  /** The project a per-project measure is evaluated for; null otherwise or when the profile has none. */
  project: Project | null;
  /** True when the measure is per project but the profile lists no project. */
  noProject: boolean;
}

export interface Outcome {
  result: LeafResult;
  rank: number;
}

export type CompiledCondition = (ctx: Context, trace: LeafTrace[]) => Outcome;

type Periods = ReadonlyMap<string, { first: string; last: string }>;

/** `negated`: the leaf sits under an odd number of `not`s, so its pass is what fails the measure. */
export function compileCondition(condition: Condition, scope: LeafTrace['scope'], periods: Periods, negated = false): CompiledCondition {
  if (isLeaf(condition)) return compileLeaf(condition, scope, periods, negated);
  if ('all' in condition) return combine(condition.all.map((c) => compileCondition(c, scope, periods, negated)), 'all');
  if ('any' in condition) return combine(condition.any.map((c) => compileCondition(c, scope, periods, negated)), 'any');
  const inner = compileCondition(condition.not, scope, periods, !negated);
  return (ctx, trace) => {
    const o = inner(ctx, trace);
    return { result: o.result === 'pass' ? 'fail' : o.result === 'fail' ? 'pass' : 'unknown', rank: o.rank };
  };
}

/**
 * `all` decided false rests on its strongest false child; true on its weakest child.
 * `any` is the mirror image. Unknown rests on the weakest unknown child.
 */
function combine(children: CompiledCondition[], kind: 'all' | 'any'): CompiledCondition {
  const decisive: LeafResult = kind === 'all' ? 'fail' : 'pass';
  const otherwise: LeafResult = kind === 'all' ? 'pass' : 'fail';
  return (ctx, trace) => {
    let decisiveRank = 4;
    let unknownRank = -1;
    let otherRank = -1;
    for (const child of children) {
      const o = child(ctx, trace);
      if (o.result === decisive) decisiveRank = Math.min(decisiveRank, o.rank);
      else if (o.result === 'unknown') unknownRank = Math.max(unknownRank, o.rank);
      else otherRank = Math.max(otherRank, o.rank);
    }
    if (decisiveRank < 4) return { result: decisive, rank: decisiveRank };
    if (unknownRank >= 0) return { result: 'unknown', rank: unknownRank };
    return { result: otherwise, rank: otherRank };
  };
}

type Read = (ctx: Context) => { value: Value | undefined; path: string };

/** Reads a fact for a context, with the concrete path to name when it is missing. */
export function reader(fact: string): Read {
  const [scope, key] = fact.split('.') as [string, string];
  if (scope === 'company') return (ctx) => ({ value: ctx.company[key], path: fact });
  return (ctx) =>
    ctx.project ? { value: ctx.project.facts[key], path: `projects[${ctx.project.index}].${key}` } : { value: undefined, path: 'projects' };
}

function compileLeaf(leaf: Leaf, scope: LeafTrace['scope'], periods: Periods, negated: boolean): CompiledCondition {
  const rank = rankOf(leaf.evidence);
  if (leaf.evidence === 'unknown' || leaf.fact === undefined || leaf.op === undefined) {
    return (_ctx, trace) => {
      trace.push({ leaf, scope, result: 'unknown', actual: null, missing: [], negated });
      return { result: 'unknown', rank };
    };
  }
  const evaluate = typeof leaf.fact === 'string' ? compileTest(leaf, reader(leaf.fact)) : compileWithin(leaf, leaf.fact, periods);
  const falseResult: LeafResult = leaf.whenFalse === 'unknown' ? 'unknown' : 'fail';
  return (ctx, trace) => {
    const t = evaluate(ctx);
    const result = t.result === 'fail' ? falseResult : t.result;
    trace.push({ leaf, scope, result, actual: t.actual, missing: t.missing, negated });
    return { result, rank };
  };
}

interface Tested {
  result: LeafResult;
  actual: Value | string | null;
  missing: string[];
}

function compileTest(leaf: Leaf, read: Read): (ctx: Context) => Tested {
  const test = predicate(leaf);
  return (ctx) => {
    const { value, path } = read(ctx);
    if (leaf.op === 'present') return { result: value === undefined ? 'fail' : 'pass', actual: value ?? null, missing: [] };
    if (value === undefined) return { result: 'unknown', actual: null, missing: [path] };
    return { result: test(value) ? 'pass' : 'fail', actual: value, missing: [] };
  };
}

/** The test of one leaf on a present value. Lint has checked operator, value and fact type agree. */
function predicate(leaf: Leaf): (v: Value) => boolean {
  const want = leaf.value;
  const list = Array.isArray(want) ? (want as readonly (string | number | boolean)[]) : [];
  switch (leaf.op) {
    case 'eq':
      return (v) => v === want;
    case 'ne':
      return (v) => v !== want;
    case 'in':
      return (v) => (Array.isArray(v) ? v.some((x) => list.includes(x)) : list.includes(v as string | number | boolean));
    case 'contains':
      return (v) => Array.isArray(v) && (v as readonly (string | number)[]).includes(want as string | number);
    case 'gt':
      return (v) => (v as number) > (want as number);
    case 'gte':
      return (v) => (v as number) >= (want as number);
    case 'lt':
      return (v) => (v as number) < (want as number);
    case 'lte':
      return (v) => (v as number) <= (want as number);
    case 'between':
      return (v) => (v as number) >= (list[0] as number) && (v as number) <= (list[1] as number);
    case 'present':
      return () => true;
    default:
      // Lint refuses any other operator here; reaching this is a bug, never a quiet "not eligible".
      throw new Error(`operator ${String(leaf.op)} cannot test a single value`);
  }
}

/**
 * A project period against a declared period: fully inside passes, no overlap fails, a partial overlap
 * is what the leaf's `overlap` says (unknown by default). A missing end can still fail on its start,
 * and with `overlap: pass`, pass on it.
 */
function compileWithin(leaf: Leaf, [startFact, endFact]: readonly [string, string], periods: Periods): (ctx: Context) => Tested {
  const period = periods.get(leaf.value as string)!;
  const readStart = reader(startFact);
  const readEnd = reader(endFact);
  const partial: LeafResult = leaf.overlap ?? 'unknown';
  const inside = (d: DateValue | undefined) => d !== undefined && d.first <= period.last && d.last >= period.first;
  return (ctx) => {
    const start = readStart(ctx);
    const end = readEnd(ctx);
    const s = start.value as DateValue | undefined;
    const e = end.value as DateValue | undefined;
    const actual = `${s?.text ?? '?'}..${e?.text ?? '?'}`;
    if ((s && s.first > period.last) || (e && e.last < period.first)) return { result: 'fail', actual, missing: [] };
    // "At least partly within": one known date in the period settles it, whatever the other.
    if (partial === 'pass' && (inside(s) || inside(e))) return { result: 'pass', actual, missing: [] };
    if (!s || !e) return { result: 'unknown', actual: s || e ? actual : null, missing: [...(s ? [] : [start.path]), ...(e ? [] : [end.path])].filter(unique) };
    if (s.first >= period.first && e.last <= period.last) return { result: 'pass', actual, missing: [] };
    return { result: partial, actual, missing: [] };
  };
}

const unique = (x: string, i: number, all: string[]) => all.indexOf(x) === i;

/** Periods of a rule file by id, as first and last day (a month bound is the whole month). */
export function periodsOf(rule: RuleFile, spanOf: (text: string) => { first: string; last: string } | undefined): Periods {
  return new Map(rule.periods.map((p) => [p.id, { first: spanOf(p.from)!.first, last: spanOf(p.to)!.last }]));
}
