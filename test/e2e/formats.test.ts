/** Each CI format through the built CLI, and every file of a folder accounted for exactly once. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactReport as Report } from '../../src/contracts/report.js';
import { CSV_COLUMNS } from '../../src/formats/csv.js';
import { csvRows } from '../report/formats/csv-read.js';
import { tableRows } from '../report/formats/table-read.js';
import { validate, xpath } from '../report/formats/xml.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const FOLDER = 'fixtures/profiles';
const FILES = readdirSync(FOLDER)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((f) => join(FOLDER, f));
const INVALID = ['fixtures/profiles/invalid-bad-money.yaml', 'fixtures/profiles/invalid-bad-uscc.json'];
const HUAXIN = 'fixtures/profiles/huaxin-logistics.yaml';
const SHENGTAI = 'fixtures/profiles/shengtai-manufacturing.yaml';
const AT = ['--as-of', '2022-07-05'];
const tmp = (name: string) => join(scratch('sc-formats-'), name);

describe('a folder with invalid files: every file exactly once', () => {
  it('in json', async () => {
    const r = await cliIn(['check', FOLDER, ...AT, '--format', 'json']);
    expect(r.code).toBe(3);
    const results = Report.parse(JSON.parse(r.stdout)).results;
    expect(results.map((x) => x.file)).toEqual(FILES);
    expect(results.filter((x) => !x.valid).map((x) => x.file)).toEqual(INVALID);
  });

  it('in csv: one block of rows per file, in order, one row per invalid file', async () => {
    const r = await cliIn(['check', FOLDER, ...AT, '--format', 'csv']);
    expect(r.code).toBe(3);
    const rows = csvRows(r.stdout, CSV_COLUMNS);
    expect(rows.map((x) => x.file).filter((f, i, all) => f !== all[i - 1])).toEqual(FILES);
    expect(rows.filter((x) => x.verdict === 'invalid').map((x) => x.file)).toEqual(INVALID);
    for (const file of INVALID) expect(rows.filter((x) => x.file === file)).toHaveLength(1);
  });

  it('in junit, written with --output, valid against the schema', async () => {
    const out = tmp('report.xml');
    const r = await cliIn(['check', FOLDER, ...AT, '--format', 'junit', '--output', out, '--fail-on', 'below:100万']);
    expect(r.code).toBe(3);
    const xml = readFileSync(out, 'utf8');
    expect(validate(xml)).toMatchObject({ valid: true });
    expect(FILES.map((_, i) => xpath(xml, `string(//testsuite[${i + 1}]/@name)`))).toEqual(FILES);
    expect(xpath(xml, 'count(//testsuite)')).toBe(String(FILES.length));
    expect(xpath(xml, 'sum(//testsuite/@errors)')).toBe('2');
    expect(xpath(xml, 'sum(//testsuite/@tests)')).toBe(xpath(xml, 'count(//testcase)'));
    expect(xpath(xml, 'sum(//testsuite/@failures)')).toBe(xpath(xml, 'count(//testcase[failure])'));
    expect(xpath(xml, `string(//testsuite[@name="${HUAXIN}"]/testcase[@name="gates"]/failure/@message)`)).toBe(
      '--fail-on below:100万: max total 900,000 is below 1,000,000',
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
  });
});

describe('--format', () => {
  it('csv starts with the BOM and the header', async () => {
    const r = await cliIn(['check', HUAXIN, ...AT, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFfile,company,uscc,programme,')).toBe(true);
    expect(r.stdout).toContain(
      `${HUAXIN},上海华信智联物流有限公司,91310107MA1G8W2N5J,putuo-digital-transformation,2022,project-subsidy,p1,eligible,900000,reported,true,`,
    );
  });

  it('github prints annotations for errors and gate hits, and the diagnostics still go to stderr', async () => {
    const r = await cliIn(['check', HUAXIN, INVALID[0]!, ...AT, '--format', 'github', '--fail-on', 'below:100万']);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      `::error file=${HUAXIN},title=fail-on below%3A100万::--fail-on below:100万: max total 900,000 is below 1,000,000`,
      expect.stringMatching(
        /^::error file=fixtures\/profiles\/invalid-bad-money\.yaml,line=21,col=17,title=profile\/money::projects\[0\]\.investment: /,
      ),
    ]);
    expect(r.stderr).toMatch(/invalid-bad-money\.yaml:21:17 error profile\/money/);
  });

  it('github exits 1 on a gate hit alone', async () => {
    const r = await cliIn(['check', HUAXIN, ...AT, '--format', 'github', '--fail-on', 'below:100万']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/profiles\/huaxin-logistics\.yaml,title=fail-on below%3A100万::/);
  });

  it('markdown prints a row per file and the total', async () => {
    const r = await cliIn(['check', HUAXIN, SHENGTAI, ...AT, '--format', 'markdown']);
    expect(r.code).toBe(0);
    // The undetermined breakthrough award is in the 2020 round, closed on this date: history, not counted.
    expect(r.stdout).toContain(`| 上海华信智联物流有限公司 | \`${HUAXIN}\` | putuo-digital-transformation | 1 | 0 | 900,000 |  |`);
    expect(r.stdout).toContain('| **Total** | 2 profile(s): 2 valid, 0 invalid |  | 2 | 0 | **2,900,000** |  |');
  });

  it('table summarises several files, one row each, with a portfolio total', async () => {
    const r = await cliIn(['check', HUAXIN, SHENGTAI, INVALID[0]!, ...AT]);
    expect(r.code).toBe(3);
    const rows = tableRows(r.stdout);
    expect(rows.map((row) => row[1])).toEqual(['File', HUAXIN, SHENGTAI, INVALID[0], '3 profiles']);
    expect(rows[1]).toEqual(['上海华信智联物流有限公司', HUAXIN, 'putuo-digital-transformation', '1', '0', '900,000', '']);
    expect(rows[3]![6]).toBe('invalid:profile/money21:17');
    expect(rows[4]).toEqual(['Portfolio total', '3 profiles', '', '2', '0', '2,900,000', '']);
    expect(r.stdout).toContain('3 profiles: 2 valid, 1 invalid; 2 with an eligible measure; total at most 2,900,000');
    expect(r.stdout).not.toContain('Application window');
  });
});

describe('github job summary', () => {
  it('appends the Markdown summary to $GITHUB_STEP_SUMMARY and prints annotations even with --quiet', () => {
    const summary = join(scratch('sc-gh-'), 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = spawnSync(
      process.execPath,
      ['bin/subsidy-check.js', 'check', 'fixtures/profiles/invalid-bad-money.yaml', '--format', 'github', '--quiet'],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: summary },
      },
    );
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/^::error file=fixtures\/profiles\/invalid-bad-money\.yaml,line=21,/m);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('earlier step\n')).toBe(true);
    expect(written).toContain('## subsidy-check');
  });
});
