import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { nodeIo } from '../../src/io/node-io.js';
import { checkOptions } from '../check-options.js';

const files = ['fixtures/profiles/huaxin-logistics.yaml', 'fixtures/profiles/invalid-bad-money.yaml', 'fixtures/profiles/zhiyuan-ai.yaml'];

/** Every write `check` makes, in order. */
async function writes(format: CheckOptions['format']): Promise<string[]> {
  const seen: string[] = [];
  await runCheck(
    checkOptions(files, { format, quiet: true }),
    nodeIo({ write: async (text) => void seen.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), quiet: true }),
  );
  return seen.filter((text) => text !== '');
}

describe('streamed formats', () => {
  it('writes csv as results arrive: the header, then one piece per file naming only that file', async () => {
    const seen = await writes('csv');
    expect(seen).toHaveLength(1 + files.length);
    expect(seen[0]).toMatch(/^\uFEFFfile,company,/);
    for (const [i, piece] of seen.slice(1).entries())
      expect(
        piece
          .split('\r\n')
          .filter(Boolean)
          .every((row) => row.startsWith(files[i]!)),
      ).toBe(true);
  });

  it('writes ndjson as a header line, one line per file, and a summary line', async () => {
    const seen = await writes('ndjson');
    expect(seen).toHaveLength(2 + files.length);
    expect(JSON.parse(seen[0]!)).toHaveProperty('schema');
    expect(JSON.parse(seen.at(-1)!)).toMatchObject({ summary: { files: 3, invalid: 1 } });
  });

  it('writes junit and checklist as a head, then one piece per file naming only that file (junit: and a tail)', async () => {
    for (const [format, tail] of [
      ['junit', 1],
      ['checklist', 0],
    ] as const) {
      const seen = await writes(format);
      expect(seen, format).toHaveLength(1 + files.length + tail);
      seen.slice(1, 1 + files.length).forEach((piece, i) => {
        const named = files.filter((f) =>
          piece.includes(
            f
              .split('/')
              .at(-1)!
              .replace(/\.\w+$/, ''),
          ),
        );
        expect(named, `${format} piece ${i}`).toEqual([files[i]]);
      });
    }
  });

  it('writes markdown holding back at most the first result (the client report follows one company only)', async () => {
    const seen = await writes('markdown');
    // The head, the first two rows together, the third row, the tail.
    expect(seen).toHaveLength(4);
    expect(seen[1]!.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

/** A profile as one NDJSON line, its company renamed so every line is its own. */
const profile = parse(readFileSync('fixtures/profiles/huaxin-logistics.yaml', 'utf8')) as { company: { name: string } };
const lineOf = (i: number) => `${JSON.stringify({ ...profile, company: { ...profile.company, name: `Company ${i}` } })}\n`;

/**
 * Streams `count` NDJSON profiles through `check` in this process and, at every write, notes how many
 * lines `check` had pulled from standard input by then: a format that kept its results until the end
 * would have pulled them all before its first piece.
 */
async function pulledAtWrites(format: CheckOptions['format'], count: number): Promise<number[]> {
  let pulled = 0;
  const lines = function* () {
    for (let i = 0; i < count; i++) {
      pulled += 1;
      yield lineOf(i);
    }
  };
  const atWrites: number[] = [];
  const io = {
    ...nodeIo({ write: async (text) => void (text.length > 0 && atWrites.push(pulled)), quiet: true }),
    stdinStream: () => Readable.from(lines()),
  };
  await runCheck(checkOptions(['-'], { format, inputFormat: 'ndjson', quiet: true }), io);
  return atWrites;
}

describe('every streamed format holds a bounded number of results, whatever the batch', () => {
  const count = 300;
  /** Lines read ahead of the results written: the stream's buffer, not the batch. */
  const ahead = 40;
  // github writes only annotations (none for these profiles): its pieces are csv's, tested by the first block.
  for (const format of ['junit', 'markdown', 'checklist', 'ics', 'csv', 'ndjson', 'json'] as const) {
    it(`${format}: the k-th piece is written before line k + ${ahead} is read`, async () => {
      const atWrites = await pulledAtWrites(format, count);
      expect(atWrites.length).toBeGreaterThanOrEqual(count);
      for (const [k, pulled] of atWrites.entries()) expect(pulled, `write ${k}`).toBeLessThanOrEqual(k + ahead);
    });
  }
});
