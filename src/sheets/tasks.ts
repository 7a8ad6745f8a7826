/** A client sheet to the tasks `check` runs: one per company, or one that says why the sheet cannot be read. */
import type { Task } from '../batch/evaluate-input.js';
import type { SheetBytes } from '../io/read-sheet-bytes.js';
import type { Vocabulary } from '../profile/vocabulary.js';
import type { RuleVersion } from '../rules/load.js';
import { headerDictionary } from './columns.js';
import { readSheetTasks } from './read-sheet.js';

export interface SheetInputOptions {
  sheet?: string | undefined;
  /** Every loaded version: their fact labels are the Chinese and English headers a sheet may use. */
  versions: readonly RuleVersion[];
  vocabulary: Vocabulary;
  readBytes: (file: string) => Promise<SheetBytes>;
}

export async function sheetInputTasks(file: string, options: SheetInputOptions): Promise<Task[]> {
  const read = await readSheetTasks(file, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    vocabulary: options.vocabulary,
    dictionary: headerDictionary(options.versions),
    readBytes: options.readBytes,
  });
  if (!read.ok) return [{ file, format: 'yaml', problems: read.diagnostics }];
  return read.tasks.map((t) => ({ file: t.file, format: 'yaml', sheet: t.sheet }));
}
