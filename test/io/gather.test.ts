import { describe, expect, it } from 'vitest';
import { gather } from '../../src/io/gather.js';

/** A gather over a small buffer, recording each write as text (copied: the buffer is reused). */
function recorded(size: number) {
  const writes: string[] = [];
  const g = gather(async (bytes) => {
    writes.push(Buffer.from(bytes).toString('utf8'));
  }, size);
  return { g, writes };
}

describe('gathering text into writes', () => {
  it('hands on every byte in order, never more than the buffer at once, and nothing until it is full or flushed', async () => {
    const { g, writes } = recorded(8);
    await g.add('abc');
    await g.add('def');
    expect(writes).toEqual([]);
    await g.add('ghi');
    expect(writes).toEqual(['abcdef']);
    await g.flush();
    await g.flush();
    expect(writes).toEqual(['abcdef', 'ghi']);
  });

  it('never splits a character: Chinese text (three bytes a character) stays whole', async () => {
    const { g, writes } = recorded(8);
    for (const piece of ['上海', '普陀', '区a']) await g.add(piece);
    await g.flush();
    expect(writes).toEqual(['上海', '普陀', '区a']);
    expect(writes.join('')).toBe('上海普陀区a');
  });

  it('writes a piece larger than the buffer on its own, after what was gathered', async () => {
    const { g, writes } = recorded(4);
    await g.add('ab');
    await g.add('0123456789');
    await g.add('c');
    await g.flush();
    expect(writes).toEqual(['ab', '0123456789', 'c']);
  });
});
