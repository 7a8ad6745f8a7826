/**
 * Write failures are errors and signals lose nothing, on the built CLI with real file systems, pipes
 * and signals: a full disk (a 64 KiB tmpfs, mounted when the tests run as root), a SIGTERM or SIGINT
 * in the middle of a 3,000-file batch, and a log collector that stops reading stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'sc-write-'));
const PROFILE = 'fixtures/profiles/zhiyuan-ai.yaml';
const INVALID = 'fixtures/profiles/invalid-bad-money.yaml';
const AT = ['--as-of', '2022-07-05'];
const PREVIOUS = 'the previous report, which must survive\n';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' };
const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** A small tmpfs, so the disk really fills; only root may mount one. */
function mountSmallDisk(): { dir?: string; skipped?: string } {
  if (process.getuid?.() !== 0) return { skipped: 'not running as root: cannot mount a tmpfs to fill' };
  const dir = mkdtempSync(join(tmpdir(), 'sc-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { skipped: `mount -t tmpfs failed: ${(r.stderr || r.error?.message || '').trim()}` };
  return { dir };
}

const disk = mountSmallDisk();
if (disk.skipped) console.log(`skipping the full-disk tests: ${disk.skipped}`);

afterAll(() => {
  if (disk.dir) {
    spawnSync('umount', [disk.dir]);
    rmSync(disk.dir, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
  // Removing 3,300 files takes a while on a busy machine.
}, 120_000);

/** Fills what is left of the disk: a write fails with ENOSPC from now on. */
function fillDisk(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  const block = Buffer.alloc(1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!disk.dir)('a full disk', () => {
  const dir = disk.dir!;
  it('--output: exit 2, "no space left on device", the previous report kept and no temporary file', () => {
    writeFileSync(join(dir, 'report.csv'), PREVIOUS);
    fillDisk(dir);
    const r = spawnSync(
      process.execPath,
      ['bin/subsidy-check.js', 'check', 'fixtures/profiles', ...AT, '--format', 'csv', '--output', join(dir, 'report.csv')],
      { encoding: 'utf8', env },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${join(dir, 'report.csv')}: no space left on device`);
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toBe(PREVIOUS);
    expect(temporaries(dir)).toEqual([]);
    rmSync(join(dir, 'filler'));
  });

  it('standard output redirected to a file: exit 2 and a message, not exit 0 with a CSV cut mid-row', () => {
    writeFileSync(join(dir, 'filler'), Buffer.alloc(40 * 1024));
    const fd = openSync(join(dir, 'stdout.csv'), 'w');
    const r = spawnSync(process.execPath, ['bin/subsidy-check.js', 'check', 'fixtures/profiles', ...AT, '--format', 'csv'], {
      encoding: 'utf8',
      env,
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write standard output: no space left on device');
    rmSync(join(dir, 'filler'));
    rmSync(join(dir, 'stdout.csv'));
  });
});

/** 3,000 small profiles: a batch that takes long enough to be stopped in the middle. */
function batch(count: number): string {
  const dir = join(root, `batch-${count}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i += 1) copyFileSync(PROFILE, join(dir, `p${String(i).padStart(4, '0')}.yaml`));
  return dir;
}

/**
 * Resolves once `check` is writing its report: a temporary file beside the target has content (or,
 * as a tool without one would, the target itself changed), or the run is over.
 */
async function whenWriting(dir: string, report: string, over: () => boolean): Promise<void> {
  while (!over()) {
    const temp = temporaries(dir)[0];
    if (temp && statSync(join(dir, temp), { throwIfNoEntry: false })?.size) return;
    if (readFileSync(report, 'utf8') !== PREVIOUS) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a signal in the middle of a 3,000-file batch', () => {
  const inputs = batch(3000);
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: exit %i, the previous report kept and no temporary file', async (signal, code) => {
    const out = join(root, `out-${signal}`);
    mkdirSync(out);
    const report = join(out, 'results.ndjson');
    writeFileSync(report, PREVIOUS);
    const child = spawn(
      process.execPath,
      ['bin/subsidy-check.js', 'check', inputs, ...AT, '--format', 'ndjson', '--jobs', '1', '--output', report],
      { env, stdio: 'ignore' },
    );
    let over = false;
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (c) => {
        over = true;
        resolve(c);
      }),
    );
    await whenWriting(out, report, () => over);
    expect(over, 'the batch ended before it could be stopped').toBe(false);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readFileSync(report, 'utf8')).toBe(PREVIOUS);
    expect(temporaries(out)).toEqual([]);
  });
});

describe('a log collector that stops reading stderr', () => {
  it('changes neither the exit code nor the report', async () => {
    const inputs = join(root, 'noisy');
    mkdirSync(inputs);
    // Many diagnostics to write to stderr, and one valid profile at the end.
    for (let i = 0; i < 300; i += 1) copyFileSync(INVALID, join(inputs, `a${String(i).padStart(3, '0')}.yaml`));
    copyFileSync(PROFILE, join(inputs, 'z.yaml'));
    const args = ['bin/subsidy-check.js', 'check', inputs, ...AT, '--format', 'json'];
    const reference = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
    expect(reference.status).toBe(3);
    const report = join(root, 'noisy.json');
    const child = spawn(process.execPath, [...args, '--output', report], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    // The reader goes away at once, as `2>&1 | head -1` does after its line.
    child.stderr!.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(3);
    expect(readFileSync(report, 'utf8')).toBe(reference.stdout);
  });
});
