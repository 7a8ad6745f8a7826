/**
 * One input to one file result: read (unless the text came with the task), check, report, and
 * serialise it where it was made. The same function runs in the main thread and in worker threads,
 * so `--jobs` cannot change a result; a worker sends back a string and a brief, which cost far less
 * to pass between threads than the result's object graph.
 */
import { MAX_PROFILE_BYTES, readProfileText, type TextRead } from '../io/read-text.js';
import type { Input } from '../io/inputs.js';
import { MAX_UTF8_PER_UNIT } from '../io/chunked.js';
import { checkText, unreadable, type Prepared } from '../pipeline.js';
import type { CompactFileResult } from '../contracts/report.js';
import type { Gate } from '../report/gates.js';
import type { Lang } from '../text/lang.js';
import { briefOf, compactResult, resultOfDetail, type Brief, type Detail, type FileOutcome } from '../report/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkSheetCompany, type SheetTask } from '../sheets/outcome.js';
import { compactResultJson } from '../formats/compact-json.js';

export interface Task {
  /** The input's name in the report: a path, `-`, or `<file>:<line>` for an NDJSON line. */
  file: string;
  format: 'yaml' | 'json';
  /** The text, when the caller already has it (an NDJSON line); otherwise the file is read. */
  text?: string;
  /** Why the input cannot be read, when listing already found out. */
  unreadable?: string;
  /** One company of a client sheet, already read into a profile object with its cells. */
  sheet?: SheetTask;
  /** Why a client sheet cannot be read, located at its cell when there is one. */
  problems?: Diagnostic[];
  /** Set when the input was refused while being read for passing the size limit (an NDJSON line). */
  tooLarge?: string;
  /** An NDJSON line's number in its stream (`file` is `<stream>:<line>`): its problems are placed there too. */
  streamLine?: number;
}

/** A listed input as a task: read when evaluated, or its reason when listing found it unreadable. */
export function inputTask(input: Input): Task {
  return { file: input.file, format: input.format, ...(input.unreadable ? { unreadable: input.unreadable } : {}) };
}

export interface TaskOptions {
  lang: Lang;
  gates: readonly Gate[];
  stdin: () => Promise<Uint8Array>;
  /** What the output shows: `full` evaluates with every trace and what it would take. */
  detail: Detail;
  /** How a file is read (in this thread, the command's io); by default from the file system. */
  read?: (file: string) => Promise<TextRead>;
  /** Compact results leave out their programmes' stacking notes (the NDJSON header says them once; no other compact format shows them). */
  notesOnce?: boolean;
}

/**
 * A result as it travels: its brief, and either the object itself (it did not cross threads) or its
 * JSON text (a worker made it). Serialised only where the output needs JSON (`jsonOf`): csv and junit
 * read the object, and stringifying it anyway cost a fifth of their time.
 */
export type Packed = { brief: Brief } & (
  | { json: string; result?: undefined }
  | { result: CompactFileResult; json?: undefined; detail: Detail }
);

/**
 * The task's result, packed: at once when the task needs no reading (a text, a row of a known problem,
 * a company of a sheet), so a stream's lines pay no turn of the event loop each; a file is awaited.
 */
export function packedResultOf(prepared: Prepared, task: Task, options: TaskOptions, keepObject: boolean): Packed | Promise<Packed> {
  const now = resultNow(prepared, task, options);
  return now ? packed(now, options, keepObject) : resultRead(prepared, task, options).then((result) => packed(result, options, keepObject));
}

function packed(result: CompactFileResult, options: TaskOptions, keepObject: boolean): Packed {
  const brief = briefOf(result);
  return keepObject ? { brief, result, detail: options.detail } : { brief, json: resultJson(result, options.detail) };
}

/** The result's JSON text, made here when it did not come as text. */
export const jsonOf = (packed: Packed): string => packed.json ?? resultJson(packed.result, packed.detail);

/**
 * With `detail: compact` every result has the compact shape (an unreadable input's too), which its own
 * writer serialises; a full result is left to JSON.stringify.
 */
const resultJson = (result: CompactFileResult, detail: Detail): string =>
  detail === 'full' ? JSON.stringify(result) : compactResultJson(result);

