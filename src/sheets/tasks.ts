/** A client sheet to the tasks `check` runs: one per company, or one that says why the sheet cannot be read. */
import { extname } from 'node:path';
import type { Task } from '../batch/evaluate-input.js';
import type { Args, Code } from '../diagnostics/catalogue.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { NamedRow } from '../io/result-names.js';
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

/**
 * The one company a name `<file>:<sheet>!<row>` gives (any of its rows will do), with the problems of the
 * whole sheet; a sheet that cannot be read, or a row where no company is, is the input's error. An xlsx
 * is read at the named sheet; a CSV has one sheet.
 */
export async function namedCompanyTask(file: string, named: NamedRow, options: SheetInputOptions): Promise<Task> {
  const xlsx = extname(file).toLowerCase() === '.xlsx';
  const tasks = await sheetInputTasks(file, { ...options, sheet: xlsx ? named.sheet : options.sheet });
  const first = tasks[0]!;
  if (!first.sheet) return { ...first, file: named.name };
  // A CSV has one sheet, named after the file (`clients.csv:clients!2`): another name is a typo, not that sheet.
  const csvSheet = first.sheet.prefix.slice(file.length + 1, -1);
  if (!xlsx && named.sheet !== csvSheet) return namedProblem(named, 'sheet/no-such-sheet', { sheet: named.sheet, known: csvSheet });
  const found = companyAtRow(tasks, named.row);
  if (found) return { ...found, sheet: { ...found.sheet!, shared: first.sheet.shared } };
  return namedProblem(named, 'sheet/no-such-row', { row: named.row, rows: tasks.map((t) => t.sheet!.company.firstRow).join(', ') });
}

const namedProblem = (named: NamedRow, code: Code, args: Args): Task => ({
  file: named.name,
  format: 'yaml',
  problems: [diagnostic(code, named.name, '', undefined, args)],
});

/** The company with a cell in `row`. */
function companyAtRow(tasks: readonly Task[], row: number): Task | undefined {
  return tasks.find((t) => t.sheet && Object.values(t.sheet.company.cells).some((c) => c.row === row));
}
