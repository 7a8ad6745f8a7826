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
import type { Value } from '../profile/values.js';
import type { Bound, Equality, OneOf, Scope, Span, Spans } from '../operators/operator.js';
import { operatorOf } from '../operators/registry.js';
import { FAIL, PASS, UNKNOWN } from '../operators/result.js';
import type { Condition, Leaf, RuleFile } from '../rules/schema.js';
import { isLeaf } from '../rules/walk.js';
import { rankOf } from './evidence.js';
import { generate } from './generated.js';
import type { LeafResult, LeafTrace } from './types.js';

/** The facts of one evaluation: the company's, and (`project`) those of the project a per-project measure is evaluated for. */
export interface Context extends Scope {
  /** True when the measure is per project but the profile lists no project. */
  noProject: boolean;
}

/** Result codes (src/operators/result.ts): an outcome is `rank << 2 | result`, with the evidence rank 0 stated … 3 unknown. */
export { FAIL, PASS, UNKNOWN };
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
  /** A node with `count` children begins. */
  open(count: number): void;
  close(kind: 'all' | 'any' | 'not', result: LeafResult): void;
}

export interface Recorder {
  /**
   * Each leaf, in tree order (evaluation never short-circuits); `missing`: the paths that made it unknown.
   * Unless `everyLeaf`, a leaf that passes, is under no `not` and rests on no assumption is not told:
   * it neither counts against the measure, nor is unknown, nor names an assumption.
   */
  leaf(node: LeafNode, ctx: Context, result: number, missing: readonly string[] | null): void;
  readonly everyLeaf: boolean;
  readonly tree: TreeBuilder | null;
}

export type CompiledCondition = (ctx: Context, recorder: Recorder) => Outcome;

type Periods = ReadonlyMap<string, Span>;

/**
 * The ways to evaluate one condition, over the same compiled leaves, which must agree
 * (test/properties/generated.test.ts): the closures (`general`) for any recorder, and the only way for
 * one that traces, which also builds the tree; and two functions generated for the tree
 * (src/engine/generated.ts): `decision`, for check's `Decision`, and `quiet`, for the outcome alone.
 * `negated`: the leaf sits under an odd number of `not`s, so its pass is what fails the measure.
 */
export function compilePaths(condition: Condition, scope: LeafTrace['scope'], periods: Periods, negated = false): ConditionPaths {
  const tree = compileTree(condition, scope, periods, negated);
  return new ConditionPaths(tree, closureOf(tree).run);
}

/**
 * Each generated function is made the first time it is called (the closures where code generation is
 * switched off), then is a plain field, so the hot path reads no getter. Generating every condition
 * when the programmes were compiled cost `check` of one file about 4 ms of its start-up, for functions
 * its table, which traces, mostly never calls.
 */
export class ConditionPaths {
  constructor(
    private readonly tree: CompiledTree,
    /** The closures: every recorder, and the only way for one that traces. */
    readonly general: CompiledCondition,
  ) {}

  /**
   * For a `Decision` (src/engine/decision.ts) that does not trace: the generated function that writes its
   * fields in place (src/engine/generated.ts, mode `decision`).
   */
  decision: CompiledCondition = (ctx, rec) => {
    this.decision = generate(this.tree, 'decision') ?? this.general;
    return this.decision(ctx, rec);
  };

  /** The outcome alone, telling no recorder anything (mode `quiet`): what-it-takes' re-checks. */
  quiet: CompiledCondition = (ctx, rec) => {
    this.quiet = generate(this.tree, 'quiet') ?? this.general;
    return this.quiet(ctx, rec);
  };
}

/** A recorder the generated functions serve: no tree to build, not told of every leaf. */
export const decidesOnly = (rec: Recorder): boolean => rec.tree === null && !rec.everyLeaf;

/** A condition tree with its leaves compiled once: what the closures and the generated function are both made from. */
export type CompiledTree =
  | { kind: 'leaf'; leaf: LeafParts }
  | { kind: 'all' | 'any'; children: CompiledTree[] }
  | { kind: 'not'; inner: CompiledTree };

function compileTree(condition: Condition, scope: LeafTrace['scope'], periods: Periods, negated: boolean): CompiledTree {
  if (isLeaf(condition)) return { kind: 'leaf', leaf: compileLeaf(condition, scope, periods, negated) };
  if ('all' in condition) return { kind: 'all', children: condition.all.map((c) => compileTree(c, scope, periods, negated)) };
  if ('any' in condition) return { kind: 'any', children: condition.any.map((c) => compileTree(c, scope, periods, negated)) };
  return { kind: 'not', inner: compileTree(condition.not, scope, periods, !negated) };
}

/** The closures of a compiled tree, as `combine` runs them. */
function closureOf(tree: CompiledTree): Child {
  if (tree.kind === 'leaf') return leafChild(tree.leaf);
  if (tree.kind !== 'not') return branch(combine(tree.children.map(closureOf), tree.kind));
  const inner = closureOf(tree.inner).run;
  return branch((ctx, rec) => {
    rec.tree?.open(1);
    const o = inner(ctx, rec);
    const r = o & 3;
    const result = r === PASS ? FAIL : r === FAIL ? PASS : UNKNOWN;
    rec.tree?.close('not', RESULTS[result]!);
    return outcome(result, o >> 2);
  });
}

