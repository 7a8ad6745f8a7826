/**
 * Does each leaf make sense for its operator and the declared type of its fact? Each operator
 * (src/operators/) says what it takes; the engine trusts these, so a rule that passes never meets
 * a wrong-typed value at run time.
 */
import type { ParsedLeaf } from '../operators/leaf.js';
import { operatorOf } from '../operators/registry.js';
import { type Check, type Finding, showPath as show } from './finding.js';
import type { RuleFile } from './schema.js';
import type { Segment } from '../source/document.js';
import { allLeaves } from './walk.js';

/** What is wrong with a leaf, or undefined. Read as parsed: lint is what makes it a `Leaf`. */
function leafProblem(leaf: ParsedLeaf, rule: RuleFile): string | undefined {
  if (leaf.evidence === 'unknown') return undefined; // never decides: fact, op and value are optional
  if (leaf.fact === undefined || leaf.op === undefined) return 'a leaf needs fact and op unless its evidence is unknown';
  return operatorOf(leaf)?.check(leaf, (fact) => rule.facts[fact]);
}

const leavesWellFormed: Check = (rule) =>
  allLeaves(rule).flatMap(({ leaf, path }): Finding[] => {
    const reason = leafProblem(leaf, rule);
    return reason ? [{ code: 'rules/bad-leaf', path: path as Segment[], args: { path: show(path), reason } }] : [];
  });

export const LEAF_CHECKS: readonly Check[] = [leavesWellFormed];
