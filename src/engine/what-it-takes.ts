/**
 * What it would take for an ineligible or undetermined measure to become eligible: the smallest set
 * of changes, found by walking the condition tree (an `all` needs a fix for every failing child, an
 * `any` the cheapest of its children's), then checked by evaluating the changed profile again.
 * Pure as seen from outside: the compiled rules are never written, and the profile is left as it was
 * found (a change is written over its facts for one re-check, then put back).
 */
import { copyFacts } from '../profile/facts.js';
import type { Facts, Profile } from '../profile/read.js';
import type { Value } from '../profile/values.js';
import type { Leaf, Measure } from '../rules/schema.js';
import { leafFacts, leavesOf } from '../rules/walk.js';
import type { Change, ToQualify } from './changes.js';
import type { CompiledMeasure, CompiledProgramme } from './compile.js';
import { decideMeasure } from './judge.js';
import { FAIL, outcome, PASS, UNKNOWN } from './conditions.js';
import { fixReaders, hasLeafFix, leafFixes, placeOf, type Fix, type FixReaders } from './leaf-fixes.js';
import type { ConditionNode } from './trace.js';
import type { LeafResult, MeasureResult } from './types.js';

const RESULT_CODES = { pass: PASS, fail: FAIL, unknown: UNKNOWN } as const satisfies Record<LeafResult, number>;

export { byUnlocks, type Change, type ToQualify } from './changes.js';

/** Alternatives kept per node, and checked per measure: rule trees are small, this only bounds the odd wide `any`. */
const KEEP = 8;
/** The id of the project proposed when a per-project measure finds none in the profile. */
export const NEW_PROJECT = 'new-project';

/**
 * Null for an eligible measure, and when `admissible` (src/engine/feasible.ts) rules out every change
 * set that could qualify it: no advice rather than advice the company cannot follow.
 * The result must come from an evaluation with `detail` (it has the condition tree).
 */
export function whatItTakes(
  programme: CompiledProgramme,
  profile: Profile,
  result: MeasureResult,
  admissible?: (change: Change) => boolean,
  memo?: FixMemo,
): ToQualify | null {
  if (result.verdict === 'eligible') return null;
  const { rule } = programme.version;
  const tree = result.tree;
  if (!tree) throw new Error(`what-it-takes needs the condition tree of ${result.measure.id}: evaluate with detail`);
  const noProject = result.measure.perProject && result.project === null;
  const context = fixReaders({ rule, company: profile.company, project: result.project, periods: programme.periods });
  const blockers: Leaf[] = [];
  const gate = gateFixes(tree.gate, context, blockers, memo);
  // Every combination keeps a whole gate fix (`merged` keeps what is combined before it): when each of
  // the gate's fixes holds a change that is not admissible, so does every combination, and there is no
  // advice as soon as there is any combination at all — the measure's own fixes need not be built.
  if (admissible && gate.fixes.length > 0 && noneAdmissible(gate, admissible) && (!tree.when || hasFix(tree.when, context))) return null;
  // The same when a leaf every fix of the measure's conditions must include has none that is admissible,
  // each for a change to a fact no other leaf reads (no other fix changes it, so merging never drops it).
  if (
    admissible &&
    gate.fixes.length > 0 &&
    tree.when &&
    requiredBlocked(tree.when, context, admissible, readersOf(programme, result)) &&
    hasFix(tree.when, context)
  )
    return null;
  const own = tree.when ? fixesOf(tree.when, context, blockers) : null;
  const combined = product(own ? [gate.fixes, own] : [gate.fixes]);
  const every = noProject ? withProject(combined) : combined;
  // Each fix whose every change is admissible is checked, in order, until one qualifies the measure.
  let anyAdmissible = false;
  for (let i = 0; i < every.length; i++) {
    const fix = every[i]!;
    if (admissible && !allAdmissible(fix, admissible)) continue;
    anyAdmissible = true;
    const after = reevaluate(programme, profile, result, fix, noProject, tree.gate.result);
    if (after.verdict === 'eligible') return qualified(fix, after, result);
  }
  if (!anyAdmissible && every.length > 0) return null;
  return { status: 'blocked', changes: [], blockers: [...new Set(blockers)], unlocks: null, upTo: null, dependsOn: null };
}

