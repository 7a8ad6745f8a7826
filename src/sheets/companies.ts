/**
 * Rows to companies: one row per company-project (a row per company when it has no project). Rows with
 * the same `company.uscc` — or, without one, the same `company.name` — are one company, whose projects
 * are its rows' projects. A company cell that disagrees with the same column in an earlier row of the
 * company is an error at that cell: which value is right is the consultant's call, not ours.
 */
import { describe } from '../profile/values.js';
import type { Vocabulary } from '../profile/vocabulary.js';
import { rawValue } from './cell-values.js';
import type { Column } from './columns.js';
import type { CellValue, SheetProblem, SheetRow } from './grid.js';

/** One company of a sheet, as a profile object with the cell behind each value. */
export interface SheetCompany {
  /** The row it starts on: the result is named `<file>:<sheet>!<row>`. */
  firstRow: number;
  /** The same shape a YAML profile parses to: `{ company: {...}, projects: [{...}] }`. */
  value: { company: Record<string, unknown>; projects: Record<string, unknown>[] };
  /** Profile path (`company.name`, `projects[1].investment`, `projects[1]`) to its cell. */
  cells: Record<string, { row: number; column: number }>;
  problems: SheetProblem[];
}

/** A cell as a message may show it: control characters written out, long text cut short. */
const shown = (value: unknown) => describe(String(value)).replace(/^"|"$/g, '');

const keyText = (cell: CellValue | undefined) => (cell === undefined ? '' : String(cell).trim());

export function groupCompanies(rows: readonly SheetRow[], columns: readonly Column[], vocabulary: Vocabulary): SheetCompany[] {
  const company = columns.filter((c) => c.scope === 'company');
  const project = columns.filter((c) => c.scope === 'project');
  const uscc = company.find((c) => c.key === 'uscc');
  const name = company.find((c) => c.key === 'name');
  const byKey = new Map<string, SheetCompany>();
  const byName = new Map<string, SheetCompany>();
  const companies: SheetCompany[] = [];
  for (const row of rows) {
    const code = keyText(uscc && row.cells.get(uscc.column)).toUpperCase();
    const called = keyText(name && row.cells.get(name.column));
    const key = code ? `uscc:${code}` : called ? `name:${called}` : `row:${row.row}`;
    let found = byKey.get(key) ?? (!code && called ? byName.get(called) : undefined);
    if (!found) {
      found = {
        firstRow: row.row,
        value: { company: {}, projects: [] },
        cells: { '': { row: row.row, column: 1 }, company: { row: row.row, column: 1 } },
        problems: [],
      };
      companies.push(found);
      byKey.set(key, found);
    }
    if (called && !byName.has(called)) byName.set(called, found);
    addCompanyCells(found, row, company, vocabulary);
    addProject(found, row, project, vocabulary);
  }
  return companies;
}

function addCompanyCells(target: SheetCompany, row: SheetRow, columns: readonly Column[], vocabulary: Vocabulary): void {
  for (const column of columns) {
    const cell = row.cells.get(column.column);
    if (cell === undefined) continue;
    const path = `company.${column.key}`;
    const earlier = target.cells[path];
    if (earlier) {
      const before = target.value.company[column.key];
      const now = rawValue(vocabulary.company[column.key]!, cell);
      if (JSON.stringify(before) !== JSON.stringify(now)) {
        target.problems.push({
          code: 'sheet/company-mismatch',
          args: {
            path,
            found: shown(cell),
            first: shown(Array.isArray(before) ? before.join('；') : String(before)),
            firstRow: earlier.row,
          },
          cell: { row: row.row, column: column.column },
        });
      }
      continue;
    }
    target.value.company[column.key] = rawValue(vocabulary.company[column.key]!, cell);
    target.cells[path] = { row: row.row, column: column.column };
  }
}

function addProject(target: SheetCompany, row: SheetRow, columns: readonly Column[], vocabulary: Vocabulary): void {
  const filled = columns.filter((c) => row.cells.has(c.column));
  if (filled.length === 0) return;
  const index = target.value.projects.length;
  const project: Record<string, unknown> = {};
  target.cells[`projects[${index}]`] = { row: row.row, column: (columns.find((c) => c.key === 'id') ?? filled[0]!).column };
  for (const column of filled) {
    project[column.key] = rawValue(vocabulary.project[column.key]!, row.cells.get(column.column)!);
    target.cells[`projects[${index}].${column.key}`] = { row: row.row, column: column.column };
  }
  target.value.projects.push(project);
}
