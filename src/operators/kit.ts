/** What most operators share: reading one fact, a test on its value, the usual fixes and checks. */
import type { Value } from '../profile/values.js';
import type { LeafChange } from './changes.js';
import type { LeafBase, ParsedLeaf } from './leaf.js';
import type { CompiledTest, FixInput, Operator, Scope, Show } from './operator.js';
import type { Leaf } from './registry.js';
import { FAIL, PASS, UNKNOWN } from './result.js';
import type { FactType, Scalar } from './vocabulary.js';

/** A fact read from a scope by an accessor built once per leaf; `pathOf` names it when missing. */
export interface Accessor {
  value(scope: Scope): Value | undefined;
  pathOf(scope: Scope): string;
}

/** Where a fact path reads: `company.x` the company's facts (`project` false), `projects[].x` a project's; `key` is `x`. */
export function factKey(fact: string): { project: boolean; key: string } {
  const dot = fact.indexOf('.');
  return { project: fact.slice(0, dot) !== 'company', key: fact.slice(dot + 1) };
}

/**
 * The path of a project fact by the project's position (`projects[1].investment`), made once per
 * position, not on every read that finds the fact missing.
 */
export function projectPath(key: string): (index: number) => string {
  const paths: string[] = [];
  return (index) => (paths[index] ??= `projects[${index}].${key}`);
}

/** `company.x` reads the company's facts; `projects[].x` those of the scope's project (none: missing). */
export function accessor(fact: string): Accessor {
  const { project, key } = factKey(fact);
  if (!project) return { value: (s) => s.company[key], pathOf: () => fact };
  const pathAt = projectPath(key);
  return {
    value: (s) => (s.project === null ? undefined : s.project.facts[key]),
    pathOf: (s) => (s.project === null ? 'projects' : pathAt(s.project.index)),
  };
}

/** What a false test yields: FAIL, or UNKNOWN where the rule says a miss needs review. */
export const falseResultOf = (leaf: ParsedLeaf): number => (leaf.whenFalse === 'unknown' ? UNKNOWN : FAIL);

/**
 * The test of a one-fact leaf: a missing fact is unknown (and named), a present one is tested by
 * `holds`, built by the operator from the leaf's value once.
 */
export function testOneFact(leaf: LeafBase & { fact: string }, holds: (v: Value) => boolean): CompiledTest {
  const read = accessor(leaf.fact);
  const no = falseResultOf(leaf);
  const { project, key } = factKey(leaf.fact);
  // The read is written into the test, one closure per scope, rather than called through `read`: this
  // runs for every leaf of every measure of every profile (bench/RESULTS.md, evaluation).
  const test = !project
    ? (s: Scope) => {
        const v = s.company[key];
        return v === undefined ? UNKNOWN : holds(v) ? PASS : no;
      }
    : (s: Scope) => {
        const v = s.project === null ? undefined : s.project.facts[key];
        return v === undefined ? UNKNOWN : holds(v) ? PASS : no;
      };
  return {
    test,
    missing: (s) => (read.value(s) === undefined ? [read.pathOf(s)] : null),
    actual: (s) => read.value(s) ?? null,
  };
}

/**
 * `testOneFact` for `eq` (`equal`) and `ne`, with the comparison written into the test rather than
 * called through `holds`: the most common leaf, evaluated for every measure of every profile.
 */
export function testEquals(leaf: LeafBase & { fact: string }, want: Value, equal: boolean): CompiledTest {
  const general = testOneFact(leaf, equal ? (v) => v === want : (v) => v !== want);
  const no = falseResultOf(leaf);
  const { project, key } = factKey(leaf.fact);
  const yes = equal ? PASS : no;
  const other = equal ? no : PASS;
  const test = !project
    ? (s: Scope) => {
        const v = s.company[key];
        return v === undefined ? UNKNOWN : v === want ? yes : other;
      }
    : (s: Scope) => {
        const v = s.project === null ? undefined : s.project.facts[key];
        return v === undefined ? UNKNOWN : v === want ? yes : other;
      };
  return { test, missing: general.missing, actual: general.actual, equals: { project, key, want, yes, other } };
}

