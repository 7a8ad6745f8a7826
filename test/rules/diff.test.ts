/** `rules diff` in memory: every change between the two fixture rounds, the folder plan, and the profiles that move. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeWords } from '../../src/lifecycle/render/diff-words.js';
import { diffRules } from '../../src/lifecycle/diff.js';
import { planFolders } from '../../src/lifecycle/diff-plan.js';
import { diffProfiles } from '../../src/lifecycle/diff-profiles.js';
import { loadRules, type RuleVersion } from '../../src/rules/load.js';

const DIR = 'fixtures/rules-diff/rules/jiading-smart-factory';
const load = (...names: string[]) => {
  const loaded = loadRules(names.map((n) => ({ file: join(DIR, n), text: readFileSync(join(DIR, n), 'utf8') })));
  expect(loaded.diagnostics).toEqual([]);
  return loaded.versions;
};
const [v2023, v2024] = load('2023.yaml', '2024.yaml') as [RuleVersion, RuleVersion];

describe('diffRules between the two fixture rounds', () => {
  const words = diffRules(v2023.rule, v2024.rule).map((c) => changeWords(c, 'en'));

  it('lists every change, in rule order, in words', () => {
    expect(words).toEqual([
      'programme: title "Jiading smart-factory fund (fictional), 2023 round" → "Jiading smart-factory fund (fictional), 2024 round"',
      'programme: document number 嘉经规〔2023〕9号（虚构） → 嘉经规〔2024〕3号（虚构）',
      'effective dates: from 2023-01-01 → 2024-01-01',
      'effective dates: to 2023-12-31 → open',
      'source S1: title Call for the 2023 round of the Jiading smart-factory fund (fictional) → Call for the 2024 round of the Jiading smart-factory fund (fictional)',
      'source S1: URL https://example.org/jiading/smart-factory-2023 → https://example.org/jiading/smart-factory-2024',
      'source S1: date 2023-03-01 → 2024-03-01',
      'window application: opens 2023-05-01 → 2024-05-06',
      'window application: closes 2023-05-31 → 2024-06-14',
      'period project-period: from 2022-01 → 2023-01',
      'period project-period: to 2023-06 → 2024-06',
      'period project-period: wording "Project period 2022-01 to 2023-06" → "Project period 2023-01 to 2024-06"',
      'fact company.independent_legal_person: added',
      'fact company.tech_enterprise: added',
      'gate: condition "Independent legal person": added',
      'measure pilot-award: removed',
      'measure talent-grant: added',
      'measure equipment-subsidy: condition "Investment at least the threshold": required value 2,000,000 → 1,000,000 (−1,000,000)',
      'measure equipment-subsidy: condition "Project finished or in trial operation": required value [completed, accepted] → [completed, accepted, trial-operation]',
      'measure equipment-subsidy: condition "Project finished or in trial operation": wording "Project finished" → "Project finished or in trial operation"',
      'measure equipment-subsidy: amount: rate 20% → 25%',
      'measure equipment-subsidy: amount: cap 3,000,000 → 4,000,000 (+1,000,000)',
      'stacking: company cap 5,000,000 → 6,000,000 (+1,000,000)',
    ]);
  });

  it('says it in Chinese too', () => {
    const zh = diffRules(v2023.rule, v2024.rule).map((c) => changeWords(c, 'zh'));
    expect(zh).toContain('措施 equipment-subsidy：金额：上限 3,000,000 → 4,000,000 (+1,000,000)');
    expect(zh).toContain('措施 pilot-award：删除');
  });

  it('finds no change between a version and itself', () => {
    expect(diffRules(v2023.rule, v2023.rule)).toEqual([]);
  });

  it('reports a change in how conditions combine, not as leaves added and removed', () => {
    const gate = v2023.rule.gate as { all: unknown[] };
    const swapped = { ...v2023.rule, gate: { any: gate.all } } as typeof v2023.rule;
    expect(diffRules(v2023.rule, swapped).map((c) => changeWords(c, 'en'))).toEqual(['gate: how the conditions combine changed']);
  });
});

describe('planFolders', () => {
  const edited = { ...v2023, sha256: 'f'.repeat(64) };

  it('compares the latest of each side and lists versions on one side only', () => {
    const plan = planFolders([v2023], [v2023, v2024]);
    expect(plan.pairs.map((p) => [p.from.rule.programme.version, p.to.rule.programme.version])).toEqual([['2023', '2024']]);
    expect(plan.added.map((v) => v.rule.programme.version)).toEqual(['2024']);
    expect(plan.removed).toEqual([]);
  });

  it('compares a released version edited in place', () => {
    const plan = planFolders([v2023, v2024], [edited, v2024]);
    expect(plan.pairs.map((p) => [p.from.sha256 === v2023.sha256, p.to.sha256])).toEqual([[true, 'f'.repeat(64)]]);
  });

  it('has nothing to compare for identical folders', () => {
    expect(planFolders([v2023, v2024], [v2023, v2024])).toEqual({ pairs: [], added: [], removed: [] });
  });
});

describe('diffProfiles', () => {
  const dir = 'fixtures/rules-diff/profiles';
  const profiles = readdirSync(dir)
    .sort()
    .map((f) => ({ file: f, format: 'yaml' as const, text: readFileSync(join(dir, f), 'utf8') }));
  const result = diffProfiles([{ from: v2023, to: v2024 }], profiles, '2024-05-10');

  it('lists the profiles whose results change, with the amounts before and after', () => {
    expect(result.compared).toBe(4);
    expect(result.invalid).toEqual([]);
    expect(result.changes.map((c) => [c.file, c.maxTotal])).toEqual([
      ['higher-rate.yaml', { from: 2_000_000, to: 2_500_000 }],
      ['lower-threshold.yaml', { from: 0, to: 375_000 }],
      ['measures-swapped.yaml', { from: 500_000, to: 200_000 }],
    ]);
  });

  it('names each measure that moves, and treats a measure a version lacks like an ineligible one', () => {
    const swapped = result.changes.find((c) => c.file === 'measures-swapped.yaml')!;
    expect(swapped.measures).toEqual([
      { measure: 'pilot-award', project: 'p1', from: { verdict: 'eligible', maxAmount: 500_000 }, to: null },
      { measure: 'talent-grant', project: null, from: null, to: { verdict: 'eligible', maxAmount: 200_000 } },
    ]);
    const lower = result.changes.find((c) => c.file === 'lower-threshold.yaml')!;
    expect(lower.measures.map((m) => m.measure)).toEqual(['equipment-subsidy']);
  });
});
