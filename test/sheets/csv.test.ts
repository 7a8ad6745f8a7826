import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv } from '../../src/sheets/csv.js';

const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  if ('problem' in parsed) throw new Error(parsed.problem.code);
  return parsed.rows.map((r) => [r.row, Object.fromEntries(r.cells)]);
};

describe('CSV (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a cell; rows count records', () => {
    expect(rowsOf('a,b,c\r\n"1,5","say ""hi""","two\r\nlines"\r\n,,\r\nx,,z')).toEqual([
      [1, { 1: 'a', 2: 'b', 3: 'c' }],
      [2, { 1: '1,5', 2: 'say "hi"', 3: 'two\r\nlines' }],
      [4, { 1: 'x', 3: 'z' }],
    ]);
  });

  it('accepts bare LF line ends and a last record without one', () => {
    expect(rowsOf('a,b\nc,d')).toEqual([
      [1, { 1: 'a', 2: 'b' }],
      [2, { 1: 'c', 2: 'd' }],
    ]);
  });

  it('reports a quote that is never closed at the cell it opens', () => {
    expect(parseCsv('a,b\r\nx,"open\r\n')).toEqual({ problem: { code: 'sheet/csv-quote', args: {}, cell: { row: 2, column: 2 } } });
  });

  it('drops a UTF-8 BOM, and reads GB18030 (Excel "CSV" on Chinese Windows) with a warning', () => {
    const utf8 = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('企业名称\r\n普陀', 'utf8')]), 'clients');
    expect(utf8.ok && utf8.grid.rows[0]!.cells.get(1)).toBe('企业名称');
    expect(utf8.ok && utf8.warnings).toEqual([]);
    // 普陀 in GBK: C6D5 CDD3; not valid UTF-8.
    const gbk = readCsv(new Uint8Array([0xc6, 0xd5, 0xcd, 0xd3, 0x0d, 0x0a]), 'clients');
    expect(gbk.ok && gbk.grid.rows[0]!.cells.get(1)).toBe('普陀');
    expect(gbk.ok && gbk.warnings).toEqual([{ code: 'sheet/gb18030', args: {} }]);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const read = readCsv(new Uint8Array([0x41, 0xff, 0xff, 0x0a]), 'clients');
    expect(!read.ok && read.problem.code).toBe('io/encoding');
  });
});
