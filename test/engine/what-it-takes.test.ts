import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextsFor, decideMeasure } from '../../src/engine/judge.js';
import { byUnlocks, whatItTakes, NEW_PROJECT, type Change } from '../../src/engine/what-it-takes.js';
import { loadRules } from '../../src/rules/load.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { bundledVersions } from '../helpers.js';

const versions = bundledVersions();

function evaluated(text: string, asOf: string, programme: string, format: 'yaml' | 'json' = 'yaml', rules = versions) {
  const prepared = prepare(rules, asOf, [programme]) as Prepared;
  const outcome = checkText(prepared, 'x', format, text, { detail: true });
  if (!outcome.read.profile || !outcome.evaluation) throw new Error(JSON.stringify(outcome.read.diagnostics));
  return { compiled: prepared.compiled[0]!, profile: outcome.read.profile, result: outcome.evaluation.programmes[0]! };
}

function takes(file: string, asOf: string, programme: string, measure: string, project: string | null = 'p1') {
  const e = evaluated(readFileSync(file, 'utf8'), asOf, programme, file.endsWith('.json') ? 'json' : 'yaml');
  const result = e.result.measures.find((m) => m.measure.id === measure && (m.project?.id ?? null) === project)!;
  return { result, takes: whatItTakes(e.compiled, e.profile, result) };
}

/** The parts of a change a person reads, without the leaf and the verification value. */
const plain = (changes: Change[]) => changes.map(({ leaf: _leaf, fill: _fill, ...rest }) => rest);

