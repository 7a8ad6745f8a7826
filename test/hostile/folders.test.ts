/**
 * A folder walk that meets what it cannot read: a sub-folder without permission and a named pipe
 * each get an `io/read` row, and the rest of the batch is checked. As root (who reads any folder) the
 * CLI runs as the unprivileged user `nobody`, so the permission is real.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contracts/report.js';
import { cliIn } from '../cli-in-process.js';
import type { Run } from '../e2e/run.js';

const root = mkdtempSync(join(tmpdir(), 'sc-folders-'));
afterAll(() => {
  if (existsSync(join(root, 'walked', 'locked'))) chmodSync(join(root, 'walked', 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/**
 * As root the CLI runs as `nobody`, which may not reach this checkout (a clone inside `mktemp -d` lies
 * in a 0700 folder): it runs a copy of the built CLI beside the test's folders instead. The bundle in
 * dist/bin/ needs nothing from node_modules; the copy takes it, the launcher, package.json and the
 * bundled rules (whose validated cache holds only while their text is the same).
 */
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function copyOfTheCli(into: string): string {
  for (const part of ['bin', join('dist', 'bin'), 'rules']) cpSync(part, join(into, part), { recursive: true });
  for (const file of ['package.json', join('dist', 'bundled-rules.json')]) copyFileSync(file, join(into, file));
  return join(into, 'bin', 'subsidy-check.js');
}

describe('a folder with an unreadable sub-folder and a named pipe', () => {
  let r: SpawnSyncReturns<string>;
  const walked = join(root, 'walked');
  beforeAll(() => {
    chmodSync(root, 0o755);
    mkdirSync(walked, { mode: 0o755 });
    copyFileSync('fixtures/profiles/zhiyuan-ai.yaml', join(walked, 'good.yaml'));
    mkdirSync(join(walked, 'locked'));
    copyFileSync('fixtures/profiles/huaxin-logistics.yaml', join(walked, 'locked', 'hidden.yaml'));
    chmodSync(join(walked, 'locked'), 0o000);
    spawnSync('mkfifo', [join(walked, 'pipe.yaml')]);
    const cli = copyOfTheCli(join(root, 'cli'));
    r = spawnSync(process.execPath, [cli, 'check', walked, '--as-of', '2022-07-05', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      ...asNobody,
    });
  });

  it('lists each as an io/read row and checks the rest: exit 3, no internal error', () => {
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).not.toContain('internal error');
    const report = JSON.parse(r.stdout) as Report;
    const rows = report.results.map((x) => [
      x.file.slice(walked.length + 1),
      x.valid,
      x.diagnostics[0]?.code ?? null,
      x.diagnostics[0]?.message ?? null,
    ]);
    expect(rows).toEqual([
      ['good.yaml', true, null, null],
      ['locked', false, 'io/read', expect.stringContaining('folder not readable (permission denied)')],
      ['pipe.yaml', false, 'io/read', expect.stringContaining('a named pipe, not a profile file')],
    ]);
  });
});

describe('a glob meets what a folder walk meets', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(root, 'odd');
    mkdirSync(dir);
    copyFileSync('fixtures/profiles/zhiyuan-ai.yaml', join(dir, 'good.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'broken.yaml'));
    spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    mkdirSync(join(dir, 'folder.yaml'));
  });

  it('lists a broken link, a named pipe and a folder named *.yaml as the walk does', async () => {
    const { expandInputs } = await import('../../src/io/inputs.js');
    const shape = (e: Awaited<ReturnType<typeof expandInputs>>) =>
      e.inputs.map((i) => [i.file.slice(dir.length + 1), i.unreadable ?? null]);
    const walked = shape(await expandInputs([dir]));
    expect(walked).toEqual([
      ['broken.yaml', null],
      ['folder.yaml', null],
      ['good.yaml', null],
      ['pipe.yaml', 'a named pipe, not a profile file'],
    ]);
    expect(shape(await expandInputs([`${dir}/*.yaml`]))).toEqual(walked);
  });

  // In this process: the named pipe is told from its type, never opened (the unprivileged run above is spawned).
  it('gives each its row through check, the same for the glob as for the folder', async () => {
    const run = (arg: string) => cliIn(['check', arg, '--as-of', '2022-07-05', '--format', 'json']);
    const rows = (r: Run) =>
      (JSON.parse(r.stdout) as Report).results.map((x) => [x.file.slice(dir.length + 1), x.valid, x.diagnostics[0]?.code ?? null]);
    const folder = await run(dir);
    const glob = await run(`${dir}/*.yaml`);
    expect(folder.code).toBe(3);
    expect(glob.code).toBe(3);
    expect(rows(glob)).toEqual(rows(folder));
    expect(rows(glob)).toEqual([
      ['broken.yaml', false, 'io/read'],
      ['folder.yaml', false, 'io/read'],
      ['good.yaml', true, null],
      ['pipe.yaml', false, 'io/read'],
    ]);
  });
});
