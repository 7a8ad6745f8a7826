/**
 * A stream of profiles, one JSON object per line: each non-blank line is an input named `<file>:<line>`.
 * The stream is cut into slices of whole lines (raw bytes and the number of their first line), which
 * a worker thread turns into tasks itself (`sliceTasks`): the thread that reads only moves bytes.
 * Lines are found here, not by readline, so a line is held to the profile size limit while it is
 * read: readline kept a whole 200 MB line in memory before the limit could refuse it. A line past the
 * limit is dropped as it streams by and becomes an `io/too-large` row; the lines after it are read.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { inputTask, type Task } from './evaluate-input.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { describeError, type Input } from '../io/inputs.js';
import type { NamedLine } from '../io/result-names.js';
import { inShard, type Shard } from './shard.js';
import { MAX_PROFILE_BYTES } from '../io/read-text.js';

const NEWLINE = 0x0a;
const BOM = 0xfeff;

/**
 * Whole lines of a stream, as read: each ends with its newline but a stream's last line without one.
 * `first` is the number of the first (1-based), so the lines are named wherever they are split.
 */
export interface Slice {
  file: string;
  first: number;
  bytes: Uint8Array;
}

/**
 * The stream in order as slices of whole lines, and as tasks for what is not a line to evaluate: a
 * line past the size limit, and where the stream failed part way (a folder, an I/O error).
 */
export async function* ndjsonParts(file: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Slice | Task> {
  const stream = file === '-' ? stdin : createReadStream(file);
  const slices = new Slices(file);
  const line = new Carried();
  /** Lines read whole. */
  let number = 0;
  /** Line `number`, past the limit: the lines before it as a slice, then its row. */
  const refused = (size: number): (Slice | Task)[] => {
    const before = slices.take(number - 1);
    slices.skip(number);
    return [...(before ? [before] : []), tooLarge(file, number, size)];
  };
  try {
    for await (const data of stream) {
      const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer);
      // This chunk's whole lines go out as one range from `run`; a line past the limit ends the range.
      let start = 0;
      let run = 0;
      for (let end = chunk.indexOf(NEWLINE); end >= 0; start = end + 1, end = chunk.indexOf(NEWLINE, start)) {
        number += 1;
        const length = line.size + end - start;
        if (length > MAX_PROFILE_BYTES) {
          slices.add(chunk.subarray(run, start));
          yield* refused(length);
          run = end + 1;
        } else if (line.size > 0) {
          // A line begun in an earlier chunk ends here: its parts are copies, and come first.
          for (const part of line.parts) slices.add(part);
          slices.add(chunk.subarray(0, end + 1));
          run = end + 1;
        }
        line.clear();
      }
      slices.add(chunk.subarray(run, start));
      line.keep(chunk.subarray(start));
      // A chunk's lines go at once: a file's chunks are 64 KiB (about a hundred bench profiles), and a
      // line a pipe has just written is evaluated before the next is waited for.
      const slice = slices.take(number);
      if (slice) yield slice;
    }
    if (line.size > 0) {
      number += 1;
      if (line.size > MAX_PROFILE_BYTES) yield* refused(line.size);
      else for (const part of line.parts) slices.add(part);
    }
    const last = slices.take(number);
    if (last) yield last;
  } catch (error) {
    // A stream that fails part way still gets a row where it stopped, after the lines read whole.
    const before = slices.take(number);
    if (before) yield before;
    yield { file: `${file}:${number + 1}`, format: 'json', unreadable: describeError(error as NodeJS.ErrnoException) };
  }
}

/** Whole lines gathered to go out as one slice, after the lines already accounted for. */
class Slices {
  private parts: Buffer[] = [];
  private bytes = 0;
  /** Lines gone out, as slices or as rows. */
  private sent = 0;

  constructor(private readonly file: string) {}

  add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.bytes += bytes.length;
  }

  /** The gathered lines as a slice, if any; lines up to `upTo` are then accounted for. */
  take(upTo: number): Slice | undefined {
    let slice: Slice | undefined;
    if (this.parts.length > 0) {
      // Copied into a buffer of its own: it can be handed to a worker whole, and the chunks let go.
      const bytes = new Uint8Array(this.bytes);
      let at = 0;
      for (const part of this.parts) {
        bytes.set(part, at);
        at += part.length;
      }
      slice = { file: this.file, first: this.sent + 1, bytes };
    }
    this.parts = [];
    this.bytes = 0;
    this.sent = upTo;
    return slice;
  }

  /** Line `number` went out as a row of its own. */
  skip(number: number): void {
    this.sent = number;
  }
}

