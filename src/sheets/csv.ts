/**
 * CSV as RFC 4180 writes it: comma-separated, fields in double quotes may hold commas, quotes (doubled)
 * and line breaks; records end with CRLF (a bare LF is accepted too). Bytes are UTF-8, with or without
 * a BOM; when they are not UTF-8 but are GB18030 — what Excel's plain "CSV" export writes on a Chinese
 * Windows machine — they are decoded as such, with a warning, since a wrong guess would change names.
 */
import { MAX_CELLS, MAX_COLUMNS, type GridRead, type SheetProblem, type SheetRow } from './grid.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function readCsv(bytes: Uint8Array, sheet: string): GridRead {
  const warnings: SheetProblem[] = [];
  let text = attempt(utf8, bytes);
  if (text === undefined) {
    text = attempt(gb18030, bytes);
    if (text === undefined) return { ok: false, problem: { code: 'io/encoding', args: { reason: 'neither UTF-8 nor GB18030' } } };
    warnings.push({ code: 'sheet/gb18030', args: {} });
  }
  if (bytes.includes(0)) return { ok: false, problem: { code: 'io/encoding', args: { reason: 'binary data, not CSV text' } } };
  const parsed = parseCsv(text);
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  return { ok: true, grid: { sheet, rows: parsed.rows }, warnings };
}

function attempt(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Records to rows; row numbers count records (a quoted line break stays inside its cell, as in a spreadsheet). */
export function parseCsv(text: string): { rows: SheetRow[] } | { problem: SheetProblem } {
  const rows: SheetRow[] = [];
  let cells = new Map<number, string>();
  let field = '';
  let column = 1;
  let row = 1;
  let count = 0;
  let i = 0;
  const endField = () => {
    if (field.trim() !== '' && column <= MAX_COLUMNS) cells.set(column, field);
    count += 1;
    field = '';
    column += 1;
  };
  const endRecord = () => {
    endField();
    if (cells.size > 0) rows.push({ row, cells });
    cells = new Map();
    column = 1;
    row += 1;
  };
  while (i < text.length) {
    if (count > MAX_CELLS) return { problem: { code: 'sheet/too-many-cells', args: { max: MAX_CELLS }, cell: { row, column } } };
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      const start = { row, column };
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return { problem: { code: 'sheet/csv-quote', args: {}, cell: start } };
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      continue;
    }
    if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRecord();
    else field += ch;
    i += 1;
  }
  if (field !== '' || column > 1) endRecord();
  return { rows };
}
