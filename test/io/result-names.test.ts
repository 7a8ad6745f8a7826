/** A result's name read back from an argument: the sheet or stream it reads, and which company or line. */
import { describe, expect, it } from 'vitest';
import { namedFile, namedLine, namedRow } from '../../src/io/result-names.js';

describe('result names', () => {
  it('reads a sheet company’s name: the sheet name may hold ! and spaces; the path may be a Windows one', () => {
    expect(namedRow('clients.xlsx:客户!3')).toEqual({ file: 'clients.xlsx', name: 'clients.xlsx:客户!3', sheet: '客户', row: 3 });
    expect(namedRow('book.XLSX:A!B 2!12')).toMatchObject({ file: 'book.XLSX', sheet: 'A!B 2', row: 12 });
    expect(namedRow('C:\\data\\clients.csv:clients!2')).toMatchObject({ file: 'C:\\data\\clients.csv', sheet: 'clients', row: 2 });
    for (const arg of ['clients.xlsx', 'clients.xlsx:客户', 'clients.xlsx:!3', 'clients.xlsx:客户!Q5', 'clients.yaml:x!3'])
      expect(namedRow(arg), arg).toBeUndefined();
  });

  it('reads a stream line’s name: a line number from 1, no leading zero', () => {
    expect(namedLine('./p.ndjson:12')).toEqual({ file: './p.ndjson', name: './p.ndjson:12', line: 12 });
    expect(namedLine('C:\\runs\\P.JSONL:1')).toMatchObject({ file: 'C:\\runs\\P.JSONL', line: 1 });
    for (const arg of ['p.ndjson', 'p.ndjson:0', 'p.ndjson:012', 'p.ndjson:3:1', 'p.json:3']) expect(namedLine(arg), arg).toBeUndefined();
  });

  it('gives the file either name reads, and nothing for a plain path', () => {
    expect([namedFile('a.csv:a!2'), namedFile('b.ndjson:4'), namedFile('c.yaml'), namedFile('-')]).toEqual([
      'a.csv',
      'b.ndjson',
      undefined,
      undefined,
    ]);
  });
});