/** The line being read across chunks: its parts (copies, only within the limit) and its size so far. */
class Carried {
  parts: Buffer[] = [];
  size = 0;

  /** Past the limit only the count is kept. */
  keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > MAX_PROFILE_BYTES) this.parts = [];
    else this.parts.push(Buffer.from(bytes));
  }

  clear(): void {
    this.parts = [];
    this.size = 0;
  }
}

/**
 * Every input's slices and rows, in order: a whole unreadable input is a row; a row of a stream (a
 * line past the limit, a failure) is sharded here, the lines of a slice by `sliceTasks`.
 */
export async function* streamParts(
  inputs: Input[],
  shard: Shard | undefined,
  stdin: () => NodeJS.ReadableStream,
): AsyncGenerator<Slice | Task> {
  // A line named as well as its whole stream is the stream's: checked once, where the stream stands.
  const whole = new Set(inputs.filter((i) => !i.line && !i.unreadable).map((i) => resolve(i.file)));
  for (const input of inputs) {
    if (input.unreadable) {
      yield inputTask(input);
      continue;
    }
    if (input.line) {
      if (whole.has(resolve(input.file))) continue;
      const task = await lineTask(input.file, input.line, stdin());
      if (inShard(task.file, shard)) yield task;
      continue;
    }
    for await (const part of ndjsonParts(input.file, stdin())) if ('bytes' in part || inShard(part.file, shard)) yield part;
  }
}

/** The tasks of the streams, line by line, in one thread (`--jobs 1`). */
export async function* streamTasks(inputs: Input[], shard: Shard | undefined, stdin: () => NodeJS.ReadableStream): AsyncGenerator<Task> {
  for await (const part of streamParts(inputs, shard, stdin)) {
    if ('bytes' in part) yield* sliceTasks(part, shard);
    else yield part;
  }
}

/**
 * A slice's lines in the shard as tasks: a blank one is none, a final `\r` is dropped. The slice is decoded at once:
 * a newline byte is never part of a UTF-8 character, so each line reads as it would alone. A byte-order
 * mark opening the stream (Windows tools write one) is dropped, as it is from a profile file.
 */
export function sliceTasks({ file, first, bytes }: Slice, shard: Shard | undefined): Task[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const tasks: Task[] = [];
  let number = first;
  // Only the slice that starts the stream starts with its first line.
  let start = first === 1 && text.charCodeAt(0) === BOM ? 1 : 0;
  for (let end = text.indexOf('\n'); start < text.length; start = end + 1, end = text.indexOf('\n', start), number += 1) {
    const task = textTask(file, number, text.slice(start, end < 0 ? text.length : end));
    if (task && inShard(task.file, shard)) tasks.push(task);
    if (end < 0) break;
  }
  return tasks;
}

/**
 * The profile on one line of a stream, as the whole stream's check would read it (its name, its bytes,
 * the limit): the stream is read up to that line only. A blank line, or one past the end, is the input's error.
 */
export async function lineTask(file: string, { name, line }: NamedLine, stdin: NodeJS.ReadableStream): Promise<Task> {
  /** The lines read so far. */
  let lines = 0;
  for await (const part of ndjsonParts(file, stdin)) {
    if ('bytes' in part) {
      // Whole lines, each ending with its newline but the stream's last.
      const { bytes } = part;
      lines = part.first - 1 + newlines(bytes) + (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? 1 : 0);
      if (lines >= line) return sliceTasks(part, undefined).find((t) => t.file === name) ?? noSuchLine(name, line);
    } else if (part.file === name) return part;
    // The stream failed before the line: that is the line's answer too.
    else if (part.unreadable !== undefined) return { ...part, file: name };
    else lines = Number(part.file.slice(file.length + 1));
  }
  return noSuchLine(name, line, lines);
}

/** A named line with no profile: blank, or past the end of a stream of `lines` lines. */
const noSuchLine = (name: string, line: number, lines?: number): Task => ({
  file: name,
  format: 'json',
  problems: [diagnostic('io/no-such-line', name, '', undefined, lines === undefined ? { line } : { line, lines })],
});

function newlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

function tooLarge(file: string, number: number, size: number): Task {
  return { file: `${file}:${number}`, format: 'json', tooLarge: `${size} bytes` };
}

function textTask(file: string, number: number, line: string): Task | undefined {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return text.trim() === '' ? undefined : { file: `${file}:${number}`, format: 'json', text, streamLine: number };
}