/** Each fix with, first, the project to add (one change object for all of them). */
function withProject(fixes: Fix[]): Fix[] {
  const addProject: Change = { kind: 'add-project', fact: 'projects', ruleFact: 'projects', leaf: null, fill: null };
  const out: Fix[] = new Array(fixes.length);
  for (let i = 0; i < fixes.length; i++) out[i] = [addProject, ...fixes[i]!];
  return out;
}

function allAdmissible(fix: Fix, admissible: (change: Change) => boolean): boolean {
  for (let i = 0; i < fix.length; i++) if (!admissible(fix[i]!)) return false;
  return true;
}

/**
 * The fixes of a gate tree, once per evaluation: measures that share a context share its gate tree
 * (src/engine/evaluate.ts), so its fixes, and the blockers found on the way, are the same for each;
 * so is whether none of them is admissible (`admissible` is the same for every measure of an evaluation).
 * `memo` lives as long as one evaluation of one programme; nothing is kept between calls.
 */
export type FixMemo = Map<ConditionNode, GateFixes>;

interface GateFixes {
  fixes: Fix[];
  blockers: Leaf[];
  /** Whether every fix holds a change that is not admissible; undefined until asked. */
  blocked?: boolean;
}

function gateFixes(node: ConditionNode, c: FixReaders, blockers: Leaf[], memo: FixMemo | undefined): GateFixes {
  let seen = memo?.get(node);
  if (!seen) {
    const own: Leaf[] = [];
    seen = { fixes: fixesOf(node, c, own), blockers: own };
    memo?.set(node, seen);
  }
  for (const b of seen.blockers) blockers.push(b);
  return seen;
}

function noneAdmissible(gate: GateFixes, admissible: (change: Change) => boolean): boolean {
  if (gate.blocked === undefined) {
    gate.blocked = true;
    for (const fix of gate.fixes)
      if (allAdmissible(fix, admissible)) {
        gate.blocked = false;
        break;
      }
  }
  return gate.blocked;
}

/** How many leaves of the gate and of a measure read each rule fact; the rules' own, so kept with them. */
const readersSeen = new WeakMap<Measure, Map<string, number>>();

function readersOf(programme: CompiledProgramme, result: MeasureResult): ReadonlyMap<string, number> {
  let readers = readersSeen.get(result.measure);
  if (!readers) {
    readers = new Map();
    for (const { leaf } of [...leavesOf(programme.version.rule.gate, []), ...leavesOf(result.measure.when, [])])
      for (const fact of leafFacts(leaf)) readers.set(fact, (readers.get(fact) ?? 0) + 1);
    readersSeen.set(result.measure, readers);
  }
  return readers;
}

/**
 * Whether a leaf reached from `node` through `all`s only (one every combination of fixes includes a
 * fix of) has fixes, none of them admissible for a change to a fact that no other leaf reads: a leaf's
 * fixes change only the facts it reads, so no other fix can replace that change.
 */
function requiredBlocked(
  node: ConditionNode,
  c: FixReaders,
  admissible: (change: Change) => boolean,
  readers: ReadonlyMap<string, number>,
): boolean {
  if (node.result === 'pass') return false;
  if (node.kind === 'all') {
    for (const child of node.children) if (requiredBlocked(child, c, admissible, readers)) return true;
    return false;
  }
  if (node.kind !== 'leaf') return false;
  const fixes = leafFixes(node.trace, c);
  if (fixes.length === 0) return false;
  for (const fix of fixes) {
    let blocked = false;
    for (const change of fix)
      if (!admissible(change) && readers.get(change.ruleFact) === 1) {
        blocked = true;
        break;
      }
    if (!blocked) return false;
  }
  return true;
}