describe('what it would take', () => {
  it('names a missing fact and a failed threshold together, with the question and the exact delta', () => {
    const { result, takes: t } = takes(
      'fixtures/profiles/mingde-missing-credit.yaml',
      '2022-07-05',
      'putuo-digital-transformation',
      'project-subsidy',
    );
    expect(result.verdict).toBe('ineligible');
    expect(t!.status).toBe('small');
    expect(plain(t!.changes)).toEqual([
      { kind: 'ask', fact: 'company.credit', ruleFact: 'company.credit' },
      {
        kind: 'threshold',
        fact: 'projects[0].investment',
        ruleFact: 'projects[].investment',
        actual: 400_000,
        target: 500_001,
        delta: 100_001,
        money: true,
      },
    ]);
    // The change moves the amount's base: what 500,001 would give is an artefact of the smallest step,
    // so the amount is what it depends on and the most it can reach.
    expect(t).toMatchObject({ unlocks: null, upTo: 2_000_000, dependsOn: 'projects[0].investment', blockers: [] });
  });

  it('never ranks by "+1 unlocks 1": a moved base ranks by the cap it can reach', () => {
    const e = evaluated(readFileSync('fixtures/profiles/mingde-missing-credit.yaml', 'utf8'), '2022-07-05', 'putuo-digital-transformation');
    const ranked = e.result.measures.map((m) => ({ id: m.measure.id, ...whatItTakes(e.compiled, e.profile, m)! })).sort(byUnlocks);
    expect(ranked.map((r) => [r.id, r.unlocks, r.upTo])).toEqual([
      ['project-subsidy', null, 2_000_000],
      ['municipal-match', null, 2_000_000],
    ]);
    expect(ranked[1]!.dependsOn).toBe('projects[0].municipal_funding');
    expect(plain(ranked[1]!.changes).at(-1)).toMatchObject({
      kind: 'threshold',
      fact: 'projects[0].municipal_funding',
      actual: 0,
      target: 1,
      delta: 1,
    });
  });

  it('puts unknown amounts after known ones and blocked measures last', () => {
    const rows = [
      { status: 'blocked', unlocks: null, upTo: null },
      { status: 'small', unlocks: null, upTo: null },
      { status: 'small', unlocks: 5, upTo: 5 },
      { status: 'structural', unlocks: 9, upTo: 9 },
    ] as const;
    expect([...rows].sort(byUnlocks).map((r) => r.unlocks ?? r.status)).toEqual([9, 5, 'small', 'blocked']);
  });

  it('names a registration district as structural, not as a small change', () => {
    const { takes: t } = takes(
      'fixtures/profiles/shulan-tax-jingan.yaml',
      '2021-03-15',
      'putuo-new-infra-online-economy',
      'preapproved-project',
    );
    expect(t!.status).toBe('structural');
    expect(plain(t!.changes)).toEqual([
      { kind: 'structural', fact: 'company.tax_district', ruleFact: 'company.tax_district', actual: 'jingan', target: 'putuo' },
    ]);
    expect(t!.unlocks).toBeNull(); // eligible then, but the amount is unpublished
  });

  it('shifts a project start into the period, in whole months for a month date', () => {
    const { takes: t } = takes(
      'fixtures/profiles/zhiheng-completed-2019.yaml',
      '2021-03-15',
      'putuo-new-infra-online-economy',
      'post-support',
    );
    expect(t!.status).toBe('small');
    expect(t!.changes).toHaveLength(1);
    expect(t!.changes[0]).toMatchObject({
      kind: 'shift',
      fact: 'projects[0].start',
      unit: 'months',
      by: 7,
      actual: { text: '2019-06' },
      target: { text: '2020-01' },
    });
    const partial = takes('fixtures/profiles/yunling-data.json', '2021-03-15', 'putuo-new-infra-online-economy', 'preapproved-project')
      .takes!;
    expect(partial.changes[0]).toMatchObject({ kind: 'shift', fact: 'projects[0].start', unit: 'months', by: 4 });
  });

  it('shifts a day date by days, and an end earlier', () => {
    // The 2020 execution period 2020-01..2021-12 (the 2022 project period has a municipal-funding exemption, a cheaper way out).
    const text = readFileSync('fixtures/profiles/zhiyuan-ai.yaml', 'utf8')
      .replace('end: 2021-06', 'end: 2022-01-15')
      .replace('start: 2020-03', 'start: 2019-12-20');
    const e = evaluated(text, '2021-03-15', 'putuo-new-infra-online-economy');
    const t = whatItTakes(e.compiled, e.profile, e.result.measures.find((m) => m.measure.id === 'preapproved-project')!)!;
    expect(plain(t.changes).map((c) => ('by' in c ? [c.fact, c.unit, c.by] : c))).toEqual([
      ['projects[0].start', 'days', 12],
      ['projects[0].end', 'days', -15],
    ]);
    expect(t.unlocks).toBeNull(); // eligible then, but the amount is unpublished
  });

  it('leaves a field outside an open list to a reviewer', () => {
    const { result, takes: t } = takes(
      'fixtures/profiles/lianshi-blockchain.yaml',
      '2021-03-15',
      'putuo-new-infra-online-economy',
      'breakthrough-award',
    );
    expect(result.verdict).toBe('undetermined');
    expect(plain(t!.changes)).toEqual([{ kind: 'review', fact: 'company.fields', ruleFact: 'company.fields', actual: ['区块链'] }]);
    expect(t).toMatchObject({ status: 'small', unlocks: 5_000_000 });
  });

  it('asks every missing fact of a half-filled profile and proposes a project when there is none', () => {
    const { takes: t } = takes(
      'fixtures/profiles/qinghe-half-filled.yaml',
      '2021-03-15',
      'putuo-new-infra-online-economy',
      'breakthrough-award',
    );
    expect(t!.changes.map((c) => `${c.kind} ${c.fact}`)).toEqual([
      'ask company.tax_district',
      'ask company.independent_legal_person',
      'ask company.credit',
      'ask company.tech_enterprise',
      'ask company.features',
      'ask projects[0].breakthrough',
    ]);
    const bare = evaluated(
      'company:\n  name: A\n  business_district: putuo\n  tax_district: putuo\n  independent_legal_person: true\n  credit: good\n  operating_status: normal\n',
      '2022-07-05',
      'putuo-digital-transformation',
    );
    const none = whatItTakes(bare.compiled, bare.profile, bare.result.measures[0]!)!;
    expect(none.changes.map((c) => `${c.kind} ${c.fact}`)).toEqual([
      'add-project projects',
      'ask projects[0].type',
      'ask projects[0].investment',
      'ask projects[0].joint_application',
      // Municipal funding exempts the project from the period, stage and non-government conditions (S5): one question instead of five.
      'ask projects[0].municipal_funding',
    ]);
    expect(NEW_PROJECT).toBe('new-project');
    // The investment is the amount's base and still to be answered: no amount yet, up to the cap.
    expect(none).toMatchObject({ status: 'small', unlocks: null, upTo: 2_000_000 });
  });

  it('says when nothing can unlock a measure: a rule that is not published', () => {
    const text = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8').replace(
      /gate:\n( {2}[^\n]*\n)+/,
      (gate) =>
        `gate:\n  all:\n    - { label: { zh: 由指南决定, en: The guide decides }, cite: S1, evidence: unknown }\n    -${gate.slice('gate:\n'.length).replace(/^ {2}/gm, '      ').slice(5)}`,
    );
    const loaded = loadRules([{ file: 'tiny/1.yaml', text }]);
    expect(loaded.diagnostics).toEqual([]);
    const e = evaluated('company:\n  name: A\n  credit: poor\n', '2024-01-01', 'tiny', 'yaml', loaded.versions);
    const t = whatItTakes(e.compiled, e.profile, e.result.measures[0]!)!;
    expect(t.status).toBe('blocked');
    expect(t.changes).toEqual([]);
    expect(t.blockers.map((b) => b.label.en)).toEqual(['The guide decides']);
  });

  it('returns nothing for an eligible measure and never changes the profile it is given', () => {
    const e = evaluated(readFileSync('fixtures/profiles/mingde-missing-credit.yaml', 'utf8'), '2022-07-05', 'putuo-digital-transformation');
    const before = JSON.stringify(e.profile);
    for (const m of e.result.measures) whatItTakes(e.compiled, e.profile, m);
    expect(JSON.stringify(e.profile)).toBe(before);
    const ok = takes('fixtures/profiles/huaxin-logistics.yaml', '2022-07-05', 'putuo-digital-transformation', 'project-subsidy');
    expect(ok.takes).toBeNull();
  });

  it('checks a change with the same verdict and amount as the full evaluation', () => {
    const files = readdirSync('fixtures/profiles').filter((f) => !f.startsWith('invalid'));
    let compared = 0;
    for (const file of files) {
      for (const programme of ['putuo-digital-transformation', 'putuo-new-infra-online-economy', 'putuo-smart-software']) {
        const e = evaluated(
          readFileSync(join('fixtures/profiles', file), 'utf8'),
          '2023-04-10',
          programme,
          file.endsWith('.json') ? 'json' : 'yaml',
        );
        for (const m of e.result.measures) {
          const compiled = e.compiled.measures.find((c) => c.measure.id === m.measure.id)!;
          const ctx = contextsFor(compiled, e.profile).find((c) => c.project === m.project)!;
          expect(decideMeasure(e.compiled, compiled, ctx), `${file} ${m.measure.id}`).toEqual({
            verdict: m.verdict,
            maxAmount: m.maxAmount,
          });
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(80);
  });
});
