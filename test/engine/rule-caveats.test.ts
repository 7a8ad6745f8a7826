/**
 * Caveats a rule version states on measure results (a reviewer's judgement, an "in principle" rule),
 * stacking caveats with ids, and a one-measure stacking group that counts an award once per company.
 * Small builder-made rule versions, not the bundled rules.
 */
import { describe, expect, it } from 'vitest';
import { leafFixes } from '../../src/engine/leaf-fixes.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import type { RuleVersion } from '../../src/rules/load.js';
import { date, fact, leaf, measure, project, ruleVersion } from '../builders.js';

function evaluated(version: RuleVersion, profile: string) {
  const outcome = checkText(prepare([version], '2024-06-01') as Prepared, 'x.yaml', 'yaml', profile);
  if (!outcome.evaluation) throw new Error(JSON.stringify(outcome.read.diagnostics));
  return outcome.evaluation.programmes[0]!;
}

const judged = { id: 'orientation', label: { zh: '由评审判断', en: 'a reviewer judges' }, cite: 'S1', evidence: 'reported' as const };
const bigOnly = leaf({ fact: 'projects[].big', op: 'eq', value: true });
const withBig = { facts: { 'company.credit': fact('enum', ['good', 'poor']), 'projects[].big': fact('boolean') } };

describe('rule caveats', () => {
  it('puts a caveat without measures on every measure result, whatever its verdict', () => {
    const version = ruleVersion({ ...withBig, measures: [measure('grant', { when: bigOnly })], caveats: [judged] });
    const p = evaluated(
      version,
      'company: { name: A, credit: good }\nprojects: [{ id: p1, big: true }, { id: p2, big: false }, { id: p3 }]',
    );
    expect(p.measures.map((m) => m.verdict)).toEqual(['eligible', 'ineligible', 'undetermined']);
    for (const m of p.measures)
      expect(m.caveats).toContainEqual({
        code: 'rule-caveat',
        args: { id: 'orientation', evidence: 'reported', cite: 'S1' },
        text: judged.label,
      });
  });

  it('puts a caveat that lists measures on those only, and never decides a verdict', () => {
    const version = ruleVersion({ measures: [measure('grant'), measure('bonus')], caveats: [{ ...judged, measures: ['bonus'] }] });
    const p = evaluated(version, 'company: { name: A, credit: good }\nprojects: [{ id: p1 }]');
    const codes = (id: string) => p.measures.find((m) => m.measure.id === id)!.caveats.map((c) => c.code);
    expect(codes('grant')).not.toContain('rule-caveat');
    expect(codes('bonus')).toContain('rule-caveat');
    expect(p.measures.every((m) => m.verdict === 'eligible')).toBe(true);
  });

  it('carries a stacking caveat id, so a test can name it', () => {
    const stacking = {
      ...ruleVersion().rule.stacking,
      caveats: [{ id: 'one-project', label: { zh: '一项', en: 'one project' }, cite: 'S1', evidence: 'reported' as const }],
    };
    const p = evaluated(ruleVersion({ stacking }), 'company: { name: A, credit: good }\nprojects: [{ id: p1 }]');
    expect(p.caveats).toContainEqual(
      expect.objectContaining({ code: 'stacking-note', args: { id: 'one-project', evidence: 'reported', cite: 'S1' } }),
    );
  });
});

describe('a stacking group of one per-project measure', () => {
  it('counts the award once per company: the best project only', () => {
    const award = measure('award', { amount: { kind: 'fixed', value: 5_000_000, capScope: 'company', cite: 'S1', evidence: 'reported' } });
    const group = {
      id: 'once',
      measures: ['award'],
      label: { zh: '每家企业一次', en: 'once per company' },
      cite: 'S1',
      evidence: 'inferred' as const,
    };
    const version = ruleVersion({ measures: [award], stacking: { ...ruleVersion().rule.stacking, groups: [group] } });
    const p = evaluated(version, 'company: { name: A, credit: good }\nprojects: [{ id: p1 }, { id: p2 }]');
    expect(p.measures.map((m) => [m.verdict, m.maxAmount, m.counted])).toEqual([
      ['eligible', 5_000_000, true],
      ['eligible', 5_000_000, false],
    ]);
    expect(p.maxTotal).toBe(5_000_000);
    expect(p.caveats[0]).toMatchObject({ code: 'stacking-group', args: { chosen: 'award', evidence: 'inferred' } });
  });
});

describe('what it takes for "at least partly within" (overlap: pass)', () => {
  it('moves only the date on the period side: the start of a project after it, the end of one before it', () => {
    const touching = leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'span', overlap: 'pass' });
    const rule = ruleVersion().rule;
    const periods = new Map([['span', { first: '2019-01-01', last: '2021-12-31' }]]);
    const fixFor = (start: string, end: string) => {
      const p = project({ start: date(start), end: date(end) });
      const trace = { leaf: touching, scope: 'measure' as const, result: 'fail' as const, actual: null, missing: [], negated: false };
      return leafFixes(trace, { rule, company: {}, project: p, periods })[0]!.map((c) => [c.kind, c.fact]);
    };
    expect(fixFor('2028-01', '2028-12')).toEqual([['shift', 'projects[0].start']]);
    expect(fixFor('2015-01', '2015-12')).toEqual([['shift', 'projects[0].end']]);
  });
});
