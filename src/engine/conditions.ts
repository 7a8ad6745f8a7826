/**
 * Condition trees compiled once into closures. Three-valued: a leaf on a missing fact is unknown;
 * `all` is false if any child is false, else unknown if any is; a leaf of unknown evidence never decides.
 *
 * An evaluation returns its outcome as one small integer (result and evidence rank, see `outcome`) and
 * tells a recorder about each leaf. `check` passes a recorder that keeps only the decision (the first
 * leaf against the measure, the first unknown, the missing paths: src/engine/decision.ts); `explain`
 * and `--detail full` pass one that also keeps every leaf and the tree (src/engine/trace.ts). The hot
 * path so allocates nothing per leaf (bench/RESULTS.md: the per-leaf trace was most of its cost).
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

/** Result codes: an outcome is `rank << 2 | result`, with the evidence rank 0 stated … 3 unknown. */
export const PASS = 0;
export const FAIL = 1;
export const UNKNOWN = 2;
export type Outcome = number;
const RESULTS = ['pass', 'fail', 'unknown'] as const satisfies readonly LeafResult[];
export const outcome = (result: number, rank: number): Outcome => (rank << 2) | result;
export const resultOf = (o: Outcome): LeafResult => RESULTS[o & 3]!;
export const rankOfOutcome = (o: Outcome): number => o >> 2;

/** A compiled leaf, as a recorder sees it. */
export interface LeafNode {
  leaf: Leaf;
  scope: LeafTrace['scope'];
  /** Under an odd number of `not`s: a pass here counts against the measure. */
  negated: boolean;
  /** The profile's value as a trace shows it (`start..end` for a period); null when missing. */
  actual(ctx: Context): Value | string | null;
}

/** Builds the condition tree while it is evaluated; only a tracing recorder has one. */
export interface TreeBuilder {
  open(): void;
  close(kind: 'all' | 'any' | 'not', result: LeafResult): void;
}

export interface Recorder {
  /** Every leaf, in tree order (evaluation never short-circuits); `missing`: the paths that made it unknown. */
  leaf(node: LeafNode, ctx: Context, result: number, missing: readonly string[] | null): void;
  readonly tree: TreeBuilder | null;
}

export type CompiledCondition = (ctx: Context, recorder: Recorder) => Outcome;

type Periods = ReadonlyMap<string, { first: string; last: string }>;

/** `negated`: the leaf sits under an odd number of `not`s, so its pass is what fails the measure. */
export function compileCondition(condition: Condition, scope: LeafTrace['scope'], periods: Periods, negated = false): CompiledCondition {
  if (isLeaf(condition)) return compileLeaf(condition, scope, periods, negated);
  if ('all' in condition) return combine(condition.all.map((c) => compileCondition(c, scope, periods, negated)), 'all');
  if ('any' in condition) return combine(condition.any.map((c) => compileCondition(c, scope, periods, negated)), 'any');
  const inner = compileCondition(condition.not, scope, periods, !negated);
  return (ctx, rec) => {
    rec.tree?.open();
    const o = inner(ctx, rec);
    const r = o & 3;
    const result = r === PASS ? FAIL : r === FAIL ? PASS : UNKNOWN;
    rec.tree?.close('not', RESULTS[result]!);
    return outcome(result, o >> 2);
  };
}

/** How many leaves a condition has: a trace's length, known without evaluating. */
export function leafCount(condition: Condition | undefined): number {
  if (condition === undefined) return 0;
  if (isLeaf(condition)) return 1;
  if ('all' in condition) return condition.all.reduce((n, c) => n + leafCount(c), 0);
  if ('any' in condition) return condition.any.reduce((n, c) => n + leafCount(c), 0);
  return leafCount(condition.not);
}

/**
 * `all` decided false rests on its strongest false child; true on its weakest child.
 * `any` is the mirror image. Unknown rests on the weakest unknown child.
 */
function combine(children: CompiledCondition[], kind: 'all' | 'any'): CompiledCondition {
  const decisive = kind === 'all' ? FAIL : PASS;
  const otherwise = kind === 'all' ? PASS : FAIL;
  return (ctx, rec) => {
    rec.tree?.open();
    let decisiveRank = 4;
    let unknownRank = -1;
    let otherRank = -1;
    for (let i = 0; i < children.length; i++) {
      const o = children[i]!(ctx, rec);
      const r = o & 3;
      const rank = o >> 2;
      if (r === decisive) decisiveRank = Math.min(decisiveRank, rank);
      else if (r === UNKNOWN) unknownRank = Math.max(unknownRank, rank);
      else otherRank = Math.max(otherRank, rank);
    }
    const o = decisiveRank < 4 ? outcome(decisive, decisiveRank) : unknownRank >= 0 ? outcome(UNKNOWN, unknownRank) : outcome(otherwise, otherRank);
    rec.tree?.close(kind, resultOf(o));
    return o;
  };
}

