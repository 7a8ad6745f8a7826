/** One input to one result, whatever happens to it between listing and reading. */
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultOf } from '../../src/batch/evaluate-input.js';
import { expandInputs } from '../../src/io/inputs.js';
import { MAX_PROFILE_BYTES } from '../../src/io/read-text.js';
import { prepare, type Prepared } from '../../src/pipeline.js';
import { rounds } from '../builders.js';
import { scratch } from '../scratch.js';

// A built round: what is checked here is what happens to an input, not what the rules say.
const prepared = prepare(rounds({ from: '2022-01-01' }), '2022-07-05') as Prepared;
const GOOD = 'company:\n  name: A\n  credit: good\n';
const options = { lang: 'en' as const, gates: [], stdin: () => Promise.resolve(new Uint8Array()), detail: 'compact' as const };

describe('resultOf', () => {
  const dir = scratch('sc-vanish-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a file deleted after it was listed an io/read row, and the others their results', async () => {
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(join(dir, name), GOOD);
    const { inputs } = await expandInputs([dir]);
    unlinkSync(join(dir, 'b.yaml'));
    const results = await Promise.all(inputs.map((input) => resultOf(prepared, input, options)));
    expect(results.map((r) => [r.file.slice(dir.length + 1), r.valid, r.diagnostics.map((d) => d.message)])).toEqual([
      ['a.yaml', true, []],
      ['b.yaml', false, ['cannot read file: no such file or folder']],
      ['c.yaml', true, []],
    ]);
  });

  it('holds a text that came with the task (an NDJSON line) to the size limit of a file', async () => {
    const text = JSON.stringify({ company: { name: 'A', note: 'x'.repeat(MAX_PROFILE_BYTES) } });
    const result = await resultOf(prepared, { file: 'stream:1', format: 'json', text }, options);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/too-large']);
  });

  it('counts the bytes, not the characters, of a text near the limit', async () => {
    const sized = async (note: string) =>
      (
        await resultOf(prepared, { file: 'stream:1', format: 'json', text: JSON.stringify({ company: { name: 'A', note } }) }, options)
      ).diagnostics.map((d) => d.code);
    expect(await sized('x'.repeat(MAX_PROFILE_BYTES - 100))).not.toContain('io/too-large');
    expect(await sized('普'.repeat(MAX_PROFILE_BYTES / 3))).toEqual(['io/too-large']);
  });
});

describe('an internal error', () => {
  it("becomes that file's internal/error row, and the next file is checked as usual", async () => {
    const broken = {
      ...prepared,
      compiled: prepared.compiled.map((p) => {
        const boom = () => {
          throw new Error('boom');
        };
        // Every way in: the closures (explain, --detail full) and the generated functions (decisions, re-checks).
        return { ...p, gate: { general: boom, generated: boom, decide: boom, decision: boom, quiet: boom } as unknown as typeof p.gate };
      }),
    };
    const options = { lang: 'en' as const, gates: [], stdin: async () => new Uint8Array(), detail: 'compact' as const };
    const task = { file: 'a.yaml', format: 'yaml' as const, text: GOOD };
    const failed = await resultOf(broken, task, options);
    expect(failed).toMatchObject({ valid: false, diagnostics: [{ code: 'internal/error', severity: 'error' }] });
    expect(failed.diagnostics[0]!.message).toContain('boom');
    expect((await resultOf(prepared, task, options)).valid).toBe(true);
  });
});
