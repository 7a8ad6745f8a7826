/**
 * A stream of profiles, one JSON object per line: each non-blank line is an input named `<file>:<line>`.
 * Lines are split here, not by readline, so a line is held to the profile size limit while it is
 * read: readline kept a whole 200 MB line in memory before the limit could refuse it. A line past the
 * limit is dropped as it streams by and becomes an `io/too-large` row; the lines after it are read.
 */
import { createReadStream } from 'node:fs';
import type { Task } from './evaluate-input.js';
import { describeError } from '../io/inputs.js';
import { MAX_PROFILE_BYTES } from '../io/read-text.js';

const NEWLINE = 0x0a;

export async function* ndjsonTasks(file: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Task> {
  const stream = file === '-' ? stdin : createReadStream(file);
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const line = (): Task | undefined => {
    number += 1;
    const task = taskOf(`${file}:${number}`, parts, size);
    parts = [];
    size = 0;
    return task;
  };
  try {
    for await (const data of stream) {
      const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer);
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end >= 0; start = end + 1, end = chunk.indexOf(NEWLINE, start)) {
        // A line within one chunk is decoded where it lies; only one split across chunks is copied.
        let task: Task | undefined;
        if (size === 0) task = whole(chunk, start, end);
        else {
          keep(chunk.subarray(start, end));
          task = line();
        }
        if (task) yield task;
      }
      keep(chunk.subarray(start));
    }
    if (size > 0) {
      const task = line();
      if (task) yield task;
    }
  } catch (error) {
    // A stream that fails part way (a folder, an I/O error) still gets a row where it stopped.
    yield { file: `${file}:${number + 1}`, format: 'json', unreadable: describeError(error as NodeJS.ErrnoException) };
  }

  function whole(chunk: Buffer, start: number, end: number): Task | undefined {
    number += 1;
    const name = `${file}:${number}`;
    if (end - start > MAX_PROFILE_BYTES) return { file: name, format: 'json', tooLarge: `${end - start} bytes` };
    return textTask(name, chunk.toString('utf8', start, end));
  }

  /** Adds bytes to the current line; past the limit only their count is kept. */
  function keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    size += bytes.length;
    if (size > MAX_PROFILE_BYTES) parts = [];
    else parts.push(Buffer.from(bytes));
  }
}

/** A line as a task: a blank one is none; one past the limit is refused by its size. */
function taskOf(name: string, parts: Buffer[], size: number): Task | undefined {
  if (size > MAX_PROFILE_BYTES) return { file: name, format: 'json', tooLarge: `${size} bytes` };
  return textTask(name, Buffer.concat(parts).toString('utf8'));
}

function textTask(name: string, line: string): Task | undefined {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return text.trim() === '' ? undefined : { file: name, format: 'json', text };
}
