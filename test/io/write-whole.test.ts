/**
 * A whole output written at once (the xlsx template's bytes, `--schema-out`) goes through the same
 * atomic `--output` file as every report: written beside the target, renamed over it only when all
 * of it is written, and refused over an existing file unless overwriting is allowed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../../src/io/sink.js';
import { scratch } from '../scratch.js';

const BYTES = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0x0d]);

describe('writeWhole', () => {
  it('writes bytes exactly and leaves no temporary file beside them', async () => {
    const dir = scratch('whole-');
    const target = join(dir, 'clients.xlsx');
    expect(await writeWhole(target, BYTES, { overwrite: true })).toBeUndefined();
    expect(new Uint8Array(readFileSync(target))).toEqual(BYTES);
    expect(readdirSync(dir)).toEqual(['clients.xlsx']);
  });

  it('replaces an existing file when overwriting is allowed', async () => {
    const dir = scratch('whole-');
    const target = join(dir, 'clients.xlsx');
    writeFileSync(target, 'last week');
    expect(await writeWhole(target, BYTES, { overwrite: true })).toBeUndefined();
    expect(new Uint8Array(readFileSync(target))).toEqual(BYTES);
  });

  it('refuses an existing file without overwriting and keeps it byte for byte', async () => {
    const dir = scratch('whole-');
    const target = join(dir, 'clients.xlsx');
    writeFileSync(target, 'filled in by the client');
    const failed = await writeWhole(target, BYTES, { overwrite: false });
    expect(failed?.error).toBe(`${target} already exists (use --force to replace it)`);
    expect(readFileSync(target, 'utf8')).toBe('filled in by the client');
    expect(readdirSync(dir)).toEqual(['clients.xlsx']);
  });

  it('says where and why when the folder cannot be written', async () => {
    const target = join(scratch('whole-'), 'no-such-folder', 'clients.xlsx');
    const failed = await writeWhole(target, 'text', { overwrite: true });
    expect(failed?.error).toMatch(/^cannot write .*no-such-folder\/clients\.xlsx: /);
  });
});
