/** Reading a profile's bytes: which encodings are decoded, which are named and refused, and the size limit. */
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, MAX_PROFILE_BYTES, readProfileText } from '../../src/io/read-text.js';
import { scratch } from '../scratch.js';

const text = 'company:\n  name: 上海测试有限公司\n';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const noStdin = () => Promise.reject(new Error('no stdin here'));

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('reads %s, without the BOM', (_, bytes) => {
    expect(decode(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    ['UTF-32', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('c\0\0\0')]), 'UTF-32'],
    ['UTF-16 without a BOM', Buffer.from(text, 'utf16le'), 'UTF-16 without a byte-order mark'],
    ['UTF-16 with a lone surrogate', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), 'UTF-16 with invalid characters'],
    ['GBK', Buffer.from([0x63, 0x3a, 0x20, 0xc9, 0xcf, 0xba, 0xa3, 0x0a]), 'GBK (GB18030)'],
    ['binary data', Buffer.from([0x00, 0x00, 0x9f, 0x80, 0xff, 0x00, 0x01, 0x00]), 'binary data, not text'],
    ['a workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'binary data, not text (an Excel workbook?)'],
    ['neither UTF-8 nor GBK', Buffer.from([0x63, 0x3a, 0x20, 0xff, 0x0a]), 'not UTF-8'],
  ])('names %s and refuses it', (_, bytes, reason) => {
    expect(decode(bytes)).toEqual({ ok: false, code: 'io/encoding', reason });
  });

  it('refuses more than MAX_PROFILE_BYTES', () => {
    expect(decode(Buffer.alloc(MAX_PROFILE_BYTES, 0x20)).ok).toBe(true);
    expect(decode(Buffer.alloc(MAX_PROFILE_BYTES + 1, 0x20))).toMatchObject({ ok: false, code: 'io/too-large' });
  });
});

describe('readProfileText', () => {
  const dir = scratch('sc-read-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file at the limit whole and refuses one byte more by its size; a short file read after a long one is itself', async () => {
    const profile = (bytes: number) => `${text}# ${'x'.repeat(bytes - Buffer.byteLength(text) - 3)}\n`;
    const files = {
      atLimit: profile(MAX_PROFILE_BYTES),
      pastLimit: profile(MAX_PROFILE_BYTES + 1),
      middling: profile(70_000),
      short: text,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, `${name}.yaml`), content);
    const read = async (name: keyof typeof files) => readProfileText(join(dir, `${name}.yaml`), noStdin);
    expect(await read('atLimit')).toEqual({ ok: true, text: files.atLimit });
    expect(await read('short')).toEqual({ ok: true, text });
    expect(await read('middling')).toEqual({ ok: true, text: files.middling });
    expect(await read('pastLimit')).toEqual({ ok: false, code: 'io/too-large', reason: `${MAX_PROFILE_BYTES + 1} bytes` });
    expect(await read('short')).toEqual({ ok: true, text });
  });

  it('refuses a large file by its size, having read at most its first 64 KiB', () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, text);
    truncateSync(file, 50 * 1024 * 1024);
    return expect(readProfileText(file, noStdin)).resolves.toEqual({
      ok: false,
      code: 'io/too-large',
      reason: `${50 * 1024 * 1024} bytes`,
    });
  });

  it('reads a device or pipe only up to the limit', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    expect(await readProfileText(join(dir, 'zero.yaml'), noStdin)).toEqual({
      ok: false,
      code: 'io/too-large',
      reason: `more than ${MAX_PROFILE_BYTES} bytes`,
    });
  });

  it('says why a path cannot be read: gone, a folder, a link loop', async () => {
    mkdirSync(join(dir, 'folder.yaml'));
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const reasons = await Promise.all(['gone.yaml', 'folder.yaml', 'loop.yaml'].map(async (f) => readProfileText(join(dir, f), noStdin)));
    expect(reasons).toEqual([
      { ok: false, code: 'io/read', reason: 'no such file or folder' },
      { ok: false, code: 'io/read', reason: 'is a folder, not a profile file' },
      { ok: false, code: 'io/read', reason: 'symbolic link loop' },
    ]);
  });
});
