/**
 * What it would take, held to the general computation it shortcuts (src/engine/what-it-takes.ts):
 * every fix combination of the condition tree, cheapest first, filtered by what is admissible, each
 * checked by evaluating the whole measure again — gate included — on a copy of the profile's facts
 * with the changes written in. The reference below is that computation as it was before any shortcut;
 * the engine must give the same answer for every measure, generated rules and profiles, both the
 * feasible changes (`check`) and every change (`explain`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './settings.js';
import type { Change, ToQualify } from '../../src/engine/changes.js';
import type { CompiledProgramme } from '../../src/engine/compile.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { feasibleOn } from '../../src/engine/feasible.js';
import { decideMeasure } from '../../src/engine/judge.js';
import { fixReaders, hasLeafFix, leafFixes, type Fix } from '../../src/engine/leaf-fixes.js';
import type { ConditionNode } from '../../src/engine/trace.js';
import type { MeasureResult } from '../../src/engine/types.js';
import { NEW_PROJECT, whatItTakes, type FixMemo } from '../../src/engine/what-it-takes.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import type { Facts, Profile } from '../../src/profile/read.js';
import type { Leaf } from '../../src/rules/schema.js';
import { allLeaves } from '../../src/rules/walk.js';
import { bundledVersions } from '../helpers.js';
import { profile, profileText, ruleFile, vocabularyProfile, type GeneratedProfile } from './arbitraries.js';
import { AS_OF, format, prepared } from './prepared.js';

const KEEP = 8;

function reference(p: CompiledProgramme, profile: Profile, result: MeasureResult, admissible?: (c: Change) => boolean): ToQualify | null {
  if (result.verdict === 'eligible') return null;
  const tree = result.tree!;
  const noProject = result.measure.perProject && result.project === null;
  const context = { rule: p.version.rule, company: profile.company, project: result.project, periods: p.periods };
  const blockers: Leaf[] = [];
  const fixesOf = (node: ConditionNode): Fix[] => {
    if (node.result === 'pass') return [[]];
    switch (node.kind) {
      case 'leaf': {
        const fixes = leafFixes(node.trace, context);
        if (fixes.length === 0 && node.trace.leaf.evidence === 'unknown') blockers.push(node.trace.leaf);
        return fixes;
      }
      case 'all':
        return product(node.children.map(fixesOf));
      case 'any':
        return cheapest(node.children.flatMap(fixesOf));
      case 'not':
        return [];
    }
  };
  const roots = tree.when ? [tree.gate, tree.when] : [tree.gate];
  const addProject: Change = { kind: 'add-project', fact: 'projects', ruleFact: 'projects', leaf: null, fill: null };
  const every = product(roots.map(fixesOf)).map((fix) => (noProject ? [addProject, ...fix] : fix));
  const fixes = admissible ? every.filter((fix) => fix.every(admissible)) : every;
  if (fixes.length === 0 && every.length > 0) return null;
  for (const fix of fixes) {
    const copy = (facts: Facts): Facts => Object.assign(Object.create(null) as Facts, facts);
    const company = copy(profile.company);
    const original = noProject ? { id: NEW_PROJECT, index: 0, facts: { id: NEW_PROJECT } } : result.project;
    const project = original && { id: original.id, index: original.index, facts: copy(original.facts) };
    for (const change of fix) {
      if (change.fill === null) continue;
      if (change.fact.startsWith('company.')) company[change.fact.slice('company.'.length)] = change.fill;
      else if (project) project.facts[change.fact.slice(change.fact.indexOf('.') + 1)] = change.fill;
    }
    const compiled = p.measures.find((m) => m.measure.id === result.measure.id)!;
    const after = decideMeasure(p, compiled, { company, project, noProject: result.measure.perProject && project === null });
    if (after.verdict !== 'eligible') continue;
    const amount = result.measure.amount;
    const base = 'base' in amount ? amount.base : undefined;
    const moved = fix.filter((change) => change.ruleFact === base);
    const cap = 'cap' in amount ? (amount.cap ?? null) : null;
    return {
      status: fix.some((change) => change.kind === 'structural') ? 'structural' : 'small',
      changes: fix,
      blockers: [],
      unlocks: moved.length > 0 ? null : after.maxAmount,
      upTo: moved.length > 0 ? cap : after.maxAmount,
      dependsOn: moved[0]?.fact ?? null,
    };
  }
  return { status: 'blocked', changes: [], blockers: [...new Set(blockers)], unlocks: null, upTo: null, dependsOn: null };
}

function product(lists: Fix[][]): Fix[] {
  let combined: Fix[] = [[]];
  for (const list of lists) {
    if (list.length === 1 && list[0]!.length === 0) continue;
    const next: Fix[] = [];
    for (const a of combined) for (const b of list) next.push([...a, ...b.filter((x) => !a.some((y) => y.fact === x.fact))]);
    combined = cheapest(next);
  }
  return combined;
}

const costOf = (fix: Fix) => fix.reduce((sum, c) => sum + (c.kind === 'structural' ? 100 : 1), 0);

function cheapest(fixes: Fix[]): Fix[] {
  return fixes
    .map((fix) => ({ fix, cost: costOf(fix) }))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, KEEP)
    .map(({ fix }) => fix);
}

/** Every measure's `toQualify` against the reference, for both kinds of admissible change; the profile left as it was read. */
function agrees(ready: Prepared, text: string, format: 'yaml' | 'json', asOf: string): void {
  const read = checkText(ready, 'x', format, text).read.profile;
  if (!read) return;
  const before = JSON.stringify(read);
  for (const changes of ['feasible', 'every'] as const) {
    const evaluation = evaluate(ready.compiled, read, asOf, { detail: true, changes });
    for (const [i, programme] of evaluation.programmes.entries()) {
      if (programme.round === 'history') continue;
      for (const m of programme.measures) {
        const want = reference(ready.compiled[i]!, read, m, changes === 'every' ? undefined : feasibleOn(asOf));
        expect(m.toQualify, `${m.measure.id} ${m.project?.id ?? ''} (${changes})`).toEqual(want);
      }
    }
  }
  expect(JSON.stringify(read)).toBe(before);
}

