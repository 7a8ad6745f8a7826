/**
 * Bounded work: `check -` holds standard input to the profile size limit while reading it, not after
 * (200 MB piped in once took 450 MB of memory before the refusal); a number in a profile is held to
 * ±10^12, so an amount computed from it is finite and prints the same in every format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

let root: string;
beforeAll(() => {
  root = scratch('sc-bounded-');
});

/** Pipes up to `megabytes` MB into the CLI (run by peak-rss.mjs) until it stops reading; its exit, output and peak memory. */
async function pipeInto(
  args: string[],
  megabytes: number,
  head = '',
  tail = '',
): Promise<{ code: number | null; stdout: string; peakMb: number }> {
  const rss = join(root, `rss-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, [resolve('test/hostile/peak-rss.mjs'), ...args], {
    env: { ...process.env, PEAK_RSS_FILE: rss, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  let open = true;
  child.stdin!.on('error', () => (open = false));
  child.on('exit', () => (open = false));
  const block = Buffer.from(head ? 'x'.repeat(1024 * 1024) : `company:\n  name: x\n${'# padding\n'.repeat(100_000)}`);
  if (head) child.stdin!.write(head);
  for (let sent = 0; open && sent < megabytes * 1024 * 1024; sent += block.length) {
    if (!child.stdin!.write(block))
      await new Promise((done) => (open ? child.stdin!.once('drain', done).once('close', done) : done(undefined)));
  }
  if (open) child.stdin!.end(tail);
  const code = await exited;
  return { code, stdout, peakMb: Number(readFileSync(rss, 'utf8')) / 1024 };
}

describe('standard input past the size limit', () => {
  it('is refused after reading just past 5 MiB: io/too-large, exit 3, memory flat however much is piped', async () => {
    const r = await pipeInto(['check', '-', '--as-of', '2022-07-05', '--format', 'json'], 200);
    expect(r.code).toBe(3);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.diagnostics[0]).toMatchObject({ code: 'io/too-large', message: expect.stringContaining('more than 5242880 bytes') });
    expect(r.peakMb).toBeLessThan(150);
  }, 60_000);
});

describe('an NDJSON line past the size limit', () => {
  it('is refused while it streams by (io/too-large), the lines after it are checked, memory flat', async () => {
    const good = '{"company":{"name":"x"}}';
    const r = await pipeInto(
      ['check', '-', '--input-format', 'ndjson', '--as-of', '2022-07-05', '--format', 'json', '--jobs', '1'],
      200,
      `${good}\n`,
      `\n${good}\n`,
    );
    expect(r.code).toBe(3);
    const rows = JSON.parse(r.stdout).results.map((x: { file: string; valid: boolean; diagnostics: { code: string }[] }) => [
      x.file,
      x.valid,
      x.diagnostics[0]?.code ?? null,
    ]);
    expect(rows).toEqual([
      ['-:1', true, null],
      ['-:2', false, 'io/too-large'],
      ['-:3', true, null],
    ]);
    expect(r.peakMb).toBeLessThan(150);
  }, 120_000);
});

describe('amounts computed from a profile number', () => {
  const check = (staff: string, format: string) => {
    const file = join(root, `staff-${staff}.yaml`);
    writeFileSync(file, `company:\n  name: x\n  credit: good\n  staff: ${staff}\n`);
    // In this process: the amounts are the program's; only memory bounds need a process of their own.
    return cliIn(['check', file, '--rules', 'fixtures/hostile/rules/per-unit-huge', '--as-of', '2024-01-01', '--format', format]);
  };

  it('a number past ±10^12 is refused where it is written (profile/type, exit 3), not turned into an Infinity amount', async () => {
    const r = await check('1e300', 'json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).results[0].diagnostics[0]).toMatchObject({ code: 'profile/type', path: 'company.staff', line: 4 });
    expect((await check('1e300', 'table')).stdout).not.toContain('Infinity');
  });

  it('the largest amount allowed is finite and the same number in the table and in JSON', async () => {
    const json = await check('1e12', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).results[0].programmes[0].measures[0].maxAmount).toBe(1e24);
    expect((await check('1e12', 'table')).stdout).toMatch(/up to 1e\+24/);
  });
});

describe('a rule file whose aliases multiply its conditions', () => {
  it('98 kB, 99 aliases to a 1,000-condition list: refused when the rules load (exit 2), located, no stack trace, memory flat', async () => {
    const { aliasedConditions } = await import('./corpus.js');
    const { mkdirSync } = await import('node:fs');
    const dir = join(root, 'alias-rules', 'tiny');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '1.yaml'), aliasedConditions(1000));
    const profile = join(root, 'projects.yaml');
    writeFileSync(
      profile,
      `company:\n  name: x\n  credit: good\nprojects:\n${Array.from({ length: 40 }, (_, i) => `  - id: p${i}\n`).join('')}`,
    );
    const rss = join(root, 'rss-alias');
    const r = spawnSync(
      process.execPath,
      [resolve('test/hostile/peak-rss.mjs'), 'check', profile, '--rules', join(root, 'alias-rules'), '--as-of', '2024-01-01'],
      {
        encoding: 'utf8',
        env: { ...process.env, PEAK_RSS_FILE: rss, NO_COLOR: '1' },
      },
    );
    expect(r.status, r.stderr.slice(0, 500)).toBe(2);
    expect(r.stderr).toMatch(/1\.yaml:\d+:\d+ error rules\/too-many-conditions measures\[0\]\.when: 100102 condition nodes/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(Number(readFileSync(rss, 'utf8')) / 1024).toBeLessThan(300);
  }, 120_000);
});
