import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Change } from '../../src/engine/changes.js';
import { dateOf } from '../../src/operators/date-shift.js';
import { feasibleOn } from '../../src/engine/feasible.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { bundledVersions } from '../helpers.js';
import { leaf } from '../builders.js';

const shift = (actual: string, target: string): Change => ({
  kind: 'shift', fact: 'projects[0].start', ruleFact: 'projects[].start', leaf: leaf({}), fill: dateOf(target), actual: dateOf(actual), target: dateOf(target), unit: 'months', by: 1,
});

describe('changes a company can still make', () => {
  const on = feasibleOn('2021-03-15');
  it('moves a date only while both it and its new place are still ahead', () => {
    expect(on(shift('2021-06', '2021-09'))).toBe(true);
    expect(on(shift('2020-03', '2023-01'))).toBe(false); // the project has started: its start is history
    expect(on(shift('2021-06', '2020-12'))).toBe(false); // an end moved into the past
  });
  it('answers questions and reaches thresholds, but changes nothing structural', () => {
    expect(on({ kind: 'ask', fact: 'company.credit', ruleFact: 'company.credit', leaf: leaf({}), fill: 'good' })).toBe(true);
    expect(on({ kind: 'threshold', fact: 'projects[0].investment', ruleFact: 'projects[].investment', leaf: leaf({}), fill: 500_001, actual: 400_000, target: 500_001, delta: 100_001, money: true })).toBe(true);
    expect(on({ kind: 'structural', fact: 'projects[0].type', ruleFact: 'projects[].type', leaf: leaf({}), fill: 'rd', actual: 'completed', target: 'rd' })).toBe(false);
  });
});

describe("an undetermined measure's maxAmount (README: null only when unpublished or its figure is missing)", () => {
  const prepared = prepare(bundledVersions(), '2022-07-05', ['putuo-digital-transformation', 'putuo-new-infra-online-economy']) as Prepared;
  const measure = (text: string, programme: string, id: string) =>
    checkText(prepared, 'x.yaml', 'yaml', text).evaluation!.programmes.find((p) => p.version.rule.programme.id === programme)!.measures.find((m) => m.measure.id === id)!;

  it('is the amount the rule allows when it is fixed, null when the base is missing, 0 when ineligible', () => {
    const unsure = 'company: { name: A }\nprojects:\n  - { id: p1, type: digital-transformation }\n';
    const award = measure(unsure, 'putuo-new-infra-online-economy', 'breakthrough-award');
    expect(award).toMatchObject({ verdict: 'undetermined', maxAmount: 5_000_000 });
    const subsidy = measure(unsure, 'putuo-digital-transformation', 'project-subsidy');
    expect(subsidy).toMatchObject({ verdict: 'undetermined', maxAmount: null, amountSteps: [{ step: 'missing-base', fact: 'projects[0].investment' }] });
    const preapproved = measure(unsure, 'putuo-new-infra-online-economy', 'preapproved-project');
    expect(preapproved.maxAmount).toBe(preapproved.verdict === 'ineligible' ? 0 : null);
    const rd = measure('company: { name: A }\nprojects:\n  - { id: p1, type: rd }\n', 'putuo-digital-transformation', 'project-subsidy');
    expect(rd).toMatchObject({ verdict: 'ineligible', maxAmount: 0 });
  });
});

describe('what it would take, worked out by the engine with detail', () => {
  const text = readFileSync('fixtures/profiles/shulan-tax-jingan.yaml', 'utf8');
  const advice = (asOf: string, changes?: 'feasible' | 'every') => {
    const prepared = prepare(bundledVersions(), asOf, ['putuo-new-infra-online-economy']) as Prepared;
    const [p] = checkText(prepared, 'x.yaml', 'yaml', text, { detail: true, ...(changes ? { changes } : {}) }).evaluation!.programmes;
    return p!.measures.map((m) => m.toQualify);
  };
  const kinds = (takes: ReturnType<typeof advice>) => takes.flatMap((t) => t?.changes.map((c) => c.kind) ?? []);

  it('proposes only feasible changes by default, every change for explain', () => {
    expect(kinds(advice('2021-03-15'))).not.toContain('structural');
    expect(kinds(advice('2021-03-15', 'every'))).toContain('structural');
  });

  it('gives a history round no advice, whichever changes are asked for', () => {
    expect(advice('2026-12-01', 'every')).toEqual(advice('2026-12-01', 'every').map(() => null));
  });
});
