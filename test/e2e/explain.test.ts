import { beforeAll, describe, expect, it } from 'vitest';
import { Explanation, type ConditionNode } from '../../src/contracts/explain.js';
import { cli, type Run } from './run.js';
import { cliIn } from '../cli-in-process.js';
import { inProcess } from '../in-process.js';
import { runExplain } from '../../src/commands/explain.js';
import { BUNDLED_RULES } from '../../src/io/rules.js';

const MINGDE = 'fixtures/profiles/mingde-missing-credit.yaml';
const DT = ['--as-of', '2022-07-05', '--programme', 'putuo-digital-transformation'];

describe('explain, table: a missing fact and a failed threshold', () => {
  let run: Run;
  beforeAll(() => {
    run = cli(['explain', MINGDE, ...DT]);
  });

  it('names both, with the question to ask and the exact delta', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain("• ask: Is the company's credit record good? (company.credit; required: = good)");
    expect(run.stdout).toContain('• Project investment 400,000 is not above 500,000: +100,001 (to 500,001)');
    expect(run.stdout).toContain('What it would take (up to 2,000,000, depending on projects[0].investment):');
  });

  it('ranks the measures by what they would unlock', () => {
    const ranking = run.stdout.slice(run.stdout.indexOf('What it would take, ranked by what it would unlock:')).split('\n');
    expect(ranking[1]).toMatch(
      /^ {2}1\. putuo-digital-transformation \/ project-subsidy \(p1\): ask company\.credit; projects\[0\]\.investment \+100,001 → up to 2,000,000, depending on projects\[0\]\.investment/,
    );
    expect(ranking[2]).toMatch(
      /^ {2}2\. putuo-digital-transformation \/ municipal-match \(p1\): .*projects\[0\]\.municipal_funding \+1 → up to 2,000,000, depending on projects\[0\]\.municipal_funding/,
    );
  });

  it('shows the condition tree with a mark, the value, the requirement and the citation per leaf', () => {
    expect(run.stdout).toContain('? all of — applicant gate (every measure):');
    expect(run.stdout).toContain('  ? Good credit record: missing company.credit — required = good [S5, reported]');
    expect(run.stdout).toContain(
      '  ✗ A single digital-transformation project investing above CNY 500,000: 400,000 — required > 500,000 [S5, reported]',
    );
    expect(run.stdout).toContain('S5  Consultancy repost (jiyu-ip.com, index.php/Index/signle/id/275) of the 2022 round');
  });
});

