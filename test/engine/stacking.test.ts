import { describe, expect, it } from 'vitest';
import { stack } from '../../src/engine/stacking.js';
import type { MeasureResult, Verdict } from '../../src/engine/types.js';
import type { RuleFile } from '../../src/rules/schema.js';

const result = (id: string, project: string, verdict: Verdict, maxAmount: number | null) =>
  ({ measure: { id, title: { en: id, zh: id } }, project: { id: project }, verdict, maxAmount }) as unknown as MeasureResult;

const unknown = { unknown: true as const, label: { zh: '未知', en: 'unknown' }, cite: 'S1' };
const group = { id: 'one', measures: ['subsidy', 'match'], label: { zh: '择一', en: 'one of' }, cite: 'S5', evidence: 'inferred' as const };
const stacking = (
  groups: RuleFile['stacking']['groups'],
  companyCap: RuleFile['stacking']['companyCap'] = unknown,
): RuleFile['stacking'] => ({ groups, companyCap, doubleFunding: unknown });

describe('stack', () => {
  it('takes the single best (project, measure) pair of a group', () => {
    const results = [
      result('subsidy', 'p1', 'eligible', 1_200_000),
      result('match', 'p1', 'eligible', 1_800_000),
      result('subsidy', 'p2', 'eligible', 900_000),
    ];
    const s = stack(results, stacking([group]));
    expect(s.maxTotal).toBe(1_800_000);
    expect([...s.counted]).toEqual([results[1]]);
    expect(s.caveats[0]).toMatchObject({ code: 'stacking-group', args: { chosen: 'match', project: 'p1' } });
  });

  it('adds measures outside groups and leaves out undetermined and unpublished ones, saying so', () => {
    const results = [
      result('award', 'p1', 'eligible', 5_000_000),
      result('award', 'p2', 'undetermined', 5_000_000),
      result('pre', 'p1', 'eligible', null),
      result('x', 'p1', 'ineligible', 0),
    ];
    const s = stack(results, stacking([]));
    expect(s.maxTotal).toBe(5_000_000);
    expect(s.caveats.map((c) => c.code)).toEqual(['unpublished-amounts', 'undetermined-measures']);
  });

  it('applies a published company cap and flags an unknown one when amounts add up', () => {
    const results = [result('a', 'p1', 'eligible', 700_000), result('b', 'p1', 'eligible', 600_000)];
    const capped = stack(results, stacking([], { amount: 1_000_000, cite: 'S1', evidence: 'stated' }));
    expect(capped.maxTotal).toBe(1_000_000);
    expect(capped.caveats[0]).toMatchObject({ code: 'company-cap', args: { cap: 1_000_000, before: 1_300_000 } });
    expect(stack(results, stacking([])).caveats[0]!.code).toBe('company-cap-unknown');
  });

  it('decides the choice: every eligible or undetermined pair of a group, eligible first, each by amount, and the one counted', () => {
    const results = [
      result('subsidy', 'p2', 'undetermined', null),
      result('match', 'p2', 'undetermined', 1_000_000),
      result('subsidy', 'p1', 'eligible', 900_000),
      result('match', 'p1', 'eligible', 1_000_000),
      result('match', 'p3', 'ineligible', 0),
      result('award', 'p1', 'eligible', 5_000_000),
    ];
    const [choice, ...more] = stack(results, stacking([group])).choices;
    expect(more).toEqual([]);
    expect(choice!.group.id).toBe('one');
    expect(choice!.options).toEqual([results[3], results[2], results[1], results[0]]);
    expect(choice!.chosen).toBe(results[3]);
  });

  it('lists the counted option first, marked best, even where an undetermined option names a larger amount', () => {
    const results = [
      result('match', 'p2', 'undetermined', 2_000_000),
      result('subsidy', 'p1', 'eligible', 900_000),
      result('subsidy', 'p2', 'eligible', null),
    ];
    const [choice] = stack(results, stacking([group])).choices;
    expect(choice!.options).toEqual([results[1], results[2], results[0]]);
    expect(choice!.chosen).toBe(choice!.options[0]);
  });

  it('makes no choice of a group with one option', () => {
    const results = [result('subsidy', 'p1', 'eligible', 900_000), result('match', 'p1', 'ineligible', 0)];
    expect(stack(results, stacking([group])).choices).toEqual([]);
  });

  it('returns its decision as data: what each group weighed and kept, what was added, left out and capped', () => {
    const results = [
      result('subsidy', 'p1', 'eligible', 1_200_000),
      result('match', 'p1', 'eligible', 1_800_000),
      result('award', 'p1', 'eligible', 300_000),
      result('award', 'p2', 'undetermined', 300_000),
      result('pre', 'p1', 'eligible', null),
    ];
    const { decision } = stack(results, stacking([group], { amount: 2_000_000, cite: 'S1', evidence: 'stated' }));
    expect(decision.groups).toEqual([{ group, candidates: [results[0], results[1]], chosen: results[1] }]);
    expect(decision.added).toEqual([results[2]]);
    expect(decision.notCounted).toEqual([results[3], results[4]]);
    expect(decision.cap).toEqual({ amount: 2_000_000, before: 2_100_000 });
  });
});
