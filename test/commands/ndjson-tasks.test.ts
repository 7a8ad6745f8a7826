/** NDJSON lines become tasks whatever the chunks they arrive in and the slices they are cut into. */
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { lineTask, ndjsonParts, sliceTasks, streamTasks, type Slice } from '../../src/batch/ndjson-tasks.js';
import type { Task } from '../../src/batch/evaluate-input.js';
import { MAX_PROFILE_BYTES } from '../../src/io/read-text.js';
import { renderMessage } from '../../src/diagnostics/diagnostic.js';

async function tasksOf(chunks: Buffer[]): Promise<Task[]> {
  const tasks: Task[] = [];
  for await (const task of streamTasks([{ file: '-', format: 'json' }], undefined, () => Readable.from(chunks))) tasks.push(task);
  return tasks;
}

/** The tasks as a worker makes them: each slice on its own, after a copy (as it crosses threads). */
async function slicedTasksOf(chunks: Buffer[]): Promise<{ tasks: Task[]; slices: Slice[] }> {
  const tasks: Task[] = [];
  const slices: Slice[] = [];
  for await (const part of ndjsonParts('-', Readable.from(chunks))) {
    if ('bytes' in part) {
      slices.push(part);
      tasks.push(...sliceTasks(structuredClone({ ...part, bytes: new Uint8Array(part.bytes) }), undefined));
    } else tasks.push(part);
  }
  return { tasks, slices };
}

/**
 * What the lines should give: one task per non-blank line, each decoded alone, named by its line number,
 * without a final `\r`, and the first without a byte-order mark.
 */
function expected(lines: Buffer[]): Task[] {
  return lines.flatMap((bytes, i) => {
    const decoded = bytes.toString('utf8');
    const line = i === 0 && decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return text.trim() === '' ? [] : [{ file: `-:${i + 1}`, format: 'json' as const, text, streamLine: i + 1 }];
  });
}

const text = fc.oneof(
  fc.constantFrom('', '  ', '\r', '{"company":{"name":"上海普陀"}}\r', '{"a":1}'),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')),
);
/** A line's bytes: text, or any bytes but a newline (invalid UTF-8 among them). */
const line = fc.oneof(
  text.map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b.filter((x) => x !== 0x0a))),
);

/** The bytes of the lines, split into chunks at the given cuts (inside a character too). */
function chunksOf(lines: Buffer[], cuts: number[]): Buffer[] {
  const bytes = Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));
  const at = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length)).filter((c) => c.length > 0);
}

describe('NDJSON lines as tasks', () => {
  it('gives every non-blank line, in order, however the bytes are split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        expect(await tasksOf(chunksOf(lines, cuts))).toEqual(expected(lines));
      }),
    );
  });

  it('reads one named line as the whole stream reads it; a blank line or one past the end is that input’s error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        const whole = new Map(expected(lines).map((t) => [t.file, t]));
        for (let n = 1; n <= lines.length + 1; n++) {
          const task = await lineTask('-', { name: `-:${n}`, line: n }, Readable.from(chunksOf(lines, cuts)));
          expect(task.file).toBe(`-:${n}`);
          if (whole.has(task.file)) expect(task).toEqual(whole.get(task.file));
          else expect(task.problems?.map((d) => [d.code, d.file, d.args.line])).toEqual([['io/no-such-line', `-:${n}`, n]]);
        }
      }),
    );
    const three = () => Readable.from([Buffer.from('{"a":1}\n\n{"c":3}')]);
    expect(await lineTask('-', { name: '-:3', line: 3 }, three())).toEqual({ file: '-:3', format: 'json', text: '{"c":3}', streamLine: 3 });
    const message = async (line: number) => renderMessage((await lineTask('-', { name: `-:${line}`, line }, three())).problems![0]!);
    expect(await message(2)).toBe('line 2 is blank: no profile on it');
    expect(await message(9)).toBe('no line 9: the stream has 3 lines');
  });

  it('answers a named line from the lines read before a stream failed, and with the failure past them', async () => {
    const failing = () =>
      Readable.from(
        (async function* () {
          yield Buffer.from('{"a":1}\n{"b"');
          throw Object.assign(new Error('read failed'), { code: 'EIO' });
        })(),
      );
    expect(await lineTask('-', { name: '-:1', line: 1 }, failing())).toEqual({
      file: '-:1',
      format: 'json',
      text: '{"a":1}',
      streamLine: 1,
    });
    const past = await lineTask('-', { name: '-:3', line: 3 }, failing());
    expect(past.file).toBe('-:3');
    expect(past.text).toBeUndefined();
    expect(past.unreadable).toBeDefined();
  });

  it('drops a byte-order mark opening the stream, and keeps one anywhere else', async () => {
    const bom = '\uFEFF';
    const chunks = [Buffer.from(`${bom}{"a":1}\n${bom}{"b":2}\n`)];
    const tasks = await tasksOf(chunks);
    expect(tasks.map((t) => t.text)).toEqual(['{"a":1}', `${bom}{"b":2}`]);
    expect((await slicedTasksOf(chunks)).tasks).toEqual(tasks);
  });

  it('gives the same tasks from slices of every size, each turned into tasks apart, with line numbers across chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        const { tasks, slices } = await slicedTasksOf(chunksOf(lines, cuts));
        expect(tasks).toEqual(expected(lines));
        // Slices follow each other: each starts at the line after the last one's.
        let next = 1;
        for (const s of slices) {
          expect(s.first).toBe(next);
          const text = Buffer.from(s.bytes).toString('latin1');
          next = s.first + text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        }
      }),
    );
  });

  it('refuses a line past the size limit by its size, between slices, and reads the lines after it', async () => {
    const big = Buffer.alloc(MAX_PROFILE_BYTES + 1, 0x20);
    // {"c":3} ends with a newline in the chunk that ends the large line; {"d":4} is the last, without one.
    const lines = [Buffer.from('{"a":1}'), Buffer.from('{"b":2}'), big, Buffer.from('{"c":3}'), Buffer.from('{"d":4}')];
    for (const cut of [1, 7, 9, 1000, MAX_PROFILE_BYTES]) {
      const chunks = chunksOf(lines, [cut, cut + 65536, cut + 3 * 65536]);
      const { tasks } = await slicedTasksOf(chunks);
      expect(tasks).toEqual([
        { file: '-:1', format: 'json', text: '{"a":1}', streamLine: 1 },
        { file: '-:2', format: 'json', text: '{"b":2}', streamLine: 2 },
        { file: '-:3', format: 'json', tooLarge: `${MAX_PROFILE_BYTES + 1} bytes` },
        { file: '-:4', format: 'json', text: '{"c":3}', streamLine: 4 },
        { file: '-:5', format: 'json', text: '{"d":4}', streamLine: 5 },
      ]);
    }
  });

  it('gives the lines read whole, then a row where a stream failed part way', async () => {
    async function* failing() {
      yield Buffer.from('{"a":1}\n{"b"');
      yield Buffer.from(':2}\n\n{"c"');
      throw Object.assign(new Error('gone'), { code: 'EIO' });
    }
    const tasks: Task[] = [];
    for await (const part of ndjsonParts('-', Readable.from(failing())))
      tasks.push(...('bytes' in part ? sliceTasks(part, undefined) : [part]));
    expect(tasks.map((t) => [t.file, t.text ?? t.unreadable !== undefined])).toEqual([
      ['-:1', '{"a":1}'],
      ['-:2', '{"b":2}'],
      ['-:4', true],
    ]);
  });
});