/** Whether `fixesOf(node)` has any fix, without building them: an `all` needs every child to have one, an `any` one child. */
function hasFix(node: ConditionNode, c: FixReaders): boolean {
  if (node.result === 'pass') return true;
  switch (node.kind) {
    case 'leaf':
      return hasLeafFix(node.trace, c);
    case 'all':
      for (const child of node.children) if (!hasFix(child, c)) return false;
      return true;
    case 'any':
      for (const child of node.children) if (hasFix(child, c)) return true;
      return false;
    case 'not':
      return false;
  }
}

function fixesOf(node: ConditionNode, c: FixReaders, blockers: Leaf[]): Fix[] {
  if (node.result === 'pass') return [[]];
  switch (node.kind) {
    case 'leaf': {
      const fixes = leafFixes(node.trace, c);
      if (fixes.length === 0 && node.trace.leaf.evidence === 'unknown') blockers.push(node.trace.leaf);
      return fixes;
    }
    case 'all': {
      // A child that passes adds nothing to a combination (its fixes are one empty fix): not asked.
      let combined: Fix[] = [[]];
      for (const child of node.children) if (child.result !== 'pass') combined = times(combined, fixesOf(child, c, blockers));
      return combined;
    }
    case 'any': {
      const each: Fix[] = [];
      for (const child of node.children) for (const fix of fixesOf(child, c, blockers)) each.push(fix);
      return cheapest(each);
    }
    case 'not':
      // Making a condition fail is not advice the tool gives.
      return [];
  }
}

/** Every combination of one fix per list, cheapest first; none when a list has none. */
function product(lists: Fix[][]): Fix[] {
  let combined: Fix[] = [[]];
  for (const list of lists) combined = times(combined, list);
  return combined;
}

/** Each combination so far with each fix of one more list, cheapest first. */
function times(combined: Fix[], list: Fix[]): Fix[] {
  if (list.length === 1 && list[0]!.length === 0) return combined; // a child that passes already
  // Made at its final length (a list grown from empty takes room for 17).
  const next: Fix[] = new Array(combined.length * list.length);
  let k = 0;
  for (let i = 0; i < combined.length; i++) for (let j = 0; j < list.length; j++) next[k++] = merged(combined[i]!, list[j]!);
  return cheapest(next);
}

/** `a`, then the changes of `b` to facts `a` does not change already: a new list, made at its longest and cut. */
function merged(a: Fix, b: Fix): Fix {
  if (a.length === 0) return b.slice();
  const out: Fix = new Array(a.length + b.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  let k = a.length;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    let changed = false;
    for (let j = 0; j < a.length; j++)
      if (a[j]!.fact === x.fact) {
        changed = true;
        break;
      }
    if (!changed) out[k++] = x;
  }
  if (k < out.length) out.length = k;
  return out;
}

const costOf = (fix: Fix): number => {
  let sum = 0;
  for (const change of fix) sum += change.kind === 'structural' ? 100 : 1;
  return sum;
};

/** Fewer structural changes first, then fewer changes (a stable order: ties keep theirs); at most KEEP. */
function cheapest(fixes: Fix[]): Fix[] {
  if (fixes.length < 2) return fixes;
  let sorted = fixes.length <= KEEP;
  for (let i = 1; sorted && i < fixes.length; i++) if (costOf(fixes[i - 1]!) > costOf(fixes[i]!)) sorted = false;
  if (sorted) return fixes;
  return fixes
    .map((fix) => ({ fix, cost: costOf(fix) }))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, KEEP)
    .map(({ fix }) => fix);
}

