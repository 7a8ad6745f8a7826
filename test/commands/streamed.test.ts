import { describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { nodeIo } from '../../src/io/node-io.js';
import { checkOptions } from '../check-options.js';

const files = ['fixtures/profiles/huaxin-logistics.yaml', 'fixtures/profiles/invalid-bad-money.yaml', 'fixtures/profiles/zhiyuan-ai.yaml'];

/** Every write `check` makes, in order. */
async function writes(format: CheckOptions['format']): Promise<string[]> {
  const seen: string[] = [];
  await runCheck(
    checkOptions(files, { format, quiet: true }),
    nodeIo({ write: async (text) => void seen.push(text), quiet: true }),
  );
  return seen.filter((text) => text !== '');
}

describe('streamed formats', () => {
  it('writes csv as results arrive: the header, then one piece per file naming only that file', async () => {
    const seen = await writes('csv');
    expect(seen).toHaveLength(1 + files.length);
    expect(seen[0]).toMatch(/^\uFEFFfile,company,/);
    for (const [i, piece] of seen.slice(1).entries()) expect(piece.split('\r\n').filter(Boolean).every((row) => row.startsWith(files[i]!))).toBe(true);
  });

  it('writes ndjson as a header line, one line per file, and a summary line', async () => {
    const seen = await writes('ndjson');
    expect(seen).toHaveLength(2 + files.length);
    expect(JSON.parse(seen[0]!)).toHaveProperty('schema');
    expect(JSON.parse(seen.at(-1)!)).toMatchObject({ summary: { files: 3, invalid: 1 } });
  });

  it('writes a format that totals the batch (junit) once, at the end', async () => {
    expect(await writes('junit')).toHaveLength(1);
  });
});
