/**
 * The recorder `check` evaluates with: it keeps what a verdict's one-line reason and its missing facts
 * need, and nothing per leaf — the first leaf against the measure, the first unknown one, the missing
 * paths and the assumptions the deciding leaves rest on.
 */
import { FAIL, PASS, UNKNOWN, type Context, type LeafNode, type Recorder } from './conditions.js';
import type { LeafTrace } from './types.js';
import type { Value } from '../profile/values.js';
import { NONE } from './none.js';

export class Decision implements Recorder {
  readonly tree = null as Recorder['tree'];
  /** A quiet pass (src/engine/conditions.ts) changes nothing here; a trace overrides this to see every leaf. */
  readonly everyLeaf: boolean = false;
  /** The first leaf whose result counts against the measure (a fail, or a pass under `not`). */
  against: LeafNode | null = null;
  unknown: LeafNode | null = null;
  unknownMissing: readonly string[] | null = null;
  /** The missing paths of every leaf, each once, in the order first met; this recorder's own list. */
  missing: string[] | null = null;
  /** Assumption ids of leaves that decided on a value (not left unknown by a missing fact). */
  assumed: string[] | null = null;
  /**
   * The value `against`'s and `unknown`'s `actual` gives, where the generated function had it at hand when it
   * tested the leaf (src/engine/generated.ts, mode `decision`: a one-fact leaf); undefined: ask the leaf.
   */
  againstActual: Value | null | undefined = undefined;
  unknownActual: Value | null | undefined = undefined;
  constructor(public ctx: Context) {}

  /**
   * Ready for another measure, as new: `check` records each measure of a programme with one decision
   * rather than a new one each. Lists are let go, never cleared: a result may have taken `missing`.
   */
  reset(ctx: Context): this {
    this.ctx = ctx;
    this.against = null;
    this.unknown = null;
    this.unknownMissing = null;
    this.missing = null;
    this.assumed = null;
    this.againstActual = undefined;
    this.unknownActual = undefined;
    return this;
  }

  leaf(node: LeafNode, _ctx: Context, result: number, missing: readonly string[] | null): void {
    if (missing) this.addMissing(missing);
    const assumes = node.leaf.assumes;
    if (assumes && !(result === UNKNOWN && missing && missing.length > 0)) {
      this.assumed ??= [];
      for (const id of assumes) this.assumed.push(id);
    }
    if (this.against === null && (node.negated ? result === PASS : result === FAIL)) this.against = node;
    if (this.unknown === null && result === UNKNOWN) {
      this.unknown = node;
      this.unknownMissing = missing;
    }
  }

  /**
   * `leaf` for an unknown leaf under no `not` and resting on no assumption: what the generated functions
   * call (src/engine/generated.ts, mode `decision`), which record a fail in `against` themselves.
   */
  unknownLeaf(node: LeafNode, missing: readonly string[] | null, actual?: Value | null): void {
    if (missing) this.addMissing(missing);
    if (this.unknown === null) {
      this.unknown = node;
      this.unknownMissing = missing;
      this.unknownActual = actual;
    }
  }

  private addMissing(missing: readonly string[]): void {
    // The first list copied at its length (an operator's list has each path once; it may be kept as `unknownMissing`).
    if (this.missing === null) this.missing = missing.slice();
    else for (let i = 0; i < missing.length; i++) if (!this.missing.includes(missing[i]!)) this.missing.push(missing[i]!);
  }
}

/** A recorder that keeps nothing: for a verdict and amount alone (what it would take re-checking a changed profile). */
export const QUIET: Recorder = Object.freeze({ tree: null, everyLeaf: false, leaf: () => {} });

/** The leaf a verdict rests on, as a trace entry: the gate's first, then the measure's. */
export function decidingLeaf(verdict: 'ineligible' | 'undetermined', gate: Decision, when: Decision | null): LeafTrace | null {
  const against = verdict === 'ineligible';
  let from: Decision | null = gate;
  let node = against ? gate.against : gate.unknown;
  if (node === null && when !== null) {
    from = when;
    node = against ? when.against : when.unknown;
  }
  if (node === null) return null;
  // `unknownMissing` is the operator's fresh list for this leaf, kept by no one else: handed on, not copied.
  const missing = against ? NONE : (from.unknownMissing ?? NONE);
  return {
    leaf: node.leaf,
    scope: node.scope,
    result: against ? (node.negated ? 'pass' : 'fail') : 'unknown',
    actual: keptOrRead(against ? from.againstActual : from.unknownActual, node, from.ctx),
    missing: missing as string[],
    negated: node.negated,
  };
}

/** The leaf's `actual` as kept when it was tested, else asked of it. */
function keptOrRead(kept: Value | null | undefined, node: LeafNode, ctx: Context): Value | string | null {
  return kept === undefined ? node.actual(ctx) : kept;
}
