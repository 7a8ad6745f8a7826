/**
 * A sheet as cells: what a CSV or an xlsx worksheet becomes before its rows are read as companies.
 * Dates an xlsx stores as numbers with a date format arrive here as `YYYY-MM-DD` text.
 */
import type { Args, Code } from '../diagnostics/catalogue.js';

export type CellValue = string | number | boolean;

export interface SheetRow {
  /** 1-based row number, as the spreadsheet shows it. */
  row: number;
  /** 1-based column number to value; empty cells are absent. */
  cells: Map<number, CellValue>;
}

interface Grid {
  /** The sheet's name: the worksheet's, or the file's stem for a CSV. */
  sheet: string;
  rows: SheetRow[];
}

/** A problem found while reading a sheet, at a cell (`B7`) when it has one. */
export interface SheetProblem {
  code: Code;
  args: Args;
  cell?: { row: number; column: number };
}

export type GridRead = { ok: true; grid: Grid; warnings: SheetProblem[] } | { ok: false; problem: SheetProblem };

/** Cells a sheet may hold: a client book of 10,000 rows of 20 columns; memory grows with cells (src/sheets/xlsx.ts). */
export const MAX_CELLS = 200_000;
/** Columns read per row: the vocabulary has a few dozen facts. */
export const MAX_COLUMNS = 500;

/** `1` → `A`, `27` → `AA`. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `AA12` → { column: 27, row: 12 }; undefined for anything else. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
