/** The rule lifecycle as a user runs it: rules list|show|lint|test|diff, schema, check --rules-version. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRulesLint } from '../../src/commands/rules-lint.js';
import { runRulesList } from '../../src/commands/rules-list.js';
import { runRulesShow } from '../../src/commands/rules-show.js';
import { runRulesTest } from '../../src/commands/rules-test.js';
import { today } from '../../src/io/clock.js';
import type { Lang } from '../../src/text/lang.js';
import { BUNDLED_RULES } from '../../src/io/rules.js';
import { CompactReport as Report } from '../../src/contracts/report.js';
import type { LintFormat, ListFormat, TestFormat } from '../../src/lifecycle/render/format-names.js';
import { inProcess, type InProcessRun } from '../in-process.js';
import { cli } from './run.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A scratch copy of a rules folder, to break or edit without touching the repository. */
function copyOf(dir: string): string {
  const to = join(scratch('subsidy-rules-'), 'rules');
  cpSync(dir, to, { recursive: true });
  return to;
}

function edit(file: string, from: string, to: string): string {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  const edited = text.replace(from, to);
  writeFileSync(file, edited);
  return edited;
}

/** Commands in this process: they read the rule folders from disk, as the CLI would. */
const lint = (rules: string, asOf: string, format: LintFormat = 'table') =>
  inProcess((io) => runRulesLint({ rules, asOf, format, lang: 'en' }, io));
const list = (asOf: string, format: ListFormat, lang: Lang) =>
  inProcess((io) => runRulesList({ rules: BUNDLED_RULES, asOf, format, lang }, io));
const show = (target: string, measure?: string, lang: Lang = 'en') =>
  inProcess((io) => runRulesShow({ rules: BUNDLED_RULES, target, measure, asOf: today(), lang }, io));
const rulesTest = (rules: string, format: TestFormat = 'table', minCoverage?: number) =>
  inProcess((io) => runRulesTest({ rules, format, lang: 'en', minCoverage }, io));

describe('rules test over the bundled rules (part of npm test)', () => {
  let run: InProcessRun;
  beforeAll(async () => {
    run = await rulesTest(BUNDLED_RULES, 'table', 90);
  });

  it('passes every golden case with at least 90% of condition leaves driven both ways', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+ case\(s\): (\d+) passed, 0 failed/);
    const [, both, total] = /condition leaves driven both true and false (\d+)\/(\d+)/.exec(run.stdout)!;
    expect(Number(both) / Number(total)).toBeGreaterThanOrEqual(0.9);
    expect(run.stdout).toContain('Minimum coverage 90%: met');
  });

  // The JSON and JUnit renderings of this run are in the golden corpus (test/golden-corpus, rules-test).
});

