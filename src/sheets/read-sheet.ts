/**
 * A client sheet (`.csv` or `.xlsx`, its bytes read through the command's io) to one task per company, each named
 * `<file>:<sheet>!<row>` after its first row. A sheet that cannot be read at all is one task that
 * reports why, located at the cell when there is one, so it still gets its row in the report.
 */
import { basename, extname } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetBytes } from '../io/read-sheet-bytes.js';
import type { Vocabulary } from '../profile/vocabulary.js';
import { groupCompanies } from './companies.js';
import { readHeader, type HeaderDictionary } from './columns.js';
import { readCsv } from './csv.js';
import type { GridRead } from './grid.js';
import { sheetDiagnostic, type SheetTask } from './outcome.js';
import { readXlsx } from './xlsx.js';

export interface SheetOptions {
  /** `--sheet`: the worksheet to read; the first when absent. A CSV has one sheet, named after the file. */
  sheet?: string;
  vocabulary: Vocabulary;
  dictionary: HeaderDictionary;
  /** The sheet's bytes: the CommandIo's `readBytes`. */
  readBytes: (file: string) => Promise<SheetBytes>;
}

/** Either the companies of the sheet, or the diagnostics that kept it from being read. */
export type SheetTasks = { ok: true; tasks: { file: string; sheet: SheetTask }[] } | { ok: false; diagnostics: Diagnostic[] };

export async function readSheetTasks(file: string, options: SheetOptions): Promise<SheetTasks> {
  const bytes = await options.readBytes(file);
  if ('problem' in bytes) return { ok: false, diagnostics: [diagnostic(bytes.problem.code, file, '', undefined, bytes.problem.args)] };
  const csv = extname(file).toLowerCase() === '.csv';
  const grid: GridRead = csv ? readCsv(bytes.data, basename(file, extname(file))) : readXlsx(bytes.data, options.sheet);
  const prefixFor = (sheet: string) => `${file}:${sheet}!`;
  if (!grid.ok) return { ok: false, diagnostics: [sheetDiagnostic(file, prefixFor(options.sheet ?? firstSheetLabel(file)), grid.problem)] };
  const prefix = prefixFor(grid.grid.sheet);
  const [header, ...rows] = grid.grid.rows;
  if (!header) return { ok: false, diagnostics: [sheetDiagnostic(file, prefix, { code: 'sheet/no-header', args: { row: 1 } })] };
  const columns = readHeader(header, options.vocabulary, options.dictionary);
  if (!columns.ok) return { ok: false, diagnostics: [sheetDiagnostic(file, prefix, columns.problem)] };
  const shared = [...grid.warnings, ...columns.warnings].map((p) => sheetDiagnostic(file, prefix, p));
  const companies = groupCompanies(rows, columns.columns, options.vocabulary);
  if (companies.length === 0)
    return { ok: false, diagnostics: [...shared, sheetDiagnostic(file, prefix, { code: 'sheet/no-rows', args: {} })] };
  return {
    ok: true,
    tasks: companies.map((company, i) => ({
      file: `${prefix}${company.firstRow}`,
      sheet: { prefix, company, shared: i === 0 ? shared : [] },
    })),
  };
}

const firstSheetLabel = (file: string) => (extname(file).toLowerCase() === '.csv' ? basename(file, extname(file)) : '');
