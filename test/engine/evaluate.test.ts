import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { ruleVersion } from '../builders.js';
import { bundledVersions } from '../helpers.js';

const versions = bundledVersions();
const at = (asOf: string, programmes: string[] = []) => prepare(versions, asOf, programmes) as Prepared;

const ai = `company: { name: A, business_district: putuo, tax_district: putuo, independent_legal_person: true, credit: good,
  tech_enterprise: true, fields: [artificial-intelligence], features: [online-new-economy], operating_status: normal }
projects:
  - { id: p1, type: rd, start: 2020-03, end: 2021-06, status: in-progress, breakthrough: true }
`;

describe('evaluate across programmes', () => {
  it('leaves a programme out of the company total once its successor is in force', () => {
    const before = checkText(at('2021-03-15'), 'ai.yaml', 'yaml', ai).evaluation!;
    expect(before.maxTotal).toBe(5_000_000);
    // The 2023 round supersedes from 2023-04-03, when it was known (domain notes, Programme 2), not from the 2021 opinions.
    const between = checkText(at('2022-01-10'), 'ai.yaml', 'yaml', ai).evaluation!;
    expect(between.programmes.find((p) => p.version.rule.programme.id === 'putuo-new-infra-online-economy')!.supersededBy).toBeNull();
    const after = checkText(at('2023-06-01'), 'ai.yaml', 'yaml', ai).evaluation!;
    const old = after.programmes.find((p) => p.version.rule.programme.id === 'putuo-new-infra-online-economy')!;
    // History: shown with its verdicts and amounts, counted nowhere.
    expect(old.round).toBe('history');
    expect(old.maxTotal).toBe(0);
    expect(old.measures.find((m) => m.measure.id === 'breakthrough-award')).toMatchObject({ verdict: 'eligible', maxAmount: 5_000_000, counted: false });
    expect(old.supersededBy).toBe('putuo-smart-software@2023');
    expect(old.caveats[0]).toMatchObject({ code: 'superseded', args: { programme: 'putuo-smart-software' } });
    expect(after.maxTotal).toBe(0);
  });

  it('says what settling the undetermined measures could add', () => {
    const unsure = ai.replace('breakthrough: true', 'breakthrough: true, other_funding: [putuo-digital-transformation]').replace('credit: good,', '');
    const p = checkText(at('2021-03-15', ['putuo-new-infra-online-economy']), 'x.yaml', 'yaml', unsure).evaluation!.programmes[0]!;
    expect(p.maxTotal).toBe(0);
    expect(p.potentialTotal).toBe(5_000_000);
    const award = p.measures.find((m) => m.measure.id === 'breakthrough-award')!;
    expect(award.verdict).toBe('undetermined');
    expect(award.caveats.map((c) => c.code)).toContain('double-funding');
  });

  it('flags a version whose effective dates are not published', () => {
    const undated = ruleVersion({ effective: { from: null, to: null, cite: 'S1', evidence: 'unknown' } });
    const p = checkText(prepare([undated], '2019-01-01') as Prepared, 'a.yaml', 'yaml', 'company: { name: A, credit: good }').evaluation!.programmes[0]!;
    expect(p.caveats.map((c) => c.code)).toContain('effective-unknown');
  });

  it('returns fresh results: the compiled rules are never written to', () => {
    const prepared = at('2021-03-15');
    const frozen = JSON.stringify(prepared.selected);
    const first = checkText(prepared, 'a.yaml', 'yaml', ai).evaluation!;
    const second = checkText(prepared, 'a.yaml', 'yaml', ai).evaluation!;
    expect(JSON.stringify(prepared.selected)).toBe(frozen);
    expect(first.programmes[0]!.measures[0]!.trace).not.toBe(second.programmes[0]!.measures[0]!.trace);
    expect(first.maxTotal).toBe(second.maxTotal);
  });
});
