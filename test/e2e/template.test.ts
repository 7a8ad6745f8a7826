/**
 * `template` end to end: the skeleton is a valid profile; filled in programmatically with a fixture's
 * values it gives `check` the fixture's verdicts; `--schema-out` writes the schema it points at; and
 * docs/profile.schema.json is the schema `subsidy-check schema` prints for the bundled rules.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contracts/report.js';
import { cli, type Run } from './run.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const tmp = scratch('subsidy-template-');

type Profile = { company: Record<string, unknown>; projects?: Record<string, unknown>[] };

/** The template with a profile's values set where the template has the key; its comments stay. */
function fill(template: string, profile: Profile): string {
  const doc = parseDocument(template);
  const keys = parse(template) as { company: object; projects: object[] };
  for (const [key, value] of Object.entries(profile.company)) if (key in keys.company) doc.setIn(['company', key], value);
  (profile.projects ?? []).forEach((project, i) => {
    if (i > 0) doc.addIn(['projects'], doc.createNode({ id: project.id }));
    for (const [key, value] of Object.entries(project)) if (key in keys.projects[0]!) doc.setIn(['projects', i, key], value);
  });
  return doc.toString();
}

const verdicts = (report: Report) =>
  Object.fromEntries(
    report.results.map((r) => [
      r.company.name,
      r.programmes.flatMap((p) => p.measures.map((m) => `${p.id}/${m.id}/${m.project}: ${m.verdict} ${m.maxAmount}`)),
    ]),
  );

describe('template', () => {
  let run: Run;
  let template: string;
  beforeAll(() => {
    run = cli(['template', '--output', join(tmp, 'company.yaml'), '--schema-out', join(tmp, 'profile.schema.json')]);
    template = readFileSync(join(tmp, 'company.yaml'), 'utf8');
  });

  it('writes the template and the schema its first line points at', async () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(template.split('\n')[0]).toBe('# yaml-language-server: $schema=profile.schema.json');
    expect(readFileSync(join(tmp, 'profile.schema.json'), 'utf8')).toBe((await cliIn(['schema'])).stdout);
  });

  it('points at the schema relative to the template', async () => {
    mkdirSync(join(tmp, 'clients'), { recursive: true });
    // The schema written by the test before is replaced: --force.
    const r = await cliIn([
      'template',
      '--lang',
      'en',
      '--schema-out',
      join(tmp, 'profile.schema.json'),
      '--output',
      join(tmp, 'clients', 'acme.yaml'),
      '--force',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(tmp, 'clients', 'acme.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../profile.schema.json',
    );
    const nested = await cliIn(['template', '--schema-out', join(tmp, 'profile.schema.json'), '--force']);
    // Written to stdout, the template points at the schema relative to the working directory.
    expect(nested.stdout.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${relative(process.cwd(), join(tmp, 'profile.schema.json'))}`,
    );
  });

  it('is checked as it stands: exit 0, every measure undetermined, a warning that the name is still the placeholder', async () => {
    const r = await cliIn(['check', join(tmp, 'company.yaml'), '--as-of', '2022-07-05', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.results[0]!.valid).toBe(true);
    expect(report.results[0]!.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'profile/placeholder', 'company.name'],
    ]);
    expect(r.stderr).toMatch(/company\.yaml:\d+:\d+ warning profile\/placeholder company\.name is still the template's placeholder/);
    expect(new Set(report.results[0]!.programmes.flatMap((p) => p.measures.map((m) => m.verdict)))).toEqual(new Set(['undetermined']));
  });

  it('filled in with each fixture’s values, gives check the fixture’s verdicts and amounts', async () => {
    const filled = join(tmp, 'filled');
    const fixtures = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.yaml') && !f.startsWith('invalid'));
    expect(fixtures.length).toBeGreaterThan(10);
    mkdirSync(filled, { recursive: true });
    for (const f of fixtures)
      writeFileSync(join(filled, f), fill(template, parse(readFileSync(join('fixtures/profiles', f), 'utf8')) as Profile));
    for (const asOf of ['2021-03-15', '2022-07-05', '2023-04-10']) {
      const mine = await cliIn(['check', filled, '--as-of', asOf, '--format', 'json']);
      const theirs = await cliIn(['check', ...fixtures.map((f) => join('fixtures/profiles', f)), '--as-of', asOf, '--format', 'json']);
      expect(mine.code).toBe(0);
      expect(mine.stderr).toBe('');
      expect(verdicts(JSON.parse(mine.stdout) as Report)).toEqual(verdicts(JSON.parse(theirs.stdout) as Report));
    }
    const shengtai = JSON.parse(
      (await cliIn(['check', join(filled, 'shengtai-manufacturing.yaml'), '--as-of', '2022-07-05', '--format', 'json'])).stdout,
    ) as Report;
    const subsidy = shengtai.results[0]!.programmes.find((p) => p.id === 'putuo-digital-transformation')!.measures.find(
      (m) => m.id === 'project-subsidy',
    )!;
    expect([subsidy.verdict, subsidy.maxAmount]).toEqual(['eligible', 2_000_000]);
  });

  it('refuses an unknown programme with exit 2', async () => {
    const r = await cliIn(['template', '--programme', 'putuo-nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules/unknown-programme');
    expect(r.stdout).toBe('');
  });
});

describe('docs/profile.schema.json', () => {
  it('is exactly what subsidy-check schema prints for the bundled rules (regenerate: subsidy-check schema --output docs/profile.schema.json)', async () => {
    expect(readFileSync('docs/profile.schema.json', 'utf8')).toBe((await cliIn(['schema'])).stdout);
  });
});
