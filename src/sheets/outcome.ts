/**
 * One company of a client sheet to its file outcome, through the same profile reader and engine as a
 * YAML file: the rows become the profile object YAML would parse to, and positions become cells.
 */
import { diagnostic, hasErrors, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { evaluate, type EvaluateOptions } from '../engine/evaluate.js';
import { readProfileSource, type ProfileRead } from '../profile/read.js';
import type { Prepared } from '../pipeline.js';
import type { FileOutcome } from '../report/model.js';
import type { Segment, SourceDocument } from '../source/document.js';
import type { SheetCompany } from './companies.js';
import { columnName, type SheetProblem } from './grid.js';

/** What a company of a sheet carries to where it is checked (a worker thread, maybe): plain data. */
export interface SheetTask {
  /** `clients.xlsx:客户!`: a cell's location is this and its reference. */
  prefix: string;
  company: SheetCompany;
  /** Problems of the whole sheet (an unknown column, the encoding) reported with its first company. */
  shared: Diagnostic[];
}

/** `clients.xlsx:客户!N7`, with line and column as the row and the column number. */
function cellPosition(prefix: string, cell: { row: number; column: number }): Position {
  return { line: cell.row, column: cell.column, at: `${prefix}${columnName(cell.column)}${cell.row}` };
}

export function sheetDiagnostic(file: string, prefix: string, problem: SheetProblem): Diagnostic {
  return diagnostic(problem.code, file, '', problem.cell ? cellPosition(prefix, problem.cell) : undefined, problem.args);
}

function sheetSource(prefix: string, company: SheetCompany): SourceDocument {
  return {
    value: company.value,
    problems: [],
    locate(path: readonly Segment[]): Position {
      for (let length = path.length; length >= 0; length--) {
        const cell = company.cells[show(path.slice(0, length))];
        if (cell) return cellPosition(prefix, cell);
      }
      return cellPosition(prefix, { row: company.firstRow, column: 1 });
    },
  };
}

export function checkSheetCompany(prepared: Prepared, file: string, task: SheetTask, options: EvaluateOptions = {}): FileOutcome {
  const read = readProfileSource(file, sheetSource(task.prefix, task.company), 'sheet', prepared.vocabulary);
  const own = task.company.problems.map((p) => sheetDiagnostic(file, task.prefix, p));
  const diagnostics = [...task.shared, ...own, ...read.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  const profile = hasErrors(diagnostics) ? undefined : read.profile;
  const checked: ProfileRead = profile ? { profile, company: read.company, diagnostics } : { company: read.company, diagnostics };
  return {
    file,
    read: checked,
    evaluation: profile ? evaluate(prepared.compiled, profile, prepared.asOf, { ...options, rounds: prepared.rounds }) : undefined,
  };
}

function show(path: readonly Segment[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}