describe('rules test on an edited expectation', () => {
  let file: string;
  let text: string;
  let dir: string;
  let run: InProcessRun;
  beforeAll(async () => {
    dir = copyOf('rules');
    file = join(dir, 'putuo-digital-transformation', 'tests', 'amounts.yaml');
    text = edit(
      file,
      '{ id: project-subsidy, project: p1, verdict: eligible, maxAmount: 900000 }',
      '{ id: project-subsidy, project: p1, verdict: eligible, maxAmount: 950000 }',
    );
    run = await rulesTest(dir);
  });

  it('fails with exit 1 and a readable diff naming the case, its line, and expected against actual', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ ${file}:${lineOf(text, '30% of 3,000,000 is 900,000') - 0}`.replace(/:\d+$/, ':'));
    expect(run.stdout).toContain('30% of 3,000,000 is 900,000, below the cap');
    expect(run.stdout).toMatch(/project-subsidy@p1 maxAmount\n\s+expected: 950000\n\s+actual:\s+900000\n\s+difference: -50000/);
    expect(run.stdout).toMatch(/\d+ case\(s\): \d+ passed, [1-9]\d* failed/);
  });

  it('fails the JUnit report the same way', async () => {
    const xml = (await rulesTest(dir, 'junit')).stdout;
    expect(xml).toMatch(/<failure message="\d+ mismatch\(es\)">[^<]*maxAmount/);
  });

  it('fails when coverage is below --min-coverage, even with every case passing (through the CLI: exit 1)', async () => {
    const run = await cliIn(['rules', 'test', 'fixtures/rules-diff/rules', '--min-coverage', '50']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Minimum coverage 50%: NOT met');
  });
});

describe('rules lint', () => {
  it('passes the bundled rules: no errors, only the expected warnings', async () => {
    const run = await lint(BUNDLED_RULES, '2024-01-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 rule file(s) checked as of 2024-01-01: 0 error(s)');
    const codes = [...run.stdout.matchAll(/ warning (\S+) /g)].map((m) => m[1]);
    expect(new Set(codes)).toEqual(new Set(['lint/windows-closed', 'lint/cap-scope']));
  });

  it('names file:line:column for each fault injected in a broken copy, and exits 2', async () => {
    const dir = copyOf('rules');
    const dt = join(dir, 'putuo-digital-transformation', '2022.yaml');
    const ss = join(dir, 'putuo-smart-software', '2023.yaml');
    const ni = join(dir, 'putuo-new-infra-online-economy', '2020.yaml');
    let dtText = edit(
      dt,
      'facts:\n',
      'facts:\n  company.employees:\n    type: number\n    label: { zh: 员工人数, en: Employees }\n    question: { zh: 员工多少人？, en: How many employees? }\n',
    );
    dtText = edit(dt, 'label: { zh: 项目状态, en: Project status }', 'label: { zh: Project status, en: Project status }');
    const ssText = edit(ss, '    opens: "2023-04-03"', '    opens: "2021-01-04"');
    // A value with unknown evidence: refused by the schema itself, so the file cannot load (rules/schema).
    const niText = edit(
      ni,
      '      kind: fixed\n      value: 5000000\n      capScope: company\n      cite: S2\n      evidence: reported',
      '      kind: fixed\n      value: 5000000\n      capScope: company\n      cite: S2\n      evidence: unknown',
    );
    const run = await cliIn(['rules', 'lint', dir, '--as-of', '2022-07-05']);
    expect(run.code).toBe(2);
    const at = (file: string, text: string, needle: string, code: string) =>
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:${lineOf(text, needle)}:\\d+ (error|warning) ${code} `, 'm');
    expect(run.stdout).toMatch(at(dt, dtText, 'company.employees:', 'lint/unused-fact'));
    expect(run.stdout).toMatch(at(dt, dtText, 'label: { zh: Project status, en: Project status }', 'lint/translation'));
    expect(run.stdout).toMatch(at(ss, ssText, 'opens: "2021-01-04"', 'lint/window-outside-effective'));
    const evidenceLine = lineOf(niText, '      value: 5000000') + 3;
    expect(niText.split('\n')[evidenceLine - 1]).toBe('      evidence: unknown');
    expect(run.stdout).toMatch(new RegExp(`^${ni.replace(/[.\\]/g, '\\$&')}:${evidenceLine}:\\d+ error rules/schema `, 'm'));
    expect(run.stdout).toMatch(/: 2 error\(s\), \d+ warning\(s\)\n$/);
  });

  it('reports a schema error with its position, and JSON on request', async () => {
    const dir = copyOf('fixtures/user-rules');
    const file = join(dir, 'qingshui-startup', '2025.yaml');
    const text = edit(file, '      perUnit: 60\n', '      perUnit: 60\n      perUnitt: 60\n');
    const run = await lint(dir, today(), 'json');
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.diagnostics.map((d: { code: string; line: number; file: string }) => [d.code, d.line, d.file])).toEqual([
      ['rules/schema', lineOf(text, 'perUnitt'), file],
    ]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0 });
  });
});

