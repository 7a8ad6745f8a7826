/**
 * The hostile rule corpus (`fixtures/hostile/rules/<case>/`): what loading says about each, and the
 * exit code of `check` on fixtures/hostile/probe.yaml with those rules. Where the tool does worse
 * than it should (`gap` in expected.json), today's behaviour is asserted, and a test marked `fails`
 * asserts what should happen, so it turns red the day that is done.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules, type RuleText } from '../../src/rules/load.js';
import { checkInProcess } from './check-in-process.js';
import { expected, generateRules, HOSTILE } from './corpus.js';
import { scratch } from '../scratch.js';

const generated = scratch('sc-hostile-rules-');
generateRules(generated);
afterAll(() => rmSync(generated, { recursive: true, force: true }));

const folderOf = (name: string) => (expected.rules[name]?.generated ? join(generated, name) : join(HOSTILE, 'rules', name));

function texts(name: string): RuleText[] {
  const root = folderOf(name);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f.split(sep).join('/'), text: readFileSync(join(root, f), 'utf8') }));
}

const PROBE = join(HOSTILE, 'probe.yaml');

describe('the hostile rule corpus', () => {
  it('has an expectation for every case and a case for every expectation, each described in the README', () => {
    const committed = readdirSync(join(HOSTILE, 'rules'));
    expect(Object.keys(expected.rules).sort()).toEqual([...committed, ...readdirSync(generated)].sort());
    const readme = readFileSync(join(HOSTILE, 'README.md'), 'utf8');
    for (const name of [...Object.keys(expected.rules), ...Object.keys(expected.profiles)]) expect(readme, name).toContain(`| \`${name}\``);
  });

  it.each(Object.entries(expected.rules))('%s', async (name, want) => {
    const { diagnostics } = loadRules(texts(name));
    expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(want.codes);
    for (const d of diagnostics) expect(d.line, `${d.code} is located`).toBeGreaterThan(0);
    const run = await checkInProcess([PROBE], { rules: folderOf(name), asOf: '2024-01-01' });
    expect(run.exit, run.stderr.join('\n')).toBe(want.exit);
    // Every report matches its schema.
    if (run.report) expect(run.conforms).toBe(true);
  });
});

/** Rule sets that once loaded but could not be answered honestly: now refused, or floored. */
describe('former gaps', () => {
  const probe = (name: string) => checkInProcess([PROBE], { rules: folderOf(name), asOf: '2024-01-01' });

  it.each(['group-overlap', 'supersedes-cycle', 'supersedes-self', 'amount-base-text'])(
    '%s: refused as rules that cannot run (exit 2)',
    async (name) => {
      expect((await probe(name)).exit).toBe(2);
    },
  );

  it('per-unit-negative: an amount is never below 0', async () => {
    const run = await probe('per-unit-negative');
    expect(run.report!.results[0]!.programmes[0]!.measures[0]!.maxAmount).toBe(0);
    expect(run.conforms).toBe(true);
  });
});

describe('rules that are hostile but valid', () => {
  it('rate-no-cap: 100% of the largest amount a profile may state, exactly', async () => {
    const run = await checkInProcess([PROBE], { rules: folderOf('rate-no-cap'), asOf: '2024-01-01' });
    expect(run.report!.results[0]!.maxTotal).toBe(1e12);
  });

  it('regex-like-values: (a+)+$ against a 1,000-character text is a plain comparison', async () => {
    const run = await checkInProcess([PROBE], { rules: folderOf('regex-like-values'), asOf: '2024-01-01' });
    const reasons = run.report!.results[0]!.programmes[0]!.measures[0]!.reasons;
    expect(reasons.map((r) => r.result)).toEqual(['pass', 'fail', 'fail']);
  });
});