/** Every leaf of a condition tree, passing or not. */
function leavesIn(node: ConditionNode | null | undefined, out: ConditionNode[] = []): ConditionNode[] {
  if (!node) return out;
  if (node.kind === 'leaf') out.push(node);
  else for (const child of node.children) leavesIn(child, out);
  return out;
}

describe('whether a leaf has a fix', () => {
  it('is, for every operator on generated rules and profiles, whether the fixes it would make are any (asked before any is made)', () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, (rule, p, f) => {
        const ready = prepared(rule);
        const read = checkText(ready, 'x', f, profileText(p, f)).read.profile;
        if (!read) return;
        const [programme] = ready.compiled;
        for (const m of evaluate(ready.compiled, read, AS_OF, { detail: true }).programmes[0]!.measures) {
          const context = { rule: programme!.version.rule, company: read.company, project: m.project, periods: programme!.periods };
          for (const node of [...leavesIn(m.tree?.gate), ...leavesIn(m.tree?.when)]) {
            if (node.kind !== 'leaf') continue;
            expect(hasLeafFix(node.trace, fixReaders(context)), node.trace.leaf.op ?? 'unpublished').toBe(
              leafFixes(node.trace, context).length > 0,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('what it would take', () => {
  it('gives, on generated rules and profiles, what the general computation gives (every fix, each re-evaluated)', () => {
    fc.assert(
      fc.property(ruleFile(), fc.array(profile, { minLength: 1, maxLength: 3 }), format, (rule, profiles, f) => {
        const ready = prepared(rule);
        for (const p of profiles) agrees(ready, profileText(p, f), f, AS_OF);
      }),
    );
  });

  it('gives what the general computation gives when changes to any set of facts are not admissible (one memo per programme), frozen facts too', () => {
    const mask = fc.array(fc.boolean(), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(ruleFile(), profile, format, mask, fc.boolean(), (rule, p, f, mask, frozen) => {
        const ready = prepared(rule);
        const read = checkText(ready, 'x', f, profileText(p, f)).read.profile;
        if (!read) return;
        // A library caller may hand in facts it has frozen: what it would take must not write over them.
        if (frozen) for (const facts of [read.company, ...read.projects.map((x) => x.facts)]) Object.freeze(facts);
        const before = JSON.stringify(read);
        // Refused: every change to some facts, and (the other half of the mask) the changes that flip some
        // leaves, so that one fact may be changed admissibly by one leaf's fix and not by another's.
        const refused = new Set(Object.keys(rule.facts).filter((_, i) => mask[i]));
        const leaves = new Set(allLeaves(ready.compiled[0]!.version.rule).flatMap(({ leaf }, i) => (mask[8 + (i % 8)] ? [leaf] : [])));
        const admissible = (c: Change) => !refused.has(c.ruleFact) && !(c.leaf !== null && leaves.has(c.leaf));
        const evaluation = evaluate(ready.compiled, read, AS_OF, { detail: true, changes: 'every' });
        for (const [i, programme] of evaluation.programmes.entries()) {
          const memo: FixMemo = new Map();
          for (const m of programme.measures)
            expect(whatItTakes(ready.compiled[i]!, read, m, admissible, memo), m.measure.id).toEqual(
              reference(ready.compiled[i]!, read, m, admissible),
            );
        }
        expect(JSON.stringify(read)).toBe(before);
      }),
      // A fact changed admissibly by one leaf and not by another is rare among generated rules: more runs.
      { numRuns: 400 },
    );
  });

  it('gives, on the bundled rules and profiles of the public vocabulary, what the general computation gives', () => {
    const versions = bundledVersions();
    const asOf = fc.constantFrom('2021-03-15', '2022-07-05', '2023-04-10');
    fc.assert(
      fc.property(asOf, vocabularyProfile, format, (date, p: GeneratedProfile, f) => {
        const ready = prepare(versions, date);
        if ('diagnostics' in ready) throw new Error('prepare');
        agrees(ready, profileText(p, f), f, date);
      }),
    );
  });
});