/** The result's object, parsed here when it came as text. */
export const objectOf = (packed: Packed): CompactFileResult => packed.result ?? (JSON.parse(packed.json) as CompactFileResult);

export async function resultOf(prepared: Prepared, task: Task, options: TaskOptions): Promise<CompactFileResult> {
  return resultNow(prepared, task, options) ?? resultRead(prepared, task, options);
}

/** The result of a task that needs no reading, evaluated at once; undefined for a file or standard input to read. */
function resultNow(prepared: Prepared, task: Task, options: TaskOptions): CompactFileResult | undefined {
  if (task.problems)
    return compactResult(
      { file: task.file, read: { company: { name: null, uscc: null }, diagnostics: task.problems } },
      options.lang,
      options.gates,
    );
  if (task.sheet) {
    const sheet = task.sheet;
    return guarded(task.file, options, () => checkSheetCompany(prepared, task.file, sheet, evaluationOf(options)));
  }
  const read = heldRead(task);
  return read && resultOfRead(prepared, task, read, options);
}

/** What a task holds of its profile: the text, or why it cannot be read; undefined when the file is still to be read. */
export function heldRead(task: Task): TextRead | undefined {
  if (task.text !== undefined) return textRead(task.text);
  if (task.tooLarge !== undefined) return { ok: false, code: 'io/too-large', reason: task.tooLarge };
  if (task.unreadable !== undefined) return { ok: false, code: 'io/read', reason: task.unreadable };
  return undefined;
}

/** The result of a task whose profile is read first: a file, or standard input. */
async function resultRead(prepared: Prepared, task: Task, options: TaskOptions): Promise<CompactFileResult> {
  const read = await (options.read ? options.read(task.file) : readProfileText(task.file, options.stdin));
  return resultOfRead(prepared, task, read, options);
}

function resultOfRead(prepared: Prepared, task: Task, read: TextRead, options: TaskOptions): CompactFileResult {
  if (!read.ok) return compactResult(unreadable(task.file, read.reason, read.code), options.lang, options.gates);
  return guarded(task.file, options, () => {
    const outcome = checkText(prepared, task.file, formatOf(task, read.text), read.text, evaluationOf(options));
    return task.streamLine === undefined ? outcome : inStream(outcome, task.file, task.streamLine);
  });
}

/**
 * A stream line's problems also placed in the stream file, `at` `<stream>:<line>:<column>`: the line's
 * own position is line 1 of a text named `<stream>:<line>`, which an editor or a CI log reads as a line
 * of a file that does not exist.
 */
function inStream(outcome: FileOutcome, name: string, line: number): FileOutcome {
  const { diagnostics } = outcome.read;
  if (diagnostics.length === 0) return outcome;
  const stream = name.slice(0, name.length - String(line).length - 1);
  const placed = diagnostics.map((d) => (d.line > 0 ? { ...d, at: `${stream}:${line + d.line - 1}:${d.column}` } : d));
  return { ...outcome, read: { ...outcome.read, diagnostics: placed } };
}

/** How the engine evaluates for these options: with every trace and what it would take when the output shows them. */
const evaluationOf = (options: TaskOptions) => ({ detail: options.detail === 'full' });

function guarded(file: string, options: TaskOptions, check: () => FileOutcome): CompactFileResult {
  try {
    return resultOfDetail(check(), options.lang, options.gates, options.detail, options.notesOnce);
  } catch (error) {
    // A bug must not cost the batch its other results: this file gets an internal-error row.
    return compactResult(unreadable(file, (error as Error)?.message ?? String(error), 'internal/error'), options.lang, options.gates);
  }
}

/** A text that came with the task (an NDJSON line) is held to the size limit of a file. */
function textRead(text: string): TextRead {
  // A UTF-16 unit is at most 3 UTF-8 bytes: a text that short is within the limit without counting.
  if (text.length * MAX_UTF8_PER_UNIT <= MAX_PROFILE_BYTES) return { ok: true, text };
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > MAX_PROFILE_BYTES ? { ok: false, code: 'io/too-large', reason: `${bytes} bytes` } : { ok: true, text };
}

/** Standard input has no extension: a text that starts like JSON is read as JSON. */
function formatOf(task: Task, text: string): 'yaml' | 'json' {
  return task.file === '-' && /^\s*[{[]/.test(text) ? 'json' : task.format;
}
