import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompactReport as Report } from '../../src/contracts/report.js';
import { cli, type Run } from './run.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const AI = 'fixtures/profiles/zhiyuan-ai.yaml';

describe('check, table', () => {
  let run: Run;
  beforeAll(() => {
    run = cli(['check', AI, '--as-of', '2021-03-15']);
  });

  it('answers the AI company: breakthrough award up to 5,000,000 (reported), pre-approved project eligible, unpublished', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const row = (title: string) => run.stdout.split('\n').find((l) => l.includes(title)) ?? '';
    expect(row('Support for')).toMatch(/p1\s+│ ✓ eligible\s+│ up to 5,000,000\s+│/);
    expect(run.stdout).toMatch(/up to 5,000,000\s+│[^\n]*\n[^\n]*\(reported\)/);
    expect(row('Pre-approved project')).toMatch(/✓ eligible\s+│ not published/);
    expect(row('One-off post-support')).toMatch(/✗ ineligible\s+│ —\s+│ Completed work[^│]*: rd, required = completed/);
  });

  it('prints the as-of date, the open window, the totals and the caveats', () => {
    expect(run.stdout).toContain('As of 2021-03-15');
    expect(run.stdout).toContain('Application window: open, closes in 16 days (2021-03-31)');
    expect(run.stdout).toContain('Company total: at most 5,000,000');
    expect(run.stdout).toContain('1 eligible measure(s) have no published amount');
    expect(run.stdout).toContain('No round of putuo-smart-software is known on 2021-03-15');
  });

  it('speaks Chinese with --lang zh', async () => {
    const zh = await cliIn(['check', AI, '--as-of', '2021-03-15', '--lang', 'zh', '--program', 'putuo-new-infra-online-economy']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('技术突破');
    expect(zh.stdout).toContain('最高 500万元');
    expect(zh.stdout).not.toContain('putuo-digital-transformation@');
  });
});

describe('check, json', () => {
  const inputs = [
    'fixtures/profiles/taopu-materials-best-pair.yaml',
    'fixtures/profiles/invalid-bad-money.yaml',
    'fixtures/profiles/huaxin-logistics.yaml',
  ];
  let run: Run;
  let report: ReturnType<typeof Report.parse>;
  beforeAll(() => {
    run = cli(['check', ...inputs, '--as-of', '2022-07-05', '--format', 'json']);
    report = Report.parse(JSON.parse(run.stdout));
  });

  it('follows the report contract and lists every input once, in order', () => {
    expect(report.schema).toBe('subsidy-check/report@1');
    expect(report.results.map((r) => r.file)).toEqual(inputs);
    expect(report.summary).toMatchObject({ files: 3, valid: 2, invalid: 1 });
    // On 2022-07-05 the smart-software 2023 round is not yet known (from 2023-04-03): it does not answer.
    expect(report.rules.map((r) => r.programme)).toEqual(['putuo-digital-transformation', 'putuo-new-infra-online-economy']);
  });

  it('exits 3 for an invalid profile, still reporting the others, and names the problem on stderr with file:line:column', () => {
    expect(run.code).toBe(3);
    expect(report.results[1]).toMatchObject({ valid: false, maxTotal: null, programmes: [] });
    expect(report.results[1]!.diagnostics[0]).toMatchObject({ code: 'profile/money', path: 'projects[0].investment', line: 21 });
    expect(run.stderr).toMatch(/^fixtures\/profiles\/invalid-bad-money\.yaml:21:\d+ error profile\/money/m);
  });

  it('computes the best pair: 1,800,000 from the municipal match', () => {
    const dt = report.results[0]!.programmes.find((p) => p.id === 'putuo-digital-transformation')!;
    expect(dt.maxTotal).toBe(1_800_000);
    expect(dt.measures.filter((m) => m.counted).map((m) => [m.id, m.project])).toEqual([['municipal-match', 'p1']]);
    const capped = report.results[2]!.programmes.find((p) => p.id === 'putuo-digital-transformation')!;
    expect(capped.measures[0]).toMatchObject({ id: 'project-subsidy', verdict: 'eligible', maxAmount: 900_000 });
  });
});

