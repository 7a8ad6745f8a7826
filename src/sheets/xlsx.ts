/**
 * An xlsx workbook to the cells of one worksheet (the first, or the one `--sheet` names). Formulas are
 * never evaluated: a formula cell gives its cached value, as the spreadsheet last showed it. Every part
 * is inflated within one budget, so a zip bomb is a diagnostic, not an out-of-memory.
 */
import { MAX_CELLS, MAX_COLUMNS, parseCellRef, type CellValue, type GridRead, type SheetRow } from './grid.js';
import { serialToDate, isDateFormat } from './xlsx-dates.js';
import { attribute, walkXml, XmlProblem } from './xml.js';
import { Budget, inflateEntry, zipEntries, ZipProblem, type ZipEntry } from './zip.js';

/**
 * Uncompressed bytes a workbook may hold, all parts together: ~20 times a large client book. Measured
 * (reading alone, one thread): a 13 MB worksheet of 200,000 cells (the cell limit) peaked at 155 MB
 * resident; a 32 MB one of 480,000 cells, refused at the cell limit, at 190 MB.
 */
export const MAX_UNCOMPRESSED_BYTES = 32 * 1024 * 1024;

interface Workbook {
  sheets: { name: string; target: string }[];
  date1904: boolean;
}

export function readXlsx(bytes: Uint8Array, wanted: string | undefined): GridRead {
  try {
    const entries = zipEntries(bytes);
    const budget = new Budget(MAX_UNCOMPRESSED_BYTES);
    const part = (name: string): Uint8Array | undefined => {
      const entry: ZipEntry | undefined = entries.get(name);
      return entry ? inflateEntry(bytes, entry, budget) : undefined;
    };
    const workbook = readWorkbook(part);
    const sheet = wanted === undefined ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === wanted);
    if (!sheet) {
      const known = workbook.sheets.map((s) => s.name).join(', ') || '—';
      return { ok: false, problem: { code: 'sheet/no-such-sheet', args: { sheet: wanted ?? '', known } } };
    }
    const strings = sharedStrings(part('xl/sharedStrings.xml'));
    const dates = dateStyles(part('xl/styles.xml'));
    const data = part(sheet.target);
    if (!data) return { ok: false, problem: { code: 'sheet/xlsx', args: { reason: `the part ${sheet.target} is missing` } } };
    return readWorksheet(data, sheet.name, { strings, dates, date1904: workbook.date1904 });
  } catch (error) {
    if (error instanceof ZipProblem && error.kind === 'too-large')
      return { ok: false, problem: { code: 'sheet/too-large', args: { reason: error.reason, max: MAX_UNCOMPRESSED_BYTES } } };
    if (error instanceof ZipProblem || error instanceof XmlProblem)
      return { ok: false, problem: { code: 'sheet/xlsx', args: { reason: error.message } } };
    if (error instanceof CellLimit)
      return { ok: false, problem: { code: 'sheet/too-many-cells', args: { max: MAX_CELLS }, cell: error.cell } };
    throw error;
  }
}

function readWorkbook(part: (name: string) => Uint8Array | undefined): Workbook {
  const book = part('xl/workbook.xml');
  if (!book) throw new ZipProblem('xl/workbook.xml is missing: not an xlsx workbook');
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  walkXml(book, 'xl/workbook.xml', {
    open(name, attributes) {
      if (name === 'sheet') sheets.push({ name: attributes.name ?? '', id: attribute(attributes, 'id') ?? '' });
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
    },
  });
  const targets = new Map<string, string>();
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels) {
    walkXml(rels, 'xl/_rels/workbook.xml.rels', {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, partName(attributes.Target));
      },
    });
  }
  return { sheets: sheets.map((s, i) => ({ name: s.name, target: targets.get(s.id) ?? `xl/worksheets/sheet${i + 1}.xml` })), date1904 };
}

/** A relationship target, relative to `xl/` or absolute from the package root. */
const partName = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, '/');

/** The shared strings, rich-text runs joined, phonetic guides (`rPh`, furigana and pinyin) left out. */
function sharedStrings(data: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!data) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  walkXml(data, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 'si') strings.push(current ?? '');
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text(text) {
      if (inText && phonetic === 0 && current !== undefined) current += text;
    },
  });
  return strings;
}

/** For each cell style index, whether its number format shows a date. */
function dateStyles(data: Uint8Array | undefined): boolean[] {
  if (!data) return [];
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const pending: number[] = [];
  walkXml(data, 'xl/styles.xml', {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) pending.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of pending) styles.push(isDateFormat(id, codes.get(id)));
  return styles;
}

class CellLimit extends Error {
  constructor(readonly cell: { row: number; column: number }) {
    super('too many cells');
  }
}

interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function readWorksheet(data: Uint8Array, sheet: string, context: Context): GridRead {
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let cell: { column: number; type: string; style: number; text: string; inValue: boolean } | undefined;
  let nextRow = 1;
  let nextColumn = 1;
  let count = 0;
  walkXml(data, sheet, {
    open(name, attributes) {
      if (name === 'row') {
        const number = Number(attributes.r ?? nextRow);
        row = { row: number, cells: new Map() };
        nextRow = number + 1;
        nextColumn = 1;
      } else if (name === 'c' && row) {
        const column = (attributes.r && parseCellRef(attributes.r)?.column) || nextColumn;
        nextColumn = column + 1;
        count += 1;
        if (count > MAX_CELLS) throw new CellLimit({ row: row.row, column });
        cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), text: '', inValue: false };
      } else if (cell && (name === 'v' || name === 't')) cell.inValue = true;
    },
    close(name) {
      if (name === 'row' && row) {
        if (row.cells.size > 0) rows.push(row);
        row = undefined;
      } else if (name === 'c' && cell && row) {
        const value = cellValue(cell, context);
        if (value !== undefined && cell.column <= MAX_COLUMNS) row.cells.set(cell.column, value);
        cell = undefined;
      } else if (cell && (name === 'v' || name === 't')) cell.inValue = false;
    },
    text(text) {
      if (cell?.inValue) cell.text += text;
    },
  });
  return { ok: true, grid: { sheet, rows }, warnings: [] };
}

function cellValue(cell: { type: string; style: number; text: string }, context: Context): CellValue | undefined {
  const text = cell.text;
  switch (cell.type) {
    case 's': {
      const value = context.strings[Number(text)];
      return value === undefined || value.trim() === '' ? undefined : value;
    }
    case 'b':
      return text === '1' || text === 'true';
    case 'str':
    case 'inlineStr':
    case 'e':
      return text.trim() === '' ? undefined : text;
    case 'd':
      return text.slice(0, 10) || undefined;
    default: {
      if (text.trim() === '') return undefined;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return context.dates[cell.style] ? (serialToDate(number, context.date1904) ?? number) : number;
    }
  }
}
