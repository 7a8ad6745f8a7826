/** Text gathered into 64 KiB chunks: the bytes that come out are the text's UTF-8, in order, in few writes. */
import { describe, expect, it } from 'vitest';
import { chunked } from '../../src/io/chunked.js';

function recorder() {
  const writes: Buffer[] = [];
  // Copied, as a file write would have taken the bytes by the time it resolves.
  const out = chunked(async (bytes) => {
    writes.push(Buffer.from(bytes));
  });
  return { out, writes, all: () => Buffer.concat(writes) };
}

describe('chunked', () => {
  it('writes the UTF-8 of every string in order, in chunks of at most 64 KiB, and only what is flushed', async () => {
    const { out, writes, all } = recorder();
    const pieces = Array.from({ length: 3000 }, (_, i) => `{"file":"p${i}.yaml","name":"上海测试${i}有限公司","emoji":"😀"},`);
    for (const piece of pieces) await out.write(piece);
    const before = all().length;
    await out.flush();
    expect(before).toBeLessThan(Buffer.byteLength(pieces.join('')));
    expect(all().toString('utf8')).toBe(pieces.join(''));
    expect(writes.length).toBeLessThan(pieces.length / 100);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(64 * 1024);
  });

  it('writes a string larger than a chunk whole, and bytes after what was gathered', async () => {
    const { out, all } = recorder();
    const large = '数'.repeat(100_000);
    await out.write('head,');
    await out.write(large);
    await out.write(Buffer.from([0x50, 0x4b]));
    await out.write(',tail');
    await out.flush();
    expect(all()).toEqual(Buffer.concat([Buffer.from(`head,${large}`), Buffer.from([0x50, 0x4b]), Buffer.from(',tail')]));
  });
});
