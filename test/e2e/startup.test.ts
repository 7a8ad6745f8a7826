/**
 * Start-up: the bin runs the bundle (dist/bin/, scripts/bundle.js) through bin/bundle-loader.js, and
 * `check` on one YAML file loads only what that run needs, in one file per lazy step, each compiled
 * from the code cache the build wrote. What a run loaded is logged by module hooks (load-log/), and mapped
 * to the sources each chunk holds with dist/bin/inputs.json, which the bundler writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scratch } from '../scratch.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REGISTER = fileURLToPath(new URL('./load-log/register.mjs', import.meta.url));
const ONE = ['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--as-of', '2021-03-15'];

/** Sources (src/… and node_modules/…) bundled into each file of dist/bin/. */
const inputs = JSON.parse(readFileSync(join(ROOT, 'dist/bin/inputs.json'), 'utf8')) as Record<string, string[]>;

/** Runs the bin as a user would and returns the files it loaded, relative to the package. */
function loaded(
  args: string[],
  root = ROOT,
): {
  code: number | null;
  files: string[];
  sources: Set<string>;
  builtins: string[];
  compiled: Record<string, string>;
  stdout: string;
  stderr: string;
} {
  const log = join(scratch('sc-startup-'), 'loaded.txt');
  const r = spawnSync(process.execPath, ['--import', REGISTER, 'bin/subsidy-check.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LOAD_LOG: log },
  });
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  const builtins = lines.filter((l) => l.startsWith('node:')).map((l) => l.slice(5));
  const files = [...new Set(lines.filter((l) => l.startsWith('file:')).map((u) => fileURLToPath(u).slice(root.length)))];
  const sources = new Set(files.flatMap((f) => inputs[f.replace(/^dist\/bin\//, '')] ?? []));
  const compiled = Object.fromEntries(
    lines
      .filter((l) => l.startsWith('code-cache:'))
      .map((l) => l.slice(11).split(' '))
      .map(([how, url]) => [fileURLToPath(url!).slice(root.length), how!]),
  );
  return { code: r.status, files, sources, builtins, compiled, stdout: r.stdout, stderr: r.stderr };
}

/** Sources `check` on one YAML file into a table has no use for. */
const NOT_NEEDED = [
  /^node_modules\/(zod|saxes|fflate|picomatch)\//,
  /^src\/rules\/(schema|load|lint.*)\.ts$/,
  /^src\/lifecycle\/(?!render\/format-names\.ts$)/, // the CLI's option choices need only the names
  /^src\/sheets\/(xlsx|zip|xml|read-sheet|write-xlsx)\.ts$/,
  /^src\/formats\/(json|ndjson|csv|junit|github|markdown-client|checklist|html|ics)\.ts$/,
  /^src\/commands\/(explain|schema|template|rules-.*)\.ts$/,
  /^src\/batch\/(pool|worker)\.ts$/,
];
const unneeded = (sources: Set<string>) => [...sources].filter((s) => NOT_NEEDED.some((re) => re.test(s))).sort();

describe('start-up of check on one YAML file', () => {
  const run = loaded(ONE);

  it('runs the bundle: every file it loads is the bin, its loader or in dist/bin/, none from node_modules or the unbundled dist/', () => {
    expect(run.code).toBe(0);
    expect(run.files.slice(0, 2)).toEqual(['bin/subsidy-check.js', 'bin/bundle-loader.js']);
    expect(run.files.slice(2).filter((f) => !f.startsWith('dist/bin/'))).toEqual([]);
    expect(run.files).toContain('dist/bin/cli.js');
  });

  it('loads the table, the engine and the YAML reader, and nothing only other commands or formats use', () => {
    expect(run.sources).toContain('src/formats/table.ts');
    expect(run.sources).toContain('src/engine/evaluate.ts');
    expect(run.sources).toContain('src/source/plain-yaml.ts');
    expect(unneeded(run.sources)).toEqual([]);
  });

  it('reads a plain profile without the yaml library, and loads it (dist/bin/yaml.cjs) for one that needs it', () => {
    expect(run.files).not.toContain('dist/bin/yaml.cjs');
    expect([...run.sources].some((s) => s.startsWith('node_modules/yaml/'))).toBe(false);
    // A syntax error is outside the plain subset: the library parses it and says where.
    const file = join(scratch('sc-startup-yaml-'), 'broken.yaml');
    writeFileSync(file, 'company:\n  name: [unclosed\n');
    const broken = loaded(['check', file, '--as-of', '2021-03-15']);
    expect(broken.code).toBe(3);
    expect(broken.files).toContain('dist/bin/yaml.cjs');
    expect(inputs['yaml.cjs']!.some((s) => s.startsWith('node_modules/yaml/'))).toBe(true);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+ error profile\/syntax/);
  });

  it('reads one file per step: the CLI, the check command and the table (Node loads each file at a cost)', () => {
    expect(run.files).toEqual([
      'bin/subsidy-check.js',
      'bin/bundle-loader.js',
      'dist/bin/cli.js',
      'dist/bin/check-command.js',
      'dist/bin/table-format.js',
    ]);
  });

  it('compiles each of those files from the code cache the build wrote beside it', () => {
    expect(run.compiled).toEqual({ 'dist/bin/cli.js': 'used', 'dist/bin/check-command.js': 'used', 'dist/bin/table-format.js': 'used' });
  });

  it('reads files of ASCII only, which Node decodes and V8 scans as one-byte text', () => {
    for (const file of run.files) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/^[\0-\x7F]*$/);
  });

  it('bundles each source into one file of the CLI only, so no module is evaluated twice in a run', () => {
    const holders = new Map<string, string[]>();
    for (const [file, sources] of Object.entries(inputs)) {
      if (file === 'worker.js' || file === 'read-worker.js') continue; // worker threads: isolates of their own
      for (const s of sources) holders.set(s, [...(holders.get(s) ?? []), file]);
    }
    expect(holders.size).toBeGreaterThan(100);
    expect([...holders].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('loads neither node:crypto nor node:child_process (commander requires it for subcommands we do not have)', () => {
    expect(run.builtins).toContain('fs');
    expect(run.builtins).not.toContain('crypto');
    expect(run.builtins).not.toContain('child_process');
  });

  it('loads node:crypto when --output needs a temporary name', () => {
    const output = loaded([...ONE, '--output', join(scratch('sc-startup-out-'), 'report.txt')]);
    expect(output.code).toBe(0);
    expect(output.builtins).toContain('crypto');
  });

  it('loads a format only when it is asked for: --format csv reads the csv chunk, not the table', () => {
    const csv = loaded([...ONE, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(unneeded(csv.sources)).toEqual(['src/formats/csv.ts']);
    expect(csv.sources).not.toContain('src/formats/table.ts');
  });
});

describe('the code cache of the bundle', () => {
  /** The package's run-time files copied to a scratch folder, where a test may spoil a cache. */
  function copy(): string {
    const root = `${scratch('sc-code-cache-')}/`;
    for (const part of ['package.json', 'bin', 'rules', 'dist/bin', 'dist/bundled-rules.json'])
      cpSync(join(ROOT, part), join(root, part), { recursive: true, preserveTimestamps: true });
    return root;
  }
  // The profile by its full path, which the run's output shows wherever the package is.
  const args = ['check', join(ROOT, 'fixtures/profiles/zhiyuan-ai.yaml'), '--as-of', '2021-03-15'];
  const expected = loaded(args);

  it('is not used when it does not fit: the run is the same, the file compiled from its text', () => {
    const root = copy();
    const cache = join(root, 'dist/bin/check-command.js.cache');
    writeFileSync(cache, Buffer.alloc(readFileSync(cache).length, 7));
    const run = loaded(args, root);
    expect(run.compiled).toEqual({
      'dist/bin/cli.js': 'used',
      'dist/bin/check-command.js': 'rejected',
      'dist/bin/table-format.js': 'used',
    });
    expect([run.code, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it('is not used when another V8 made it (whole, for this text): V8 rejects it, and the run is the same', () => {
    const root = copy();
    const cache = join(root, 'dist/bin/table-format.js.cache');
    const bytes = readFileSync(cache);
    // After the loader's two CRC-32s, V8's header: its magic number, then the hash of the V8 version that made it.
    const data = bytes.subarray(8);
    data.writeUInt32LE(data.readUInt32LE(4) ^ 1, 4);
    bytes.writeUInt32LE(crc32(data), 4);
    writeFileSync(cache, bytes);
    const run = loaded(args, root);
    expect(run.compiled['dist/bin/table-format.js']).toBe('rejected');
    expect([run.code, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it('is not used when bytes in the middle of it are spoiled (V8 does not check them: given the cache, it crashed)', () => {
    const root = copy();
    const cache = join(root, 'dist/bin/check-command.js.cache');
    const bytes = readFileSync(cache);
    for (let i = 64; i < bytes.length; i += 997) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(cache, bytes);
    const run = loaded(args, root);
    expect(run.compiled['dist/bin/check-command.js']).toBe('rejected');
    expect([run.code, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it('is not used for a file edited after the build, even at the same length and time (V8 checks only the length)', () => {
    const root = copy();
    const file = join(root, 'dist/bin/check-command.js');
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, 'latin1');
    expect(text).toContain('No round of');
    writeFileSync(file, text.replace('No round of', 'No ROUND of'), 'latin1');
    utimesSync(file, atime, mtime);
    const run = loaded(args, root);
    expect(run.compiled['dist/bin/check-command.js']).toBe('rejected');
    expect(run.stdout).toBe(expected.stdout.replaceAll('No round of', 'No ROUND of'));
    expect(run.stdout).not.toBe(expected.stdout);
  });

  it("is not used by a run with --debug, whose stacks name the files it ran (a script from a cache keeps the build's folder)", () => {
    const root = copy();
    const run = loaded([...args, '--debug'], root);
    expect(run.compiled).toEqual({ 'dist/bin/cli.js': 'none', 'dist/bin/check-command.js': 'none', 'dist/bin/table-format.js': 'none' });
    expect([run.code, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it("is used whatever the files' times: npm writes a package's files in its tarball's order, a cache before its file", () => {
    const root = copy();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'dist/bin/cli.js'), later, later);
    const run = loaded(args, root);
    expect(run.compiled['dist/bin/cli.js']).toBe('used');
    expect([run.code, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it('loads no file half: one that threw while it ran throws again when loaded again, as a required file does', () => {
    const root = copy();
    writeFileSync(join(root, 'dist/bin/fails.js'), "(function (exports) { exports.half = true; throw new Error('fails on load'); })");
    const { loadBundle } = createRequire(join(root, 'bin/'))('./bundle-loader.js') as { loadBundle: (name: string) => unknown };
    expect(() => loadBundle('fails.js')).toThrow('fails on load');
    expect(() => loadBundle('fails.js')).toThrow('fails on load');
  });
});