/** `all` of two outcomes (the gate and a measure's conditions), with the same evidence rule as an `all` node. */
export function both(a: Outcome, b: Outcome): Outcome {
  const ra = a & 3;
  const rb = b & 3;
  if (ra === FAIL || rb === FAIL) return outcome(FAIL, Math.min(ra === FAIL ? a >> 2 : 4, rb === FAIL ? b >> 2 : 4));
  if (ra === UNKNOWN || rb === UNKNOWN) return outcome(UNKNOWN, Math.max(ra === UNKNOWN ? a >> 2 : -1, rb === UNKNOWN ? b >> 2 : -1));
  return outcome(PASS, Math.max(a >> 2, b >> 2));
}

/** Reads a fact for a context; `pathOf` names it when it is missing (`projects[0].investment`). */
export interface Read {
  value(ctx: Context): Value | undefined;
  pathOf(ctx: Context): string;
}

export function reader(fact: string): Read {
  const [scope, key] = fact.split('.') as [string, string];
  if (scope === 'company') return { value: (ctx) => ctx.company[key], pathOf: () => fact };
  return {
    value: (ctx) => (ctx.project ? ctx.project.facts[key] : undefined),
    pathOf: (ctx) => (ctx.project ? `projects[${ctx.project.index}].${key}` : 'projects'),
  };
}

function compileLeaf(leaf: Leaf, scope: LeafTrace['scope'], periods: Periods, negated: boolean): CompiledCondition {
  const rank = rankOf(leaf.evidence);
  if (leaf.evidence === 'unknown' || leaf.fact === undefined || leaf.op === undefined) {
    const node: LeafNode = { leaf, scope, negated, actual: () => null };
    return (ctx, rec) => {
      rec.leaf(node, ctx, UNKNOWN, null);
      return outcome(UNKNOWN, rank);
    };
  }
  const falseResult = leaf.whenFalse === 'unknown' ? UNKNOWN : FAIL;
  if (typeof leaf.fact !== 'string') return compileWithin(leaf, leaf.fact, periods, { scope, negated, rank, falseResult });
  const read = reader(leaf.fact);
  const node: LeafNode = { leaf, scope, negated, actual: (ctx) => read.value(ctx) ?? null };
  if (leaf.op === 'present') {
    return (ctx, rec) => {
      const result = read.value(ctx) === undefined ? falseResult : PASS;
      rec.leaf(node, ctx, result, null);
      return outcome(result, rank);
    };
  }
  const test = predicate(leaf);
  return (ctx, rec) => {
    const value = read.value(ctx);
    if (value === undefined) {
      rec.leaf(node, ctx, UNKNOWN, [read.pathOf(ctx)]);
      return outcome(UNKNOWN, rank);
    }
    const result = test(value) ? PASS : falseResult;
    rec.leaf(node, ctx, result, null);
    return outcome(result, rank);
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

interface LeafShape {
  scope: LeafTrace['scope'];
  negated: boolean;
  rank: number;
  falseResult: number;
}

/**
 * A project period against a declared period: fully inside passes, no overlap fails, a partial overlap
 * is what the leaf's `overlap` says (unknown by default). A missing end can still fail on its start,
 * and with `overlap: pass`, pass on it.
 */
function compileWithin(leaf: Leaf, [startFact, endFact]: readonly [string, string], periods: Periods, shape: LeafShape): CompiledCondition {
  const period = periods.get(leaf.value as string)!;
  const readStart = reader(startFact);
  const readEnd = reader(endFact);
  const partial = leaf.overlap === 'fail' ? shape.falseResult : leaf.overlap === 'pass' ? PASS : UNKNOWN;
  const inside = (d: DateValue | undefined) => d !== undefined && d.first <= period.last && d.last >= period.first;
  const node: LeafNode = {
    leaf,
    scope: shape.scope,
    negated: shape.negated,
    actual: (ctx) => {
      const s = readStart.value(ctx) as DateValue | undefined;
      const e = readEnd.value(ctx) as DateValue | undefined;
      return s || e ? `${s?.text ?? '?'}..${e?.text ?? '?'}` : null;
    },
  };
  const { rank } = shape;
  return (ctx, rec) => {
    const s = readStart.value(ctx) as DateValue | undefined;
    const e = readEnd.value(ctx) as DateValue | undefined;
    let result: number;
    let missing: string[] | null = null;
    if ((s && s.first > period.last) || (e && e.last < period.first)) result = shape.falseResult;
    // "At least partly within": one known date in the period settles it, whatever the other.
    else if (partial === PASS && (inside(s) || inside(e))) result = PASS;
    else if (!s || !e) {
      result = UNKNOWN;
      missing = [...(s ? [] : [readStart.pathOf(ctx)]), ...(e ? [] : [readEnd.pathOf(ctx)])].filter(unique);
    } else result = s.first >= period.first && e.last <= period.last ? PASS : partial;
    rec.leaf(node, ctx, result, missing);
    return outcome(result, rank);
  };
}

const unique = (x: string, i: number, all: string[]) => all.indexOf(x) === i;

/** Periods of a rule file by id, as first and last day (a month bound is the whole month). */
export function periodsOf(rule: RuleFile, spanOf: (text: string) => { first: string; last: string } | undefined): Periods {
  return new Map(rule.periods.map((p) => [p.id, { first: spanOf(p.from)!.first, last: spanOf(p.to)!.last }]));
}
