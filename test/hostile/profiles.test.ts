/**
 * Every file of the hostile profile corpus, checked alone: its diagnostic codes, the line of the first,
 * and the exit code `check` gives it, as `fixtures/hostile/expected.json` says. In process, through
 * `runCheck`; the process-level guarantees (no stack trace, memory, writes) are in guarantees.test.ts.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, expected, generatedNames, HOSTILE } from './corpus.js';
import { checkInProcess } from './check-in-process.js';

const dir = buildCorpus();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every string in a value, however deep. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

/** A result without what naturally differs between two copies of one company: the file name and warnings. */
const answer = (result: { programmes: unknown; maxTotal: unknown; company: unknown; valid: boolean }) =>
  JSON.stringify([result.valid, result.company, result.programmes, result.maxTotal]);

describe('the hostile profile corpus', () => {
  it('has an expectation for every file, committed or generated, and a file for every expectation', () => {
    const files = [...readdirSync(join(HOSTILE, 'profiles')), ...generatedNames].sort();
    expect(Object.keys(expected.profiles).sort()).toEqual(files);
    for (const [name, want] of Object.entries(expected.profiles)) expect(want.generated === true, name).toBe(generatedNames.includes(name));
  });

  it.each(Object.entries(expected.profiles))('%s', async (name, want) => {
    const file = join(dir, name);
    const run = await checkInProcess([file]);
    expect(run.exit, run.stderr.join('\n')).toBe(want.exit);
    if (want.exit === 2) {
      // Nothing could be checked: no report, the reason on stderr.
      expect(run.report).toBeUndefined();
      expect(run.stderr.map((line) => line.split(' ')[2])).toEqual(want.codes);
      return;
    }
    expect(run.conforms).toBe(true);
    const result = run.report!.results[0]!;
    expect(run.report!.results).toHaveLength(1);
    expect(result.file).toBe(file);
    expect([...new Set(result.diagnostics.map((d) => d.code))]).toEqual(want.codes);
    if (want.line !== undefined) expect(result.diagnostics[0]?.line).toBe(want.line);
    expect(result.valid).toBe(want.exit === 0);
    // Whatever the input, a message is short: a 1 MB name or key is never echoed back whole.
    for (const d of result.diagnostics) expect(d.message.length, d.message.slice(0, 200)).toBeLessThan(400);
    for (const line of run.stderr) expect(line.length).toBeLessThan(600);
    // Nothing a terminal would act on reaches it: no escape, no bidi override.
    expect(stringsOf(run.report).filter((text) => /[\u0008\u001b\u009b\u202e]/.test(text))).toEqual([]);
    for (const line of run.stderr) expect(line).not.toMatch(/[\u0008\u001b\u009b\u202e]/);
    if (want.sameAs) {
      const same = (await checkInProcess([join(dir, want.sameAs)])).report!.results[0]!;
      expect(answer(result)).toBe(answer(same));
    }
  });
});