/** A node that is not a leaf: only ever called. */
const branch = (run: CompiledCondition): Child => ({ test: null, leaf: null, run });

/** How many leaves a condition has: a trace's length, known without evaluating. */
export function leafCount(condition: Condition | undefined): number {
  if (condition === undefined) return 0;
  if (isLeaf(condition)) return 1;
  if ('all' in condition) return condition.all.reduce((n, c) => n + leafCount(c), 0);
  if ('any' in condition) return condition.any.reduce((n, c) => n + leafCount(c), 0);
  return leafCount(condition.not);
}

/**
 * A child of an `all` or `any` as `combine` runs it: a leaf is tested right there (its test, recorded as
 * `compileLeaf` records it), anything else is called. One call less per leaf than calling every child's
 * closure: this runs for every leaf of every measure of every profile (bench/RESULTS.md, evaluation).
 */
interface Child {
  /** The leaf's test; null for a node that is not a leaf. */
  test: ((scope: Context) => number) | null;
  leaf: LeafParts | null;
  /** The node as a closure that tests and records (a leaf's does what `combine` does for it). */
  run: CompiledCondition;
}

/** What `compileLeaf` builds of a leaf, kept so that `combine` (and the generated function) can test it in place. */
export interface LeafParts {
  node: LeafNode;
  /** PASS, FAIL or UNKNOWN for the context. */
  test: (scope: Context) => number;
  /** The operator's test as data when it is a one-fact comparison; null otherwise. */
  equals: Equality | null;
  /** Other tests as data (src/operators/operator.ts), which the generated function compares in place; null otherwise. */
  compares: Bound | null;
  oneOf: OneOf | null;
  spans: Spans | null;
  missing: (ctx: Context) => readonly string[] | null;
  quietPass: boolean;
  rank: number;
}

/**
 * `all` decided false rests on its strongest false child; true on its weakest child.
 * `any` is the mirror image. Unknown rests on the weakest unknown child.
 */
function combine(children: Child[], kind: 'all' | 'any'): CompiledCondition {
  const decisive = kind === 'all' ? FAIL : PASS;
  const otherwise = kind === 'all' ? PASS : FAIL;
  return (ctx, rec) => {
    rec.tree?.open(children.length);
    let decisiveRank = 4;
    let unknownRank = -1;
    let otherRank = -1;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      let o: Outcome;
      if (child.test !== null) {
        const leaf = child.leaf!;
        const eq = leaf.equals;
        let result: number;
        if (eq !== null) {
          // The leaf's own test, compared here (src/operators/kit.ts testEquals): no call.
          const facts = eq.project ? (ctx.project === null ? undefined : ctx.project.facts) : ctx.company;
          const v = facts === undefined ? undefined : facts[eq.key];
          result = v === undefined ? UNKNOWN : v === eq.want ? eq.yes : eq.other;
        } else result = child.test(ctx);
        if (result !== PASS || !leaf.quietPass || rec.everyLeaf)
          rec.leaf(leaf.node, ctx, result, result === UNKNOWN ? leaf.missing(ctx) : null);
        o = (leaf.rank << 2) | result;
      } else o = child.run(ctx, rec);
      const r = o & 3;
      const rank = o >> 2;
      if (r === decisive) decisiveRank = Math.min(decisiveRank, rank);
      else if (r === UNKNOWN) unknownRank = Math.max(unknownRank, rank);
      else otherRank = Math.max(otherRank, rank);
    }
    const o =
      decisiveRank < 4 ? outcome(decisive, decisiveRank) : unknownRank >= 0 ? outcome(UNKNOWN, unknownRank) : outcome(otherwise, otherRank);
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

/** A fact read by an accessor built once at compile time (amounts read their base with one too). */
export { accessor as reader } from '../operators/kit.js';

/** A leaf compiled once by its operator (src/operators/): the engine adds only its evidence and the recorder. */
function compileLeaf(leaf: Leaf, scope: LeafTrace['scope'], periods: Periods, negated: boolean): LeafParts {
  const rank = rankOf(leaf.evidence);
  const { test, missing, actual, equals, compares, oneOf, spans } = operatorOf(leaf).compile(leaf, { periods });
  const node: LeafNode = { leaf, scope, negated, actual };
  const quietPass = !negated && leaf.assumes === undefined;
  return {
    node,
    test,
    equals: equals ?? null,
    compares: compares ?? null,
    oneOf: oneOf ?? null,
    spans: spans ?? null,
    missing,
    quietPass,
    rank,
  };
}

/** A leaf as a child of `combine`, with its own closure for when it is the whole condition. */
function leafChild(parts: LeafParts): Child {
  const { node, test, missing, quietPass, rank } = parts;
  const run: CompiledCondition = (ctx, rec) => {
    const result = test(ctx);
    if (result !== PASS || !quietPass || rec.everyLeaf) rec.leaf(node, ctx, result, result === UNKNOWN ? missing(ctx) : null);
    return outcome(result, rank);
  };
  return { test, leaf: parts, run };
}

/** Periods of a rule file by id, as first and last day (a month bound is the whole month). */
export function periodsOf(rule: RuleFile, spanOf: (text: string) => { first: string; last: string } | undefined): Periods {
  return new Map(rule.periods.map((p) => [p.id, { first: spanOf(p.from)!.first, last: spanOf(p.to)!.last }]));
}
