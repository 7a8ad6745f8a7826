/**
 * Reading a listed batch ahead on a reader thread gives each file the read readProfileText gives it, in
 * order, whatever the file (missing, a folder, too large, UTF-16, GBK), whether the reader thread or the
 * fallback (while the thread starts, or behind) made it; a file asked for out of the listed order, and
 * every read after close, is read by the fallback. The reader thread starts from the built files
 * (dist/io/read-worker.js), as worker threads do in every test.
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as ReadAheadModule from '../../src/io/read-ahead.js';
import { MAX_PROFILE_BYTES, readProfileText, type TextRead } from '../../src/io/read-text.js';
import { scratch } from '../scratch.js';

const built = async () => (await import(new URL('../../dist/io/read-ahead.js', import.meta.url).href)) as typeof ReadAheadModule;
const noStdin = () => Promise.reject(new Error('no stdin here'));

/** 300 files (several batches), every kind of read among them, in a listed order. */
function listed(): string[] {
  const dir = scratch('sc-ahead-');
  const files: string[] = [];
  for (let i = 0; i < 300; i++) {
    const file = join(dir, `p${String(i).padStart(3, '0')}.yaml`);
    files.push(file);
    if (i === 7) continue; // missing
    if (i === 50)
      mkdirSync(file); // a folder named like a profile
    else if (i === 90) {
      writeFileSync(file, '');
      truncateSync(file, MAX_PROFILE_BYTES + 1);
    } else if (i === 130)
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`company:\n  name: 公司${i}\n`, 'utf16le')]));
    else if (i === 170) writeFileSync(file, Buffer.from([0x63, 0x3a, 0x20, 0xc9, 0xcf, 0xba, 0xa3, 0x0a]));
    else if (i === 210)
      writeFileSync(file, `name: ${'长'.repeat(600_000)}\n`); // past a batch's characters on its own
    else writeFileSync(file, `company:\n  name: 上海测试${i}有限公司\n`);
  }
  return files;
}

describe('reading ahead on a reader thread', () => {
  it('gives every listed file, in order, the read readProfileText gives it', async () => {
    const { readAhead } = await built();
    const files = listed();
    const ahead = readAhead(files, (file) => readProfileText(file, noStdin));
    const reads: TextRead[] = [];
    for (const file of files) reads.push(await ahead.read(file));
    await ahead.close();
    const expected = await Promise.all(files.map((file) => readProfileText(file, noStdin)));
    expect(reads).toEqual(expected);
    expect(new Set(expected.map((r) => (r.ok ? 'ok' : r.code)))).toEqual(new Set(['ok', 'io/read', 'io/too-large', 'io/encoding']));
  });

  it('hands over the reader thread’s reads once it runs, each the read of the file asked for', async () => {
    const { readAhead } = await built();
    const files = listed();
    const marker: TextRead = { ok: false, code: 'io/read', reason: 'read by the fallback' };
    const ahead = readAhead(files, async () => marker);
    let fromReader = 0;
    for (const file of files) {
      const read = await ahead.read(file);
      if (read === marker)
        await new Promise((resolve) => setTimeout(resolve, 20)); // give the thread time to start
      else {
        fromReader++;
        expect(read, file).toEqual(await readProfileText(file, noStdin));
      }
    }
    await ahead.close();
    expect(fromReader).toBeGreaterThan(0);
  });

  it('reads a file asked for out of the listed order, and every file after close, with the fallback', async () => {
    const { readAhead } = await built();
    const files = listed();
    const fallback = async (file: string): Promise<TextRead> => ({ ok: true, text: `fallback ${file}` });
    const ahead = readAhead(files, fallback);
    await ahead.read(files[0]!);
    expect(await ahead.read('-')).toEqual({ ok: true, text: 'fallback -' });
    expect([{ ok: true, text: `fallback ${files[1]}` }, await readProfileText(files[1]!, noStdin)]).toContainEqual(
      await ahead.read(files[1]!),
    );
    await ahead.close();
    expect(await ahead.read(files[2]!)).toEqual({ ok: true, text: `fallback ${files[2]}` });
  });

  it('falls back to reading here when the reader thread cannot start', async () => {
    // The sources have no read-worker.js beside them: the thread fails to start.
    const { readAhead } = await import('../../src/io/read-ahead.js');
    const files = listed().slice(0, 3);
    const ahead = readAhead(files, (file) => readProfileText(file, noStdin));
    for (const file of files) expect(await ahead.read(file)).toEqual(await readProfileText(file, noStdin));
    await ahead.close();
  });
});