/**
 * The usual fixes of a one-fact leaf: ask for a missing fact, leave an open list to a reviewer, move a
 * number past a threshold, or set another value. `fill` is the value that passes (undefined: none can).
 */
export function valueFixes(leaf: Leaf & { fact: string }, input: FixInput, fill: Value | undefined, threshold: boolean): LeafChange[][] {
  const ruleFact = leaf.fact;
  const { fact, value } = input.read(ruleFact);
  if (fill === undefined) return [];
  // Literals, not `{ ...base, kind }`: V8 builds spread-and-extend objects slowly, and `check` makes many.
  if (value === undefined) return [[{ kind: 'ask', fact, ruleFact, leaf, fill }]];
  if (input.result === 'unknown') return [[{ kind: 'review', fact, ruleFact, leaf, fill, actual: value }]];
  if (threshold) {
    const actual = value as number;
    const money = input.declared(ruleFact)?.type === 'money';
    return [[{ kind: 'threshold', fact, ruleFact, leaf, fill, actual, target: fill as number, delta: (fill as number) - actual, money }]];
  }
  return [[{ kind: input.structural(ruleFact) ? 'structural' : 'set', fact, ruleFact, leaf, fill, actual: value, target: fill }]];
}

export const NUMERIC: readonly FactType[] = ['money', 'number'];

/**
 * The checks every one-fact operator starts with; `valueProblem` then checks the value against the
 * declared type (an undeclared fact is reported on its own, as rules/undeclared-fact).
 */
export function checkOneFact(
  valueProblem: (leaf: ParsedLeaf, type: FactType, allowed: string[] | undefined) => string | undefined,
): Operator['check'] {
  return (leaf, declared) => {
    if (leaf.overlap !== undefined) return 'overlap applies only to within';
    if (typeof leaf.fact !== 'string') return `${leaf.op} reads one fact; only within takes [start, end]`;
    const fact = declared(leaf.fact);
    if (fact === undefined) return undefined;
    return valueProblem(leaf, fact.type, fact.values);
  };
}

/** A value of the wrong type would make the leaf quietly false for every profile: say so instead. */
export function scalarProblem(leaf: ParsedLeaf, type: FactType, value: Scalar): string | undefined {
  if ((type === 'list' || type === 'years') && leaf.op !== 'in') return `${leaf.fact} is a list: test it with in or contains`;
  if (type === 'date') return `${leaf.fact} is a date: test it with within`;
  if (type === 'boolean') return typeof value === 'boolean' ? undefined : `${leaf.fact} is boolean: compare with true or false`;
  if (type === 'years') return typeof value === 'number' ? undefined : `${leaf.fact} holds years: compare with a number`;
  if (NUMERIC.includes(type))
    return typeof value === 'number' ? undefined : `${leaf.fact} is ${type}: compare with a number, not "${value}"`;
  return typeof value === 'string' ? undefined : `${leaf.fact} is ${type}: compare with text, not ${String(value)}`;
}

/** A value an `enum` fact cannot take. */
export function enumProblem(values: readonly Scalar[], type: FactType, allowed: string[] | undefined): string | undefined {
  if (type !== 'enum' || !allowed) return undefined;
  const bad = values.find((v) => !allowed.includes(String(v)));
  return bad === undefined ? undefined : `"${bad}" is not one of the fact's values (${allowed.join(', ')})`;
}

/** Why a leaf's value is not the one value `eq`, `ne` and the comparisons need; undefined when it is. */
export function notOneValue(leaf: ParsedLeaf): string | undefined {
  if (leaf.value === undefined) return `${leaf.op} needs a value`;
  return Array.isArray(leaf.value) ? `${leaf.op} takes one value, not a list` : undefined;
}

/** A list as each language lists values. */
export const listed = (values: readonly Scalar[], show: Show, lang: 'en' | 'zh'): string =>
  values.map((v) => show.value(v)).join(lang === 'en' ? ', ' : '、');