describe('explain, table: structure, amounts and stacking', () => {
  it('keeps any/all nesting, with assumptions and an unpublished rule that nothing can satisfy', async () => {
    const r = await cliIn(['explain', 'fixtures/profiles/zhiheng-completed-2019.yaml', 'post-support', '--as-of', '2021-03-15']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const any = lines.findIndex((l) => l.endsWith('? any of:'));
    expect(lines[any - 1]).toMatch(/^ {9}✓ Completed work: completed — required = completed \[S1, stated\]$/);
    expect(lines[any + 1]).toMatch(
      /^ {11}✗ Project period \(项目周期\) lies within 2020-01 to 2020-12 .*: 2019-06 – 2020-09 — required within 2020-01\.\.2020-12 \[S1, stated; assumes whole-months\]$/,
    );
    expect(lines[any + 2]).toMatch(/^ {11}\? all of:$/);
    expect(lines[any + 4]).toMatch(
      /^ {13}\? Whether this project's category uses the two-year project period .*: not published \[S1, unknown\]$/,
    );
    expect(r.stdout).toContain(
      '• Project start 2019-06 → 2020-01: 7 months later, into Project period (项目周期) of one-off post-support, 2020-01 to 2020-12',
    );
    expect(r.stdout).toMatch(
      /whole-months: The guideline gives its periods to the month.* \(used by preapproved-project \(p1\), post-support \(p1\), breakthrough-award \(p1\)\)/,
    );
  });

  it('gives the amount steps with the cap that binds', async () => {
    const r = await cliIn(['explain', 'fixtures/profiles/shengtai-manufacturing.yaml', 'project-subsidy', '--as-of', '2022-07-05']);
    expect(r.stdout).toContain('Amount: 30% of Project investment, at most 2,000,000 per project [S5, reported]');
    expect(r.stdout).toContain('min(30% × 8,000,000 = 2,400,000; cap 2,000,000) = 2,000,000 — binding: cap');
    expect(r.stdout).toContain('What it would take: every measure shown is eligible.');
  });

  it('says which pair a stacking group keeps and why that is the most', async () => {
    const r = await cliIn([
      'explain',
      'fixtures/profiles/taopu-materials-best-pair.yaml',
      'putuo-digital-transformation/municipal-match',
      '--as-of',
      '2022-07-05',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'one pair counts, the largest: municipal-match (p1) at 1,800,000, ahead of project-subsidy (p1) 1,200,000, project-subsidy (p2) 900,000 (inferred, S5)',
    );
    expect(r.stdout).toContain('Why this is the most: a group pays one pair');
    expect(r.stdout).not.toContain('── project-subsidy');
  });

  it('speaks Chinese with --lang zh: money in 万元, dates in 年月日, no English of its own', async () => {
    const r = await cliIn(['explain', MINGDE, ...DT, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('• 询问：公司的信用记录是否良好？（“信用记录”；要求：= 良好）');
    expect(r.stdout).toContain('• 项目投资额 40万元 未超过 50万元：须增加 100,001元（至 500,001元）');
    expect(r.stdout).toContain('开放中，10 天后截止（2022年7月15日）');
    expect(r.stdout).toContain(
      '1. 普陀区支持数字化转型发展实施意见 2022年度专项：数字化转型项目补贴（A类第1项：单个数字化转型项目）（p1）：',
    );
    // The rule file's source titles are English data, the file name is the user's; everything else is Chinese.
    const ownWords = r.stdout.split('\n').filter((l) => !/^\s+S\d+ {2}/.test(l) && !l.includes(MINGDE));
    expect(ownWords.join('\n')).not.toMatch(
      /\b(required|ask|unlocks|eligible|missing|Amount|Conditions|Stacking|evidence|reported|stated|all of|any of)\b/,
    );
  });
});

describe('explain, json', () => {
  let run: Run;
  let e: ReturnType<typeof Explanation.parse>;
  beforeAll(async () => {
    run = await cliIn(['explain', MINGDE, ...DT, '--format', 'json']);
    e = Explanation.parse(JSON.parse(run.stdout));
  });

  it('follows the explain contract, with the same trace as a tree', () => {
    expect(run.code).toBe(0);
    expect(e).toMatchObject({ schema: 'subsidy-check/explain@1', asOf: '2022-07-05', file: MINGDE, valid: true, measure: null });
    const m = e.programmes[0]!.measures[0]!;
    expect(m).toMatchObject({ id: 'project-subsidy', project: 'p1', verdict: 'ineligible' });
    const gate = m.conditions.gate as Extract<ConditionNode, { children: unknown }>;
    expect(gate.kind).toBe('all');
    expect(gate.result).toBe('unknown');
    // Business and tax registration, legal person, operating status, credit (S5: "工商税务注册登记在普陀").
    expect(gate.children.map((c) => c.result)).toEqual(['pass', 'pass', 'pass', 'pass', 'unknown']);
    expect(gate.children[4]).toMatchObject({
      kind: 'leaf',
      fact: 'company.credit',
      missing: ['company.credit'],
      cite: 'S5',
      source: expect.stringMatching(/^Consultancy repost/),
    });
  });

  it('gives what it would take, structured, and the ranking', () => {
    const m = e.programmes[0]!.measures[0]!;
    expect(m.toQualify).toMatchObject({ status: 'small', unlocks: null, upTo: 2_000_000, dependsOn: 'projects[0].investment' });
    expect(m.toQualify!.changes).toEqual([
      expect.objectContaining({ kind: 'ask', fact: 'company.credit', question: "Is the company's credit record good?" }),
      expect.objectContaining({ kind: 'threshold', fact: 'projects[0].investment', actual: 400_000, target: 500_001, delta: 100_001 }),
    ]);
    expect(e.ranking.map((r) => [r.measure, r.toQualify.unlocks])).toEqual([
      ['project-subsidy', null],
      ['municipal-match', null],
    ]);
  });
});

describe('explain: problems', () => {
  it('exits 2 for a measure that is not in force, naming the ones that are', async () => {
    const r = await cliIn(['explain', MINGDE, 'nope', ...DT]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error explain/unknown-measure no measure "nope"');
    expect(r.stderr).toContain('putuo-digital-transformation/project-subsidy');
  });

  it('exits 2 when there is no such file, and 3 for an invalid profile, without a stack trace', async () => {
    const missing = await cliIn(['explain', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('io/no-input');
    const invalid = await cliIn(['explain', 'fixtures/profiles/invalid-bad-money.yaml', '--as-of', '2022-07-05']);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toMatch(/invalid-bad-money\.yaml:21:\d+ error profile\/money/);
    expect(invalid.stdout).toContain('invalid profile (1 error(s)): not evaluated');
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads standard input and prints help', async () => {
    // Standard input in this process (the pipe itself is tested through the built CLI in check.test.ts).
    const options = {
      input: '-',
      measure: 'breakthrough-award',
      rules: BUNDLED_RULES,
      programmes: [],
      asOf: '2021-03-15',
      format: 'json' as const,
      lang: 'en' as const,
      color: false,
      width: 120,
      tool: { name: 'subsidy-check', version: 'test' },
    };
    const r = await inProcess((io) => runExplain(options, io), 'company:\n  name: A\nprojects:\n  - id: p1\n    breakthrough: true\n');
    expect(r.code).toBe(0);
    expect(Explanation.parse(JSON.parse(r.stdout)).programmes.map((p) => p.id)).toEqual(['putuo-new-infra-online-economy']);
    const help = await cliIn(['explain', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
  });
});
