/** A stream of profiles, one JSON object per line: each non-blank line is an input named `<file>:<line>`. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Task } from '../commands/evaluate-input.js';
import { describeError } from './inputs.js';

export async function* ndjsonTasks(file: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Task> {
  const stream = file === '-' ? stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      if (line.trim() === '') continue;
      yield { file: `${file}:${number}`, format: 'json', text: line };
    }
  } catch (error) {
    // A stream that fails part way (a folder, an I/O error) still gets a row where it stopped.
    yield { file: `${file}:${number + 1}`, format: 'json', unreadable: describeError(error as NodeJS.ErrnoException) };
  }
}
