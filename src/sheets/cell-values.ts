/**
 * A cell as the profile reader expects the value: what YAML would have given for the same fact.
 * Only the spreadsheet's own spelling is translated here (lists in one cell, yes/no and 是/否,
 * numbers typed as text); money, dates, districts and enums are then read by src/profile/, so a
 * sheet and a YAML profile of one company are read by one set of rules.
 */
import type { FactSpec } from '../profile/vocabulary.js';
import type { CellValue } from './grid.js';

const TRUE = new Set(['true', 'yes', '是']);
const FALSE = new Set(['false', 'no', '否']);
/** A list in one cell: items separated by `;`, `；` or `、`. */
const LIST_SEPARATOR = /[;；、]/;

export function rawValue(spec: FactSpec, cell: CellValue): unknown {
  switch (spec.type) {
    case 'boolean':
      return typeof cell === 'string' ? booleanOf(cell) : cell;
    case 'list':
      return items(cell);
    case 'years':
      return items(cell).map((item) => (/^\d{4}$/.test(item) ? Number(item) : item));
    case 'number':
      return typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell.trim()) : cell;
    case 'money':
    case 'date':
      return typeof cell === 'string' ? cell.trim() : cell;
    case 'text':
    case 'enum':
    case 'district':
      return typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : cell;
  }
}

function booleanOf(text: string): boolean | string {
  const word = text.trim().toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : text;
}

function items(cell: CellValue): string[] {
  return String(cell)
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
