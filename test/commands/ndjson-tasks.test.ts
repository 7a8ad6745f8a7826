/** NDJSON lines become tasks whatever the chunks they arrive in: split anywhere, even inside a character. */
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { ndjsonTasks } from '../../src/batch/ndjson-tasks.js';
import type { Task } from '../../src/batch/evaluate-input.js';

async function tasksOf(chunks: Buffer[]): Promise<Task[]> {
  const tasks: Task[] = [];
  for await (const task of ndjsonTasks('-', Readable.from(chunks))) tasks.push(task);
  return tasks;
}

/** What the lines should give: one task per non-blank line, named by its line number, without a final `\r`. */
function expected(lines: string[]): Task[] {
  return lines.flatMap((line, i) => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return text.trim() === '' ? [] : [{ file: `-:${i + 1}`, format: 'json' as const, text }];
  });
}

const line = fc.oneof(
  fc.constantFrom('', '  ', '\r', '{"company":{"name":"上海普陀"}}\r', '{"a":1}'),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')),
);

describe('NDJSON lines as tasks', () => {
  it('gives every non-blank line, in order, however the bytes are split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        const bytes = Buffer.from(lines.join('\n'), 'utf8');
        const at = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length)).filter((c) => c.length > 0);
        expect(await tasksOf(chunks)).toEqual(expected(lines));
      }),
    );
  });
});
