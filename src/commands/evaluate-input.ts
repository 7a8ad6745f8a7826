/**
 * One input to one file result: read (unless the text came with the task), check, report.
 * The same function runs in the main thread and in worker threads, so `--jobs` cannot change a result.
 */
import { readProfileText, type TextRead } from '../io/read-text.js';
import { checkText, unreadable, type Prepared } from '../pipeline.js';
import type { FileResult } from '../report/contract.js';
import type { Gate } from '../report/gates.js';
import type { Lang } from '../report/lang.js';
import { fileResult } from '../report/model.js';

export interface Task {
  /** The input's name in the report: a path, `-`, or `<file>:<line>` for an NDJSON line. */
  file: string;
  format: 'yaml' | 'json';
  /** The text, when the caller already has it (an NDJSON line); otherwise the file is read. */
  text?: string;
  /** Why the input cannot be read, when listing already found out. */
  unreadable?: string;
}

export interface TaskOptions {
  lang: Lang;
  gates: readonly Gate[];
  stdin: () => Promise<Uint8Array>;
}

export async function resultOf(prepared: Prepared, task: Task, options: TaskOptions): Promise<FileResult> {
  const read: TextRead =
    task.text !== undefined
      ? { ok: true, text: task.text }
      : task.unreadable !== undefined
        ? { ok: false, code: 'io/read', reason: task.unreadable }
        : await readProfileText(task.file, options.stdin);
  const outcome = read.ok ? checkText(prepared, task.file, task.format, read.text) : unreadable(task.file, read.reason, read.code);
  return fileResult(outcome, options.lang, options.gates);
}
