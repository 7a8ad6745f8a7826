/** The golden-case expectations on rounds, counting and caveats, on a builder-made rule version. */
import { describe, expect, it } from 'vitest';
import { GoldenCase, runGoldenCase } from '../../src/lifecycle/golden.js';
import { measure, ruleVersion } from '../builders.js';

const group = { id: 'one', measures: ['grant'], label: { zh: '一次', en: 'once' }, cite: 'S1', evidence: 'inferred' as const };
const note = { id: 'in-principle', label: { zh: '原则上', en: 'in principle' }, cite: 'S1', evidence: 'reported' as const };
const version = ruleVersion({
  measures: [measure('grant')],
  stacking: { ...ruleVersion().rule.stacking, groups: [group], caveats: [note] },
  caveats: [{ id: 'judged', label: { zh: '评审判断', en: 'judged' }, cite: 'S1', evidence: 'reported' }],
});
const profile = { company: { name: 'A', credit: 'good' }, projects: [{ id: 'p1' }, { id: 'p2' }] };
const run = (asOf: string, expectations: Record<string, unknown>) =>
  runGoldenCase([version], 'demo', GoldenCase.parse({ name: 'x', asOf, profile, expect: expectations }));

describe('golden expectations', () => {
  it('checks the version that answers, and that none answers before the round is known', () => {
    expect(run('2023-12-31', { version: null })).toEqual([]);
    expect(run('2024-01-01', { version: null })).toEqual([{ what: 'version', expected: 'none in force', actual: '1' }]);
    expect(run('2024-01-01', { version: '1' })).toEqual([]);
    expect(run('2023-12-31', { version: '1' })).toEqual([{ what: 'version', expected: '1', actual: 'none in force' }]);
  });

  it('checks whether the total counts a result', () => {
    expect(
      run('2024-06-01', {
        measures: [
          { id: 'grant', project: 'p1', verdict: 'eligible', counted: true },
          { id: 'grant', project: 'p2', verdict: 'eligible', counted: false },
        ],
      }),
    ).toEqual([]);
    expect(run('2024-06-01', { measures: [{ id: 'grant', project: 'p2', verdict: 'eligible', counted: true }] })).toEqual([
      { what: 'grant@p2 counted', expected: true, actual: false },
    ]);
  });

  it('checks caveats by a rule caveat id or a code, on a measure and on the programme', () => {
    expect(
      run('2024-06-01', {
        measures: [{ id: 'grant', project: 'p1', verdict: 'eligible', caveats: ['judged'] }],
        caveats: ['in-principle', 'stacking-group'],
      }),
    ).toEqual([]);
    const missing = run('2024-06-01', {
      measures: [{ id: 'grant', project: 'p1', verdict: 'eligible', caveats: ['other'] }],
      caveats: ['absent'],
    });
    expect(missing.map((m) => [m.what, m.expected])).toEqual([
      ['grant@p1 caveats', 'including other'],
      ['caveats', 'including absent'],
    ]);
    expect(missing[1]!.actual).toEqual(expect.arrayContaining(['in-principle', 'stacking-group']));
  });
});
