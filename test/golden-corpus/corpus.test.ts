/**
 * Every command's output over fixtures/, byte for byte, as committed in cases/. A deliberate change
 * of output regenerates it: UPDATE_CORPUS=1 npx vitest run test/golden-corpus (README.md).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../memory-io.js';
import { cases, corpusFiles, type Case } from './cases.js';

const CASES = 'test/golden-corpus/cases';
const UPDATE = process.env.UPDATE_CORPUS === '1';
const all = cases();
const files = corpusFiles();

/** One case as a file: the command line, the exit code, then stdout and stderr exactly; a binary output by its size and hash. */
async function record(c: Case): Promise<string> {
  const memory = memoryIo(files);
  const exit = await c.run(memory.io);
  const stderr = memory
    .stderr()
    .map((line) => `${line}\n`)
    .join('');
  const bytes = memory.bytes();
  const binary = bytes ? `--- bytes\n${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}\n` : '';
  return `$ subsidy-check ${c.args.join(' ')}\nexit ${exit}\n--- stdout\n${memory.stdout()}\n${binary}--- stderr\n${stderr}`;
}

const fileOf = (c: Case) => join(CASES, `${c.name}.txt`);

describe('the golden corpus', () => {
  beforeAll(() => {
    if (UPDATE) rmSync(CASES, { recursive: true, force: true });
  });

  it('has a file for every case and no file without one', () => {
    if (UPDATE) return;
    const committed = readdirSync(CASES, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(CASES, join(e.parentPath, e.name)).split('\\\\').join('/'))
      .sort();
    expect(committed).toEqual(all.map((c) => `${c.name}.txt`).sort());
  });

  it.each(all.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const recorded = await record(c);
    if (UPDATE) {
      mkdirSync(dirname(fileOf(c)), { recursive: true });
      writeFileSync(fileOf(c), recorded);
      return;
    }
    // Compared as a whole, so a failure shows the diff; regenerate only for a deliberate change.
    expect(recorded).toBe(readFileSync(fileOf(c), 'utf8'));
  });
});