function reevaluate(
  programme: CompiledProgramme,
  profile: Profile,
  result: MeasureResult,
  fix: Fix,
  noProject: boolean,
  gateResult: LeafResult,
): Pick<MeasureResult, 'verdict' | 'maxAmount'> {
  let { company } = profile;
  // A proposed project's facts like a read profile's: an empty prototype, so an unstated fact reads as missing whatever its name.
  let project = noProject ? { id: NEW_PROJECT, index: 0, facts: copyFacts({ id: NEW_PROJECT }) } : result.project;
  // A library caller's frozen (or sealed) facts cannot be written over: those are copied first.
  if (!Object.isExtensible(company)) company = copyFacts(company);
  if (project && !Object.isExtensible(project.facts)) project = { id: project.id, index: project.index, facts: copyFacts(project.facts) };
  // The changed facts are written over the profile's own for this one decision and put back straight
  // after, in reverse order, whatever happens: an overlay with no copy of the facts (copying them was most
  // of the cost of this path, bench/RESULTS.md) and no object whose prototype is the profile's facts
  // (V8 would then read those more slowly every time the profile is evaluated). Nothing runs in between
  // but the measure's compiled conditions and amount, which only read.
  // What was there before each write, flat, four entries a write: the facts, the key, whether it was there, its value.
  // A read profile's facts have every vocabulary key (src/profile/facts.ts): an absent one is put back as
  // `undefined`, never deleted, which would turn the object into a dictionary and slow every later read of
  // it and of every site that reads it; `delete` is left for a key the object did not have (a caller's own facts).
  const written: (Facts | string | boolean | Value | undefined)[] = [];
  let companyChanged = false;
  try {
    for (const change of fix) {
      if (change.fill === null) continue;
      // The key as the compiled conditions read it, made once per rule fact (a fresh slice would be looked up anew).
      const { company: inCompany, key } = placeOf(change.ruleFact, programme.version.rule);
      const facts = inCompany ? company : project?.facts;
      if (!facts) continue;
      companyChanged ||= inCompany;
      written.push(facts, key, Object.hasOwn(facts, key), facts[key]);
      facts[key] = change.fill;
    }
    const compiled = compiledOf(programme, result.measure);
    // A gate of company facts the fix leaves alone comes out as it did: its result is reused, not re-evaluated.
    const gate = programme.gateReadsCompanyOnly && !companyChanged ? outcome(RESULT_CODES[gateResult], 0) : undefined;
    return decideMeasure(programme, compiled, { company, project, noProject: result.measure.perProject && project === null }, gate);
  } finally {
    for (let i = written.length - 4; i >= 0; i -= 4) {
      const facts = written[i] as Facts;
      const key = written[i + 1] as string;
      if (written[i + 2]) facts[key] = written[i + 3] as Value;
      else delete facts[key];
    }
  }
}

/** The compiled form of one of the programme's measures: the same object, or (rules compiled again) the same id. */
function compiledOf(programme: CompiledProgramme, measure: Measure): CompiledMeasure {
  const measures = programme.measures;
  for (let i = 0; i < measures.length; i++) if (measures[i]!.measure === measure) return measures[i]!;
  return measures.find((m) => m.measure.id === measure.id)!;
}

function qualified(fix: Fix, after: Pick<MeasureResult, 'maxAmount'>, result: MeasureResult): ToQualify {
  const amount = result.measure.amount;
  const base = 'base' in amount ? amount.base : undefined;
  const cap = 'cap' in amount ? (amount.cap ?? null) : null;
  // The first change to the amount's base, if any; and whether any change is structural.
  let moved: Change | undefined;
  let structural = false;
  for (const change of fix) {
    if (moved === undefined && change.ruleFact === base) moved = change;
    if (change.kind === 'structural') structural = true;
  }
  return {
    status: structural ? 'structural' : 'small',
    changes: fix,
    blockers: [],
    // A base that is asked or moved sets the amount: the smallest step past a threshold would say
    // "+1 yuan unlocks 1", so say what the amount depends on and the most it can reach (the cap).
    unlocks: moved ? null : after.maxAmount,
    upTo: moved ? cap : after.maxAmount,
    dependsOn: moved?.fact ?? null,
  };
}