describe('rules list', () => {
  it('lists every version with its dates, windows, evidence and sha256, in text and JSON', async () => {
    const text = await list('2022-07-05', 'table', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('putuo-digital-transformation@2022  in-force  普科委规范〔2021〕1号  ← answers for the as-of date');
    expect(text.stdout).toContain('conditions: 0 stated · 15 reported · 0 inferred · 0 unknown');
    const json = JSON.parse((await list(today(), 'json', 'zh')).stdout);
    expect(json.schema).toBe('subsidy-check/rules-list@1');
    expect(json.programmes.map((p: { programme: string; version: string }) => `${p.programme}@${p.version}`)).toEqual([
      'putuo-digital-transformation@2022',
      'putuo-new-infra-online-economy@2020',
      'putuo-smart-software@2023',
    ]);
    const infra = json.programmes[1];
    expect(infra).toMatchObject({
      status: 'trial',
      effective: { from: '2020-11-14', to: null },
      supersededBy: ['putuo-smart-software@2023'],
      measures: 3,
    });
    expect(infra.evidence.amounts).toEqual({ stated: 0, reported: 1, inferred: 0, unknown: 2 });
    expect(infra.title).toContain('普陀区支持新基建');
    const report = Report.parse(
      JSON.parse((await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--as-of', '2021-03-15', '--format', 'json'])).stdout),
    );
    expect(report.rules.find((r) => r.programme === 'putuo-new-infra-online-economy')!.sha256).toBe(infra.sha256);
  });
});

describe('rules show', () => {
  it('renders a measure with its gate, conditions as sentences, the amount with its cap, and the sources', async () => {
    const run = await show('putuo-digital-transformation', 'project-subsidy');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Putuo implementation opinions supporting digital transformation, 2022 round');
    expect(run.stdout).toContain(
      '- A single digital-transformation project investing above CNY 500,000 — projects[].investment is above CNY 500,000 [S5, reported]',
    );
    expect(run.stdout).toContain(
      'Amount: up to 30% of projects[].investment, at most CNY 2,000,000 (per project), rounded down to the yuan [S5, reported]',
    );
    expect(run.stdout).toContain('- S5: Consultancy repost (jiyu-ip.com, index.php/Index/signle/id/275) of the 2022 round');
    expect(run.stdout).not.toContain('District matching of a municipally funded');
  });

  it('speaks Chinese, and nests any/all', async () => {
    const run = await show('putuo-new-infra-online-economy@2020', 'post-support', 'zh');
    expect(run.stdout).toContain('金额：未公布 [S1, 未知]');
    expect(run.stdout).toMatch(/- 满足其一：\n {2}- 项目周期在 2020年1月至2020年12月内/);
    expect(run.stdout).toContain('来源');
  });

  it('names what does not exist', async () => {
    const programme = await cliIn(['rules', 'show', 'putuo-nowhere']);
    expect(programme.code).toBe(2);
    expect(programme.stderr).toContain('rules/unknown-programme');
    const version = await show('putuo-smart-software@2099');
    expect(version.stderr).toContain('rules/unknown-version programme putuo-smart-software has no version "2099" (known: 2023)');
    const measure = await show('putuo-smart-software', 'nothing');
    expect(measure.code).toBe(2);
    expect(measure.stderr).toContain('rules/unknown-measure');
  });
});

describe('rules diff between two versions of a fixture programme', () => {
  const args = ['rules', 'diff', 'jiading-smart-factory@2023', 'jiading-smart-factory@2024', '--rules', 'fixtures/rules-diff/rules'];

  it('lists every change in words and the profiles whose results move, by how much', async () => {
    const run = await cliIn([...args, '--profiles', 'fixtures/rules-diff/profiles', '--as-of', '2024-05-10']);
    expect(run.code).toBe(0);
    for (const line of [
      '  - window application: opens 2023-05-01 → 2024-05-06',
      '  - period project-period: to 2023-06 → 2024-06',
      '  - gate: condition "Independent legal person": added',
      '  - measure pilot-award: removed',
      '  - measure talent-grant: added',
      '  - measure equipment-subsidy: condition "Investment at least the threshold": required value 2,000,000 → 1,000,000 (−1,000,000)',
      '  - measure equipment-subsidy: amount: rate 20% → 25%',
      '  - measure equipment-subsidy: amount: cap 3,000,000 → 4,000,000 (+1,000,000)',
      '  - stacking: company cap 5,000,000 → 6,000,000 (+1,000,000)',
      'Profiles: 4 compared, 3 with changed results',
      '    equipment-subsidy p1: ineligible → eligible (up to 375,000) (+375,000)',
      '    equipment-subsidy p1: eligible (up to 2,000,000) → eligible (up to 2,500,000) (+500,000)',
      '    pilot-award p1: eligible (up to 500,000) → no such measure',
      '    programme total: 500,000 → 200,000 (−300,000)',
      '23 change(s)',
    ]) {
      expect(run.stdout).toContain(line);
    }
    expect(run.stdout).not.toContain('unchanged.yaml');
  });

  it('exits 1 with --fail-on-change, 0 when nothing changed', async () => {
    expect(cli([...args, '--fail-on-change']).code).toBe(1);
    const same = await cliIn([
      'rules',
      'diff',
      'jiading-smart-factory@2023',
      'jiading-smart-factory@2023',
      '--rules',
      'fixtures/rules-diff/rules',
      '--fail-on-change',
    ]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('no change in the rules');
  });

  it('compares two files, and two folders (a version added, a released file edited)', async () => {
    const files = await cliIn([
      'rules',
      'diff',
      'fixtures/rules-diff/rules/jiading-smart-factory/2023.yaml',
      'fixtures/rules-diff/rules/jiading-smart-factory/2024.yaml',
      '--format',
      'json',
    ]);
    expect(JSON.parse(files.stdout).pairs[0].changes).toHaveLength(23);
    const before = copyOf('fixtures/rules-diff/rules');
    const after = copyOf('fixtures/rules-diff/rules');
    writeFileSync(join(before, 'jiading-smart-factory', '2024.yaml'), '');
    cpSync(join(after, 'jiading-smart-factory', '2024.yaml'), join(before, 'jiading-smart-factory', '2024.yaml'));
    const old = readFileSync(join(before, 'jiading-smart-factory', '2024.yaml'), 'utf8');
    writeFileSync(join(before, 'jiading-smart-factory', '2024.yaml'), old.replace('value: 200000', 'value: 150000'));
    const folders = await cliIn(['rules', 'diff', before, after, '--fail-on-change']);
    expect(folders.code).toBe(1);
    expect(folders.stdout).toContain('measure talent-grant: amount: value 150,000 → 200,000 (+50,000)');
  });

  it('names an argument that is neither a version nor a path, and a version the rules lack', async () => {
    const neither = await cliIn(['rules', 'diff', 'jiading-smart-factory@2023', 'no-such-folder', '--rules', 'fixtures/rules-diff/rules']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe(
      'no-such-folder error rules/diff-input "no-such-folder" is neither a rule file, a rules folder nor programme@version in --rules\n',
    );
    const run = await cliIn([
      'rules',
      'diff',
      'jiading-smart-factory@2023',
      'jiading-smart-factory@2030',
      '--rules',
      'fixtures/rules-diff/rules',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules/unknown-version');
  });
});

describe('schema', () => {
  it('prints the rule-file schema, the one committed in docs/', () => {
    const run = cli(['schema', '--rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync('docs/rules.schema.json', 'utf8'));
  });

  it('prints the profile schema, widened by the facts of --facts-from', async () => {
    const bundled = JSON.parse((await cliIn(['schema'])).stdout);
    expect(bundled.$id).toBe('subsidy-check/profile@1');
    expect(bundled.properties.company.required).toEqual(['name']);
    expect(bundled.properties.company.properties.office_area).toBeUndefined();
    const user = JSON.parse((await cliIn(['schema', '--facts-from', 'fixtures/user-rules'])).stdout);
    expect(user.properties.company.properties.office_area.title).toBe('Office area (m²) / 办公面积（平方米）');
  });
});

describe('check --rules-version', () => {
  it('pins a version whatever the as-of date', async () => {
    const unpinned = JSON.parse(
      (await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--as-of', '2019-06-01', '--format', 'json'])).stdout,
    );
    expect(unpinned.rules.map((r: { programme: string }) => r.programme)).not.toContain('putuo-new-infra-online-economy');
    const run = await cliIn([
      'check',
      'fixtures/profiles/zhiyuan-ai.yaml',
      '--as-of',
      '2019-06-01',
      '--format',
      'json',
      '--rules-version',
      'putuo-new-infra-online-economy@2020',
    ]);
    expect(run.code).toBe(0);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.rules.find((r) => r.programme === 'putuo-new-infra-online-economy')?.version).toBe('2020');
    const programme = report.results[0]!.programmes.find((p) => p.id === 'putuo-new-infra-online-economy')!;
    expect(programme.window.state).toBe('upcoming');
    expect(programme.measures.find((m) => m.id === 'breakthrough-award')).toMatchObject({ verdict: 'eligible', maxAmount: 5_000_000 });
  });

  it('refuses an unknown version (exit 2) and a malformed pin (usage, exit 2)', async () => {
    const unknown = await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--rules-version', 'putuo-smart-software@1999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('rules/unknown-version');
    const malformed = await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--rules-version', 'putuo-smart-software']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('expected programme@version');
  });
});

describe("a user's own rules folder (fixtures/user-rules, written from docs/rules-format.md)", () => {
  it('lints clean, passes its golden cases with every leaf driven both ways', async () => {
    const linted = await lint('fixtures/user-rules', '2025-04-10');
    expect(linted.stdout).toBe('1 rule file(s) checked as of 2025-04-10: 0 error(s), 0 warning(s)\n');
    expect(linted.code).toBe(0);
    const test = await rulesTest('fixtures/user-rules', 'table', 100);
    expect(test.code).toBe(0);
    expect(test.stdout).toContain('5 case(s): 5 passed, 0 failed');
  });

  it('answers check: per-unit rent capped per company, an employee tier, a stacking group, a company cap', async () => {
    const run = await cliIn([
      'check',
      'fixtures/user-rules/qingshui-startup/tests/profiles/xingyun.yaml',
      '--rules',
      'fixtures/user-rules',
      '--as-of',
      '2025-04-10',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('profile/unknown-district');
    const programme = Report.parse(JSON.parse(run.stdout)).results[0]!.programmes[0]!;
    expect(programme.measures.map((m) => [m.id, m.verdict, m.maxAmount])).toEqual([
      ['rent-subsidy', 'eligible', 48_000],
      ['hiring-award', 'eligible', 120_000],
      ['incubator-bonus', 'ineligible', 0],
    ]);
    expect(programme.maxTotal).toBe(168_000);
    expect(programme.window.state).toBe('open');
  });
});

describe('the worked example of docs/rules-format.md, copied as a reader would', () => {
  let root: string;
  beforeAll(() => {
    const doc = readFileSync('docs/rules-format.md', 'utf8');
    const [rule, profile, , cases] = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    root = scratch('subsidy-doc-');
    const programme = join(root, 'my-rules', 'lanting-green-factory');
    mkdirSync(join(programme, 'tests', 'profiles'), { recursive: true });
    writeFileSync(join(programme, '2025.yaml'), rule!);
    writeFileSync(join(programme, 'tests', 'cases.yaml'), cases!);
    writeFileSync(join(programme, 'tests', 'profiles', 'acme.yaml'), profile!);
    writeFileSync(join(root, 'acme.yaml'), profile!);
  });

  it('lints without errors and passes its own golden cases', async () => {
    const lint = await cliIn(['rules', 'lint', join(root, 'my-rules'), '--as-of', '2025-06-10']);
    expect(lint.stdout).toMatch(/0 error\(s\)/);
    expect(lint.code).toBe(0);
    const test = await cliIn(['rules', 'test', join(root, 'my-rules')]);
    expect(test.stdout).toContain('2 case(s): 2 passed, 0 failed');
    expect(test.code).toBe(0);
  });

  it('gives the answer the document promises', async () => {
    const run = await cliIn([
      'check',
      join(root, 'acme.yaml'),
      '--rules',
      join(root, 'my-rules'),
      '--as-of',
      '2025-06-10',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('profile/unknown-district');
    const programme = Report.parse(JSON.parse(run.stdout)).results[0]!.programmes[0]!;
    expect(programme.measures.map((m) => [m.id, m.verdict, m.maxAmount])).toEqual([
      ['upgrade-subsidy', 'eligible', 600_000],
      ['certificate-award', 'eligible', 200_000],
    ]);
  });
});
