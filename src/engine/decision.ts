/**
 * The recorder `check` evaluates with: it keeps what a verdict's one-line reason and its missing facts
 * need, and nothing per leaf — the first leaf against the measure, the first unknown one, the missing
 * paths and the assumptions the deciding leaves rest on.
 */
import { FAIL, PASS, UNKNOWN, type Context, type LeafNode, type Recorder } from './conditions.js';
import type { LeafTrace } from './types.js';

export class Decision implements Recorder {
  readonly tree = null as Recorder['tree'];
  /** The first leaf whose result counts against the measure (a fail, or a pass under `not`). */
  against: LeafNode | null = null;
  unknown: LeafNode | null = null;
  unknownMissing: readonly string[] | null = null;
  missing: string[] | null = null;
  /** Assumption ids of leaves that decided on a value (not left unknown by a missing fact). */
  assumed: string[] | null = null;
  constructor(readonly ctx: Context) {}

  leaf(node: LeafNode, _ctx: Context, result: number, missing: readonly string[] | null): void {
    if (missing) {
      const all = (this.missing ??= []);
      for (const path of missing) all.push(path);
    }
    const assumes = node.leaf.assumes;
    if (assumes && !(result === UNKNOWN && missing && missing.length > 0)) {
      const all = (this.assumed ??= []);
      for (const id of assumes) all.push(id);
    }
    if (this.against === null && (node.negated ? result === PASS : result === FAIL)) this.against = node;
    if (this.unknown === null && result === UNKNOWN) {
      this.unknown = node;
      this.unknownMissing = missing;
    }
  }
}

/** The leaf a verdict rests on, as a trace entry: the gate's first, then the measure's. */
export function decidingLeaf(verdict: 'ineligible' | 'undetermined', gate: Decision, when: Decision | null): LeafTrace | null {
  const pick = (d: Decision | null) => (d === null ? null : verdict === 'ineligible' ? d.against : d.unknown);
  const from = pick(gate) ? gate : pick(when) ? when : null;
  const node = from && pick(from);
  if (!from || !node) return null;
  const result = verdict === 'ineligible' ? (node.negated ? 'pass' : 'fail') : 'unknown';
  const missing = verdict === 'undetermined' ? [...(from.unknownMissing ?? [])] : [];
  return { leaf: node.leaf, scope: node.scope, result, actual: node.actual(from.ctx), missing, negated: node.negated };
}
