/**
 * The bundled rules agree with the domain notes (shared/domain/putuo-policies.md) on the facts a
 * golden case cannot see: each round's dates and their evidence, who issued it, what it cites,
 * and the caveats and documents the notes require.
 */
import { describe, expect, it } from 'vitest';
import { bundledVersions } from '../helpers.js';

const versions = bundledVersions();
const rule = (id: string) => versions.find((v) => v.rule.programme.id === id)!.rule;

describe('every round dated as the notes date it', () => {
  it.each([
    // S2 reports a launch event around 2020-11-14, not an effective date.
    ['putuo-new-infra-online-economy', '2020-11-14', 'inferred'],
    // Known from the day its window opened (the call's publication date is unknown); not 2021-11-16.
    ['putuo-smart-software', '2023-04-03', 'inferred'],
    ['putuo-digital-transformation', '2022-07-01', 'inferred'],
  ])('%s is known from %s (%s), with no published end', (id, from, evidence) => {
    expect(rule(id).effective).toMatchObject({ from, to: null, evidence });
  });
});

describe('putuo-digital-transformation 2022 (Programme 3)', () => {
  const dt = rule('putuo-digital-transformation');

  it('names the competent department as S5 does, reported', () => {
    expect(dt.programme.issuer).toMatchObject({ zh: expect.stringContaining('普陀区科学技术委员会'), cite: 'S5 §1', evidence: 'reported' });
  });

  it('carries the orientation judgement on every measure, not as a condition', () => {
    const orientation = dt.caveats!.find((c) => c.id === 'orientation')!;
    expect(orientation.measures).toBeUndefined();
    expect(JSON.stringify(dt.gate)).not.toContain('导向');
  });

  it('says the totals cover category A only, and the "in principle" rules', () => {
    const ids = (dt.stacking.caveats ?? []).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['categories-a-only', 'one-project-in-principle', 'alternatives-inferred']));
    expect(dt.caveats!.find((c) => c.id === 'in-principle-stage')!.measures).toEqual(['project-subsidy']);
  });

  it('lists the four documents S5 gives, and says the list is cut off after item 4', () => {
    expect(dt.documents!.map((d) => d.label.zh)).toEqual([
      '项目申报书（附件2）',
      '项目建设方案（模板见附件4）',
      '营业执照、法人证书或统一社会信用代码证书',
      'B级及以上会计师事务所出具的报告（该项其余内容未能获得）',
    ]);
    expect(dt.notes!.some((n) => n.en.includes('cut off at item 4'))).toBe(true);
  });

  it('keeps the 500,000 threshold off the municipal match', () => {
    const match = dt.measures.find((m) => m.id === 'municipal-match')!;
    expect(JSON.stringify(match.when)).not.toContain('500000');
    expect(JSON.stringify(match.when)).not.toContain('project-period');
  });
});

describe('putuo-new-infra-online-economy 2020 (Programme 1)', () => {
  const ni = rule('putuo-new-infra-online-economy');

  it('counts the breakthrough award once per company, inferred', () => {
    expect(ni.stacking.groups).toContainEqual(expect.objectContaining({ measures: ['breakthrough-award'], evidence: 'inferred' }));
  });

  it("uses S1's own words for its periods: 执行期 and 项目周期", () => {
    const labels = ni.periods.map((p) => p.label.zh);
    expect(labels.filter((l) => l.includes('执行期'))).toHaveLength(1);
    expect(labels.filter((l) => l.includes('项目周期'))).toHaveLength(2);
    expect(JSON.stringify(ni)).not.toContain('实施期');
  });
});
