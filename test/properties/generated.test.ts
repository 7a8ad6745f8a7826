/**
 * The generated condition functions (src/engine/generated.ts) against the closures they stand in for:
 * on generated rule trees and profiles, in every context, the same outcome (result and evidence rank)
 * and the same decision: deciding leaves, their values, missing paths and assumptions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './settings.js';
import { compilePaths, type Context } from '../../src/engine/conditions.js';
import { Decision, decidingLeaf, QUIET } from '../../src/engine/decision.js';
import type { Profile } from '../../src/profile/read.js';
import { checkText, prepare } from '../../src/pipeline.js';
import { loadRules } from '../../src/rules/load.js';
import type { Condition, RuleFile } from '../../src/rules/schema.js';
import { isLeaf } from '../../src/rules/walk.js';
import { profile, profileText, ruleFile, ruleText } from './arbitraries.js';

/** Leaves of reported or inferred evidence rest on an assumption: they are never a quiet pass. */
const assuming = (c: Condition): Condition =>
  isLeaf(c)
    ? c.evidence === 'reported' || c.evidence === 'inferred'
      ? { ...c, assumes: ['a1'] }
      : c
    : 'all' in c
      ? { all: c.all.map(assuming) }
      : 'any' in c
        ? { any: c.any.map(assuming) }
        : { not: assuming(c.not) };

function loaded(rule: RuleFile, text: string): { periods: Map<string, { first: string; last: string }>; profile: Profile | undefined } {
  const { versions } = loadRules([ruleText(rule)]);
  const ready = prepare(versions, '2022-07-05');
  if ('diagnostics' in ready) throw new Error('prepare');
  const read = checkText(ready, 'x.json', 'json', text).read;
  return { periods: ready.compiled[0]!.periods as Map<string, { first: string; last: string }>, profile: read.profile };
}

function contextsOf(p: Profile): Context[] {
  return [
    { company: p.company, project: null, noProject: false },
    { company: p.company, project: null, noProject: true },
    ...p.projects.map((project) => ({ company: p.company, project, noProject: false })),
  ];
}

describe('generated condition functions', () => {
  it('record into a Decision in place what the closures record through it (the same deciding leaf), and decide quietly the same outcome', () => {
    fc.assert(
      fc.property(ruleFile(), profile, fc.boolean(), (rule, p, negated) => {
        const { periods, profile: read } = loaded(rule, profileText(p, 'json'));
        if (read === undefined) return;
        const trees = [rule.gate, ...rule.measures.flatMap((m) => (m.when ? [m.when] : []))];
        for (const tree of [...trees, ...trees.map(assuming)]) {
          const paths = compilePaths(tree, 'measure', periods, negated);
          for (const ctx of contextsOf(read)) {
            const inPlace = new Decision(ctx);
            const through = new Decision(ctx);
            const o = paths.general(ctx, through);
            expect(paths.decision(ctx, inPlace)).toBe(o);
            expect(paths.quiet(ctx, QUIET)).toBe(o);
            expect(inPlace.against).toBe(through.against);
            expect(inPlace.unknown).toBe(through.unknown);
            expect(inPlace.unknownMissing).toEqual(through.unknownMissing);
            expect(inPlace.missing).toEqual(through.missing);
            expect(inPlace.assumed).toEqual(through.assumed);
            for (const verdict of ['ineligible', 'undetermined'] as const)
              expect(decidingLeaf(verdict, inPlace, null)).toEqual(decidingLeaf(verdict, through, null));
          }
        }
      }),
    );
  });
});
