/** Rounds in time and the smaller defects of issue 9, through the built CLI as a user runs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompactReport, NdjsonHeader, NdjsonSummary } from '../../src/contracts/report.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const ZHIYUAN = 'fixtures/profiles/zhiyuan-ai.yaml';
const TODAY = ['--as-of', '2026-12-01'];

describe('after every bundled round has closed', () => {
  it('says plainly that no bundled round is open, and the company total is 0 with the reason', async () => {
    const r = await cliIn(['check', ZHIYUAN, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /No bundled round is open or upcoming on 2026-12-01: the newest, [a-z-]+@\d+, closed on \d{4}-\d{2}-\d{2}, so nothing counts towards the totals; to check against a current round, load its rules with --rules <dir>\./,
    );
    expect(r.stdout).toContain('Company total: 0 — no round is open or upcoming on this date (see above)');
    expect(r.stdout).not.toContain('To qualify');
  });

  it('says it over a folder too, with a portfolio total of 0', async () => {
    const r = await cliIn(['check', 'fixtures/profiles', ...TODAY]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('No bundled round is open or upcoming on 2026-12-01');
    expect(r.stdout).toContain('total 0 (no round open or upcoming)');
  });

  it('fails --fail-on not-eligible, and --rules-version brings a round back, said to be pinned', async () => {
    expect((await cliIn(['check', ZHIYUAN, ...TODAY, '--fail-on', 'not-eligible'])).code).toBe(1);
    const pinned = await cliIn([
      'check',
      ZHIYUAN,
      ...TODAY,
      '--rules-version',
      'putuo-new-infra-online-economy@2020',
      '--format',
      'json',
      '--fail-on',
      'not-eligible',
    ]);
    expect(pinned.code).toBe(0);
    const report = CompactReport.parse(JSON.parse(pinned.stdout));
    expect(report.pinned).toEqual(['putuo-new-infra-online-economy@2020']);
    expect(report.noOpenRound).toBeNull();
    const old = report.results[0]!.programmes.find((p) => p.id === 'putuo-new-infra-online-economy')!;
    expect(old.round).toBe('pinned');
    expect(report.results[0]!.maxTotal).toBe(old.maxTotal);
    expect(old.maxTotal).toBeGreaterThan(0);
    // counted agrees with the totals in every programme
    for (const p of report.results[0]!.programmes) {
      const counted = p.measures.filter((m) => m.counted);
      if (p.round === 'history') expect(counted).toEqual([]);
    }
  });

  it('ndjson and csv, which have no place for a sentence, say it on stderr; every line carries the round', async () => {
    const r = await cliIn(['check', ZHIYUAN, ...TODAY, '--format', 'ndjson']);
    expect(r.stderr).toContain('note: No bundled round is open or upcoming on 2026-12-01');
    const [head, result, tail, ...more] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(more).toEqual([]);
    // The header line carries the report's sentence too, for a consumer that reads the stream.
    expect(NdjsonHeader.parse(head).noOpenRound?.message).toContain('No bundled round is open or upcoming on 2026-12-01');
    const line = result as { programmes: { round: string }[]; maxTotal: number };
    expect(line.programmes.map((p) => p.round)).toEqual(line.programmes.map(() => 'history'));
    expect(line.maxTotal).toBe(0);
    expect(NdjsonSummary.parse(tail).summary.maxTotal).toBe(0);
    expect((await cliIn(['check', ZHIYUAN, ...TODAY, '--format', 'csv'])).stderr).toContain('note: No bundled round is open');
  });

  it('explain says it too, and gives history no advice', async () => {
    const r = await cliIn(['explain', ZHIYUAN, ...TODAY]);
    expect(r.stdout).toContain('No bundled round is open or upcoming on 2026-12-01');
    expect(r.stdout).toContain('Company total: 0 — no round is open or upcoming on this date');
    expect(r.stdout).toContain('What it would take: nothing to advise — no round shown can still be applied to.');
  });
});

describe('inside a window the output is as before', () => {
  it('counts the open round and has no no-open-round sentence', async () => {
    const r = await cliIn(['check', ZHIYUAN, '--as-of', '2021-03-15']);
    expect(r.stdout).not.toContain('No bundled round is open');
    expect(r.stdout).toContain('Application window: open, closes in 16 days (2021-03-31)');
    expect(r.stdout).toMatch(/Company total: at most 5,000,000 \+ 1 eligible measure with no published amount/);
  });
});

describe('smaller defects', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('rounds-');
  });

  it('--quiet still writes the report when standard output is not a terminal', () => {
    const out = join(dir, 'r.xml');
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/subsidy-check.js check ${ZHIYUAN} --as-of 2021-03-15 --quiet --format junit > "${out}"`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  });

  it('counts x.json and ./x.json as one file', async () => {
    const r = await cliIn([
      'check',
      'fixtures/profiles/yunling-data.json',
      './fixtures/profiles/yunling-data.json',
      '--as-of',
      '2021-03-15',
      '--format',
      'json',
    ]);
    const report = CompactReport.parse(JSON.parse(r.stdout));
    expect(report.results.map((f) => f.file)).toEqual(['fixtures/profiles/yunling-data.json']);
  });

  it('explain with two profiles says explain takes one (usage, exit 2)', async () => {
    const r = await cliIn(['explain', ZHIYUAN, 'fixtures/profiles/yunfan-branch.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('explain takes one profile');
    expect(r.stderr).toContain(`subsidy-check check ${ZHIYUAN} fixtures/profiles/yunfan-branch.yaml`);
  });
});