describe('inputs and output', () => {
  it('reads standard input with -', () => {
    const r = cli(['check', '-', '--as-of', '2021-03-15', '--format', 'json'], readFileSync(AI, 'utf8'));
    expect(r.code).toBe(0);
    expect(Report.parse(JSON.parse(r.stdout)).results[0]!.company.name).toBe('上海智远人工智能科技有限公司');
  });

  it('checks a folder, sorted, and writes --output instead of stdout', async () => {
    const out = join(scratch('sc-'), 'report.json');
    const r = await cliIn(['check', 'fixtures/profiles', '--as-of', '2022-07-05', '--format', 'json', '--output', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const files = Report.parse(JSON.parse(readFileSync(out, 'utf8'))).results.map((x) => x.file);
    expect(files).toEqual(
      readdirSync('fixtures/profiles')
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .map((f) => join('fixtures/profiles', f)),
    );
  });

  it('keeps a row for a file that does not exist, next to the ones that do', async () => {
    const r = await cliIn(['check', AI, 'nope.yaml', '--as-of', '2021-03-15', '--format', 'json']);
    expect(r.code).toBe(3);
    const results = Report.parse(JSON.parse(r.stdout)).results;
    expect(results.map((x) => [x.file, x.valid])).toEqual([
      [AI, true],
      ['nope.yaml', false],
    ]);
    expect(results[1]!.diagnostics[0]!.code).toBe('io/read');
  });
});

describe('exit 2: could not run', () => {
  it('when no input is found', async () => {
    const r = await cliIn(['check', 'does-not-exist/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('io/no-input');
  });

  it('on a bad --as-of, --format or --programme, with a hint and no stack trace', async () => {
    for (const args of [
      ['--as-of', '2021-02-30'],
      ['--format', 'xml'],
      ['--programme', 'nope'],
    ]) {
      const r = await cliIn(['check', AI, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await cliIn(['check', AI, '--as-of', '2021-02-30'])).stderr).toContain(
      "option '--as-of <YYYY-MM-DD>' argument '2021-02-30' is invalid. 2021-02-30 is not a real date.",
    );
    expect((await cliIn(['check', AI, '--programme', 'nope'])).stderr).toContain('no programme "nope"');
  });

  it('on an unknown command or missing argument', async () => {
    expect((await cliIn(['chek', AI])).code).toBe(2);
    expect((await cliIn(['check'])).code).toBe(2);
  });

  it('on invalid rules, listing every problem with file:line:column', () => {
    const r = cli(['check', AI, '--rules', 'fixtures/rules-invalid/two-faults']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^fixtures\/rules-invalid\/two-faults\/\S+\.yaml:\d+:\d+ error rules\//);
  });
});

it('prints help with examples and exit codes', async () => {
  const r = await cliIn(['check', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Examples:');
  expect(r.stdout).toContain('Exit codes:');
});

describe('exit code precedence: 2, then 3, then 1, then 0', () => {
  const huaxin = 'fixtures/profiles/huaxin-logistics.yaml'; // eligible, 900,000 at 2022-07-05
  const at = ['--as-of', '2022-07-05', '--format', 'json'];

  it('0 when no gate is hit, 1 when one is', () => {
    expect(cli(['check', huaxin, ...at, '--fail-on', 'below:900000']).code).toBe(0);
    const hit = cli(['check', huaxin, ...at, '--fail-on', 'below:900001']);
    expect(hit.code).toBe(1);
    expect(Report.parse(JSON.parse(hit.stdout)).results[0]!.gateHits).toEqual(['below:900001']);
  });

  it('3 beats 1: an invalid profile and a gate hit', async () => {
    expect((await cliIn(['check', huaxin, 'fixtures/profiles/invalid-bad-money.yaml', ...at, '--fail-on', 'below:900001'])).code).toBe(3);
  });

  it('2 beats 3 and 1: invalid rules', async () => {
    const r = await cliIn([
      'check',
      huaxin,
      'fixtures/profiles/invalid-bad-money.yaml',
      ...at,
      '--fail-on',
      'below:900001',
      '--rules',
      'fixtures/rules-invalid/syntax',
    ]);
    expect(r.code).toBe(2);
  });
});
