/**
 * `explain` takes one company: a client sheet of one company, or the company a `check` result names,
 * `<file>:<sheet>!<row>` (any of its rows will do).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isSheetFile } from '../io/inputs.js';
import { namedRow } from '../io/result-names.js';
import type { CommandIo } from '../io/command-io.js';
import type { Prepared } from '../pipeline.js';
import type { RuleVersion } from '../rules/load.js';
import type { FileOutcome } from '../report/model.js';
import { checkSheetCompany } from './outcome.js';
import type { EvaluateOptions } from '../engine/evaluate.js';
import { namedCompanyTask, sheetInputTasks } from './tasks.js';

/** Whether `explain` should read this input as a client sheet. */
export async function isSheetInput(input: string, io: Pick<CommandIo, 'exists'>): Promise<boolean> {
  return isSheetFile(input) || (namedRow(input) !== undefined && !(await io.exists(input)));
}

/** The company's outcome; a usage problem (exit 2) when the input names no single company. */
export async function explainSheet(
  input: string,
  sheet: string | undefined,
  versions: readonly RuleVersion[],
  prepared: Prepared,
  io: Pick<CommandIo, 'exists' | 'readBytes'>,
  options: EvaluateOptions = {},
): Promise<FileOutcome | { usage: Diagnostic }> {
  const named = isSheetFile(input) ? undefined : namedRow(input);
  const file = named ? named.file : input;
  if (!(await io.exists(file)))
    return { usage: diagnostic('io/no-input', input, '', undefined, { input: file, reason: 'no such file or folder' }) };
  const reading = { sheet, versions, vocabulary: prepared.vocabulary, readBytes: io.readBytes };
  // A company by the name check gave it, read as check reads it; a row where no company is names none to explain.
  const tasks = named ? [await namedCompanyTask(file, named, reading)] : await sheetInputTasks(file, reading);
  const only = tasks.length === 1 ? tasks[0]! : undefined;
  if (only?.problems?.[0]?.code === 'sheet/no-such-row') return { usage: only.problems[0] };
  if (only?.problems) return { file: only.file, read: { company: { name: null, uscc: null }, diagnostics: only.problems } };
  if (!only?.sheet) {
    const names = tasks.map((t) => t.file);
    return {
      usage: diagnostic('explain/which-company', input, '', undefined, {
        input,
        count: names.length,
        names: names.slice(0, 10).join(', '),
      }),
    };
  }
  return checkSheetCompany(prepared, only.file, only.sheet, options);
}
