/**
 * The recorder `explain` and `--detail full` evaluate with: the decision, plus every leaf as a trace
 * entry and the condition tree as it was evaluated (node results come from the evaluation itself).
 */
import { resultOf, type Context, type LeafNode, type TreeBuilder } from './conditions.js';
import { Decision } from './decision.js';
import type { LeafResult, LeafTrace } from './types.js';
import { NONE } from './none.js';

export type ConditionNode =
  | { kind: 'all' | 'any' | 'not'; result: LeafResult; children: ConditionNode[] }
  | { kind: 'leaf'; result: LeafResult; trace: LeafTrace };

export interface MeasureTree {
  gate: ConditionNode;
  /** The measure's own conditions; null when it has none beyond the gate. */
  when: ConditionNode | null;
}

/** Room for the nodes around the one being evaluated (two entries each) before the list grows: rule trees are shallow. */
const OUTER = 8;

export class Trace extends Decision implements TreeBuilder {
  /** The trace builds the tree itself: one object per evaluation rather than two. */
  override readonly tree: TreeBuilder = this;
  override readonly everyLeaf = true;
  /** Every leaf in tree order: `first` (a measure's gate, evaluated before it), then this trace's own. */
  readonly leaves: LeafTrace[];
  private count: number;
  /**
   * The children of the node being evaluated, each list made at its final length (a list grown from
   * empty takes room for 17: bench/RESULTS.md, evaluation); `at`, the next to fill. `outer` holds, for
   * each node around it, its list and where it was, `depth` entries in all.
   */
  private current: ConditionNode[] = new Array(1);
  private at = 0;
  private readonly outer: (ConditionNode[] | number)[] = new Array(OUTER);
  private depth = 0;

  /** `total`: how many leaves there will be in all, known from the rules: the list is made at that length. */
  constructor(ctx: Context, first: readonly LeafTrace[] = NONE, total = first.length) {
    super(ctx);
    this.leaves = total > 0 ? new Array(total) : [];
    for (let i = 0; i < first.length; i++) this.leaves[i] = first[i]!;
    this.count = first.length;
  }

  override leaf(node: LeafNode, ctx: Context, result: number, missing: readonly string[] | null): void {
    super.leaf(node, ctx, result, missing);
    const t: LeafTrace = {
      leaf: node.leaf,
      scope: node.scope,
      result: resultOf(result),
      actual: node.actual(ctx),
      // The operator's fresh list for this leaf (kept by no one else), or one shared frozen empty list.
      missing: (missing ?? NONE) as string[],
      negated: node.negated,
    };
    this.leaves[this.count++] = t;
    this.current[this.at++] = { kind: 'leaf', result: t.result, trace: t };
  }

  open(count: number): void {
    this.outer[this.depth++] = this.current;
    this.outer[this.depth++] = this.at;
    this.current = new Array(count);
    this.at = 0;
  }

  close(kind: 'all' | 'any' | 'not', result: LeafResult): void {
    const children = this.current;
    if (this.at < children.length) children.length = this.at;
    this.at = this.outer[--this.depth] as number;
    this.current = this.outer[--this.depth] as ConditionNode[];
    this.current[this.at++] = { kind, result, children };
  }

  /** The root, once the evaluation is done. */
  root(): ConditionNode {
    // Fewer leaves than room made (a caller's count too high) leaves no hole in the list.
    if (this.count < this.leaves.length) this.leaves.length = this.count;
    return this.current[0]!;
  }
}
