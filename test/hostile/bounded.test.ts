/**
 * Bounded work on input that never ends: `check -` holds standard input to the profile size limit
 * while reading it, not after. 200 MB piped in once took 450 MB of memory before the refusal.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'sc-bounded-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Pipes up to `megabytes` MB into the CLI (run by peak-rss.mjs) until it stops reading; its exit, output and peak memory. */
async function pipeInto(args: string[], megabytes: number): Promise<{ code: number | null; stdout: string; peakMb: number }> {
  const rss = join(root, `rss-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, [resolve('test/hostile/peak-rss.mjs'), ...args], { env: { ...process.env, PEAK_RSS_FILE: rss, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  let open = true;
  child.stdin!.on('error', () => (open = false));
  child.on('exit', () => (open = false));
  const block = Buffer.from(`company:\n  name: x\n${'# padding\n'.repeat(100_000)}`);
  for (let sent = 0; open && sent < megabytes * 1024 * 1024; sent += block.length) {
    if (!child.stdin!.write(block)) await new Promise((done) => (open ? child.stdin!.once('drain', done).once('close', done) : done(undefined)));
  }
  if (open) child.stdin!.end();
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
