/**
 * Nothing lost: `--output` is written to a temporary file and renamed over the target only when the
 * run completes. Every failure leaves the previous report byte for byte and no temporary file; the
 * output is never one of the files the run reads; a template never replaces a file without --force.
 * Through the command line as a user runs it, in this process (test/cli-in-process.ts), on real files.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

let root: string;
beforeAll(() => {
  root = scratch('sc-output-');
});
const PROFILE = 'fixtures/profiles/zhiyuan-ai.yaml';
const AT = ['--as-of', '2022-07-05'];
/** The report a CI job published last week: what this tool writes first, then anything. */
const PREVIOUS = '{"schema":"subsidy-check/report@1","last week":"the report a CI job published"}\n';

let n = 0;
/** A fresh folder holding one profile and a previous report. */
function workspace(): { dir: string; profile: string; report: string } {
  n += 1;
  const dir = join(root, `w${n}`);
  mkdirSync(dir);
  copyFileSync(PROFILE, join(dir, 'client.yaml'));
  writeFileSync(join(dir, 'report.json'), PREVIOUS);
  return { dir, profile: join(dir, 'client.yaml'), report: join(dir, 'report.json') };
}

const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--output that is an input or a rules file', () => {
  it('refuses the profile being checked, before reading it (exit 2), and leaves it as it was', async () => {
    const { profile } = workspace();
    const r = await cliIn(['check', profile, '--output', profile, ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output .*client\.yaml is the input/);
    expect(readFileSync(profile, 'utf8')).toBe(readFileSync(PROFILE, 'utf8'));
  });

  it('refuses the sheet or stream whose company a name gives (clients.csv:clients!2, profiles.ndjson:1)', async () => {
    const { dir } = workspace();
    const sheet = join(dir, 'clients.csv');
    const stream = join(dir, 'profiles.ndjson');
    copyFileSync('fixtures/sheets/clients.csv', sheet);
    writeFileSync(stream, '{"company": {"name": "A"}}\n');
    for (const [name, file] of [
      [`${sheet}:clients!2`, sheet],
      [`${stream}:1`, stream],
    ] as const) {
      const before = readFileSync(file);
      const r = await cliIn(['check', name, '--output', file, ...AT]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--output ${file} is the input ${name}`);
      expect(readFileSync(file)).toEqual(before);
    }
  });

  it('refuses the same file reached by another path (.., a symbolic link)', async () => {
    const { dir, profile } = workspace();
    const r = await cliIn(['check', profile, '--output', join(dir, '..', `w${n}`, 'client.yaml'), ...AT]);
    expect(r.code).toBe(2);
    expect(readFileSync(profile, 'utf8')).toBe(readFileSync(PROFILE, 'utf8'));
  });

  it('refuses the rules file and the rules folder, and leaves the rules as they were', async () => {
    const { dir, profile } = workspace();
    cpSync('rules', join(dir, 'rules'), { recursive: true });
    const file = join(dir, 'rules', 'putuo-smart-software', '2023.yaml');
    const before = readFileSync(file, 'utf8');
    for (const [rules, output] of [
      [file, file],
      [join(dir, 'rules'), file],
      [join(dir, 'rules'), join(dir, 'rules', 'report.json')],
    ] as const) {
      const r = await cliIn(['check', profile, '--rules', rules, '--output', output, ...AT]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/--output .* is (the rules file|inside the rules folder)/);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'rules'))).not.toContain('report.json');
  });

  it('refuses a profile a folder walk or a glob lists as the input (exit 2), and leaves it as it was', async () => {
    const { dir, profile } = workspace();
    const before = readFileSync(profile, 'utf8');
    for (const arg of [dir, join(dir, '*.yaml')]) {
      const r = await cliIn(['check', arg, '--output', profile, ...AT]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--output ${profile} is the input ${profile}, found in ${arg}: writing the report would destroy it`);
      expect(readFileSync(profile, 'utf8')).toBe(before);
      expect(temporaries(dir)).toEqual([]);
    }
    // A JSON or CSV file of the folder that is no report of this tool is kept too.
    const notes = join(dir, 'notes.json');
    writeFileSync(notes, '{"company": {"name": "上海某某有限公司"}}\n');
    const r = await cliIn(['check', dir, '--format', 'json', '--output', notes, ...AT]);
    expect(r.code).toBe(2);
    expect(readFileSync(notes, 'utf8')).toBe('{"company": {"name": "上海某某有限公司"}}\n');
  });

  it('refuses the file standard input is redirected from (check - --output f.yaml < f.yaml)', () => {
    const { profile } = workspace();
    const before = readFileSync(profile, 'utf8');
    const r = spawnSync(process.execPath, ['bin/subsidy-check.js', 'check', '-', '--output', profile, ...AT], {
      stdio: [openSync(profile, 'r'), 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--output ${profile} is the input -`);
    expect(readFileSync(profile, 'utf8')).toBe(before);
  });

  it('never reads its own report back as an input when it is written inside the folder being checked', async () => {
    const { dir, report } = workspace();
    const first = await cliIn(['check', dir, '--format', 'json', '--output', report, ...AT]);
    const firstReport = readFileSync(report, 'utf8');
    const second = await cliIn(['check', dir, '--format', 'json', '--output', report, ...AT]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(JSON.parse(firstReport).results.map((x: { file: string }) => x.file)).toEqual([join(dir, 'client.yaml')]);
    expect(readFileSync(report, 'utf8')).toBe(firstReport);
    // A glob over the folder skips it the same way.
    const globbed = await cliIn(['check', join(dir, '*.json'), join(dir, '*.yaml'), '--format', 'json', '--output', report, ...AT]);
    expect(globbed.code).toBe(0);
    const files = (text: string) => (JSON.parse(text) as { results: { file: string }[] }).results.map((x) => basename(x.file));
    expect(files(readFileSync(report, 'utf8'))).toEqual(['client.yaml']);
  });
});

describe('a run that fails leaves the previous report as it was, and no temporary file', () => {
  const failures: [string, string[]][] = [
    ['no input', ['check', 'nothing-here.yaml']],
    ['a rules folder that does not exist', ['check', PROFILE, '--rules', 'no-such-rules']],
    ['an unknown programme', ['check', PROFILE, '--programme', 'no-such-programme']],
    ['a usage error', ['check', PROFILE, '--as-of', '2022-02-30']],
  ];
  it.each(failures)('%s: exit 2', async (_, args) => {
    const { dir, report } = workspace();
    const r = await cliIn([...args, '--output', report, '--format', 'json']);
    expect(r.code, r.stderr).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe(PREVIOUS);
    expect(temporaries(dir)).toEqual([]);
  });

  it('a completed run replaces the report, keeping its permissions', async () => {
    const { dir, profile, report } = workspace();
    const r = await cliIn(['check', profile, '--output', report, '--format', 'json', ...AT]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).summary.files).toBe(1);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('template and --schema-out never replace a file without --force', () => {
  it('refuses a filled-in profile (exit 2) and writes nothing, not even the schema', async () => {
    const { dir, profile } = workspace();
    const schema = join(dir, 'profile.schema.json');
    const r = await cliIn(['template', '--output', profile, '--schema-out', schema]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists (use --force to replace it)');
    expect(readFileSync(profile, 'utf8')).toBe(readFileSync(PROFILE, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['client.yaml', 'report.json']);
  });

  it('refuses an existing --schema-out file', async () => {
    const { dir, report } = workspace();
    const r = await cliIn(['template', '--output', join(dir, 'new.yaml'), '--schema-out', report]);
    expect(r.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir)).not.toContain('new.yaml');
  });

  it('replaces both with --force', async () => {
    const { dir, profile, report } = workspace();
    const r = await cliIn(['template', '--output', profile, '--schema-out', report, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(profile, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=report.json');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveProperty('$schema');
    expect(temporaries(dir)).toEqual([]);
  });
});
