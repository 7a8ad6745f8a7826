import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { rounds, ruleVersion } from '../builders.js';
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
    // Built rounds: `old` open until the end of 2023, `new` in force from 2023-04-03 and superseding it.
    const built = rounds(
      { id: 'old', from: '2020-01-01', windows: [['2020-01-01', '2023-12-31']] },
      { id: 'new', from: '2023-04-03', supersedes: 'old', windows: [['2023-04-03', '2023-12-31']] },
    );
    const good = 'company: { name: A, credit: good }\n';
    const on = (asOf: string) => checkText(prepare(built, asOf) as Prepared, 'a.yaml', 'yaml', good).evaluation!;
    expect(on('2021-03-15').maxTotal).toBe(1_000_000);
    // Before the successor is in force, the round is superseded by nothing.
    expect(on('2022-01-10').programmes.find((p) => p.version.rule.programme.id === 'old')!.supersededBy).toBeNull();
    const after = on('2023-06-01');
    const old = after.programmes.find((p) => p.version.rule.programme.id === 'old')!;
    // History: shown with its verdicts and amounts, counted nowhere.
    expect(old.round).toBe('history');
    expect(old.maxTotal).toBe(0);
    expect(old.measures.find((m) => m.measure.id === 'grant')).toMatchObject({ verdict: 'eligible', maxAmount: 1_000_000, counted: false });
    expect(old.supersededBy).toBe('new@1');
    expect(old.caveats[0]).toMatchObject({ code: 'superseded', args: { programme: 'new' } });
    // The company total is the successor's alone.
    expect(after.maxTotal).toBe(1_000_000);
  });

  it('says what settling the undetermined measures could add', () => {
    const unsure = ai
      .replace('breakthrough: true', 'breakthrough: true, other_funding: [putuo-digital-transformation]')
      .replace('credit: good,', '');
    const p = checkText(at('2021-03-15', ['putuo-new-infra-online-economy']), 'x.yaml', 'yaml', unsure).evaluation!.programmes[0]!;
    expect(p.maxTotal).toBe(0);
    expect(p.potentialTotal).toBe(5_000_000);
    const award = p.measures.find((m) => m.measure.id === 'breakthrough-award')!;
    expect(award.verdict).toBe('undetermined');
    expect(award.caveats.map((c) => c.code)).toContain('double-funding');
  });

  it('flags a version whose effective dates are not published', () => {
    const undated = ruleVersion({ effective: { from: null, to: null, cite: 'S1', evidence: 'unknown' } });
    const p = checkText(prepare([undated], '2019-01-01') as Prepared, 'a.yaml', 'yaml', 'company: { name: A, credit: good }').evaluation!
      .programmes[0]!;
    expect(p.caveats.map((c) => c.code)).toContain('effective-unknown');
  });

  it('returns fresh results: the compiled rules are never written to', () => {
    const prepared = prepare(rounds({ from: '2020-01-01' }), '2021-03-15') as Prepared;
    const good = 'company: { name: A, credit: good }\n';
    const frozen = JSON.stringify(prepared.selected);
    const first = checkText(prepared, 'a.yaml', 'yaml', good, { detail: true }).evaluation!;
    const second = checkText(prepared, 'a.yaml', 'yaml', good, { detail: true }).evaluation!;
    expect(JSON.stringify(prepared.selected)).toBe(frozen);
    expect(first.programmes[0]!.measures[0]!.trace).not.toBe(second.programmes[0]!.measures[0]!.trace);
    expect(first.maxTotal).toBe(second.maxTotal);
  });
});
