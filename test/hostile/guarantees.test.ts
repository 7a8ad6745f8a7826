/**
 * What hostile input must never do, checked on the built CLI as a CI job runs it: the whole corpus
 * in one batch between good profiles. No stack trace, the documented exit code, every other result
 * byte-identical to a run without the hostile files, the same with one thread or two, no prototype
 * pollution, bounded memory, and nothing written but stdout, stderr and --output.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompactReport as Report, type CompactFileResult as FileResult } from '../../src/contracts/report.js';
import { buildCorpus, expected, HOSTILE } from './corpus.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

/** Peak memory a check may reach on any input within the limits; docs/security.md documents 200 MB. */
const MEMORY_LIMIT_MB = 300;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakMb: number;
}

/** The CLI in the sandbox: its own working folder, HOME and TMPDIR, no CI summary file. */
function run(args: string[]): Run {
  const rss = join(root, `rss-${Math.random().toString(36).slice(2)}`);
  const { GITHUB_STEP_SUMMARY: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [resolve('test/hostile/peak-rss.mjs'), ...args], {
    cwd: sandbox.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...env,
      PEAK_RSS_FILE: rss,
      HOME: sandbox.home,
      TMPDIR: sandbox.tmp,
      TMP: sandbox.tmp,
      TEMP: sandbox.tmp,
      XDG_CACHE_HOME: sandbox.home,
      XDG_CONFIG_HOME: sandbox.home,
      NO_COLOR: '1',
      FORCE_COLOR: '',
    },
  });
  const peakMb = Number(readFileSync(rss, 'utf8')) / 1024;
  rmSync(rss);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, peakMb };
}

/** Every entry below a folder with its size and modification time, to see that nothing changed. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const info = lstatSync(join(dir, f));
      return `${f} ${info.size} ${info.mtimeMs}`;
    });
}

const STACK_LINE = /^\s+at .+[(:]\d+/m;
const at = ['--as-of', '2022-07-05', '--format', 'json'];
let corpus: string;
let root: string;
let sandbox: { cwd: string; home: string; tmp: string };
let good: string;
let after: string;
let valid: string[];
let before: string[][];
let alone: Run;
let batch: Run;
let threaded: Run;
let report: ReturnType<typeof Report.parse>;
beforeAll(() => {
  corpus = buildCorpus();
  root = scratch('sc-guarantees-');
  sandbox = { cwd: join(root, 'cwd'), home: join(root, 'home'), tmp: join(root, 'tmp') };
  for (const d of Object.values(sandbox)) mkdirSync(d);
  good = join(root, 'good');
  after = join(root, 'after');
  mkdirSync(good);
  mkdirSync(after);
  valid = readdirSync('fixtures/profiles')
    .filter((f) => !f.startsWith('invalid'))
    .sort()
    .slice(0, 10);
  for (const f of valid) copyFileSync(join('fixtures/profiles', f), join(good, f));
  // Checked after `__proto__` profiles: must answer as its twin utf8.yaml does, before them.
  copyFileSync(join(HOSTILE, 'profiles', 'utf8.yaml'), join(after, 'control.yaml'));
  before = [sandbox.cwd, sandbox.home, sandbox.tmp, corpus, good, after].map(snapshot);
  alone = run(['check', good, ...at]);
  batch = run(['check', good, corpus, after, ...at, '--jobs', '1', '--output', 'one.json']);
  threaded = run(['check', good, corpus, after, ...at, '--jobs', '2', '--output', 'two.json']);
  report = Report.parse(JSON.parse(readFileSync(join(sandbox.cwd, 'one.json'), 'utf8')));
});

describe('a batch of good profiles with the whole hostile corpus', () => {
  it('exits 3 and prints no stack trace, and with --output nothing on stdout', () => {
    expect(alone.code).toBe(0);
    for (const r of [batch, threaded]) {
      expect(r.code, r.stderr.slice(0, 2000)).toBe(3);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toMatch(/\u001b/);
      expect(r.stdout).toBe('');
    }
  });

  it('reports every file once, in order, each hostile one with its expected code', () => {
    const names = report.results.map((r) => r.file);
    const corpusNames = Object.keys(expected.profiles).sort();
    expect(names).toEqual([...valid.map((f) => join(good, f)), ...corpusNames.map((f) => join(corpus, f)), join(after, 'control.yaml')]);
    for (const name of corpusNames) {
      const want = expected.profiles[name]!;
      const result = report.results.find((r) => r.file === join(corpus, name))!;
      expect([...new Set(result.diagnostics.map((d) => d.code))], name).toEqual(want.inBatch ?? want.codes);
    }
  });

  it('gives the good profiles byte-identical results to a run without the hostile files', () => {
    const without = Report.parse(JSON.parse(alone.stdout)).results;
    expect(without).toHaveLength(10);
    for (const result of without) expect(JSON.stringify(report.results.find((r) => r.file === result.file))).toBe(JSON.stringify(result));
  });

  it('gives byte-identical output with one thread and with two', () => {
    expect(readFileSync(join(sandbox.cwd, 'two.json'), 'utf8')).toBe(readFileSync(join(sandbox.cwd, 'one.json'), 'utf8'));
  });

  it('answers a control profile after the __proto__ profiles as before them', () => {
    const answer = (r: FileResult) => JSON.stringify([r.valid, r.company, r.programmes, r.maxTotal, r.diagnostics]);
    const control = report.results.at(-1)!;
    expect(answer(control)).toBe(answer(report.results.find((r) => r.file === join(corpus, 'utf8.yaml'))!));
    expect(control.diagnostics).toEqual([]);
  });

  it(`stays under ${MEMORY_LIMIT_MB} MB of peak memory (alias bomb, 50 MB file, 10,000-deep nesting and all)`, () => {
    for (const r of [alone, batch, threaded]) expect(r.peakMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it('writes nothing but --output: no new or changed file in the working folder, HOME, TMPDIR or the inputs', () => {
    const now = [sandbox.cwd, sandbox.home, sandbox.tmp, corpus, good, after].map(snapshot);
    expect(now[0]!.map((e) => e.split(' ')[0])).toEqual(['one.json', 'two.json']);
    expect(now.slice(1)).toEqual(before.slice(1));
  });
});

describe('hostile rules through the CLI', () => {
  // In this process: refusing a rule file is the program's; memory is bounded by the batch above.
  it.each(['alias-bomb', 'unknown-operator', 'cap-1e308'])('%s: exit 2, a located rules diagnostic, no stack trace', async (name) => {
    const r = await cliIn(['check', resolve(HOSTILE, 'probe.yaml'), '--rules', resolve(HOSTILE, 'rules', name), '--as-of', '2024-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^\\S+\\.yaml:\\d+:\\d+ error (${expected.rules[name]!.codes.join('|')}) `, 'm'));
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
