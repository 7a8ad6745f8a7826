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

class Builder implements TreeBuilder {
  /** The children of the node being evaluated; `parents` holds those of the nodes around it. */
  private current: ConditionNode[] = [];
  private readonly parents: ConditionNode[][] = [];
  open(): void {
    this.parents.push(this.current);
    this.current = [];
  }
  close(kind: 'all' | 'any' | 'not', result: LeafResult): void {
    const children = this.current;
    this.current = this.parents.pop()!;
    this.current.push({ kind, result, children });
  }
  add(node: ConditionNode): void {
    this.current.push(node);
  }
  /** The root, once the evaluation is done. */
  root(): ConditionNode {
    return this.current[0]!;
  }
}

export class Trace extends Decision {
  override readonly tree = new Builder();
  override readonly everyLeaf = true;
  readonly leaves: LeafTrace[] = [];

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
    this.leaves.push(t);
    this.tree.add({ kind: 'leaf', result: t.result, trace: t });
  }

  root(): ConditionNode {
    return this.tree.root();
  }
}
