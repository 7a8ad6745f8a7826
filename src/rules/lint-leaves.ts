/**
 * Does each leaf make sense for its operator and the declared type of its fact?
 * The engine trusts these, so a rule that passes never meets a wrong-typed value at run time.
 */
import { type Check, type Finding, showPath as show } from './finding.js';
import type { FactType, Leaf, RuleFile } from './schema.js';
import type { Segment } from '../source/document.js';
import { allLeaves } from './walk.js';

const NUMERIC: readonly FactType[] = ['money', 'number'];

/** What is wrong with a leaf, or undefined. */
function leafProblem(leaf: Leaf, rule: RuleFile): string | undefined {
  if (leaf.evidence === 'unknown') return undefined; // never decides: fact, op and value are optional
  if (leaf.fact === undefined || leaf.op === undefined) return 'a leaf needs fact and op unless its evidence is unknown';
  if (leaf.overlap !== undefined && leaf.op !== 'within') return 'overlap applies only to within';
  if (leaf.op === 'within') {
    if (typeof leaf.fact === 'string') return 'within needs fact: [start, end]';
    if (typeof leaf.value !== 'string') return 'within needs value: the id of a declared period';
    return leaf.fact.some((f) => rule.facts[f] !== undefined && rule.facts[f]!.type !== 'date') ? 'within reads date facts' : undefined;
  }
  if (typeof leaf.fact !== 'string') return `${leaf.op} reads one fact; only within takes [start, end]`;
  const type = rule.facts[leaf.fact]?.type;
  if (type === undefined) return undefined; // reported as an undeclared fact
  return valueProblem(leaf, type, rule.facts[leaf.fact]?.values);
}

function valueProblem(leaf: Leaf, type: FactType, allowed: string[] | undefined): string | undefined {
  const { op, value } = leaf;
  if (op === 'present') return value === undefined ? undefined : 'present takes no value';
  if (value === undefined) return `${op} needs a value`;
  if (op === 'in') return Array.isArray(value) ? (value.map((v) => scalarProblem(leaf, type, v)).find(Boolean) ?? enumProblem(value, type, allowed)) : 'in needs a list of values';
  if (op === 'between') {
    const ok = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number') && NUMERIC.includes(type);
    if (!ok) return 'between needs [low, high] numbers on a number or money fact';
    return (value[0] as number) <= (value[1] as number) ? undefined : 'between needs [low, high] with low ≤ high';
  }
  if (Array.isArray(value)) return `${op} takes one value, not a list`;
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
    return typeof value === 'number' && NUMERIC.includes(type) ? undefined : `${op} compares a number or money fact with a number`;
  }
  if (op === 'contains') return type === 'list' || type === 'years' ? undefined : 'contains reads a list fact';
  return scalarProblem(leaf, type, value) ?? enumProblem([value], type, allowed);
}

/** A value of the wrong type would make the leaf quietly false for every profile: say so instead. */
function scalarProblem(leaf: Leaf, type: FactType, value: string | number | boolean): string | undefined {
  if ((type === 'list' || type === 'years') && leaf.op !== 'in') return `${leaf.fact} is a list: test it with in or contains`;
  if (type === 'date') return `${leaf.fact} is a date: test it with within`;
  if (type === 'boolean') return typeof value === 'boolean' ? undefined : `${leaf.fact} is boolean: compare with true or false`;
  if (type === 'years') return typeof value === 'number' ? undefined : `${leaf.fact} holds years: compare with a number`;
  if (NUMERIC.includes(type)) return typeof value === 'number' ? undefined : `${leaf.fact} is ${type}: compare with a number, not "${value}"`;
  return typeof value === 'string' ? undefined : `${leaf.fact} is ${type}: compare with text, not ${String(value)}`;
}

function enumProblem(values: readonly (string | number | boolean)[], type: FactType, allowed: string[] | undefined): string | undefined {
  if (type !== 'enum' || !allowed) return undefined;
  const bad = values.find((v) => !allowed.includes(String(v)));
  return bad === undefined ? undefined : `"${bad}" is not one of the fact's values (${allowed.join(', ')})`;
}

const leavesWellFormed: Check = (rule) =>
  allLeaves(rule).flatMap(({ leaf, path }): Finding[] => {
    const reason = leafProblem(leaf, rule);
    return reason ? [{ code: 'rules/bad-leaf', path: path as Segment[], args: { path: show(path), reason } }] : [];
  });

export const LEAF_CHECKS: readonly Check[] = [leavesWellFormed];
