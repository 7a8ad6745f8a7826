import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx, MAX_UNCOMPRESSED_BYTES } from '../../src/sheets/xlsx.js';

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="0"/><sheets><sheet name="客户" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/other.xml"/></Relationships>`;
const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
const STRINGS = `<sst><si><t>company.name</t></si><si><r><t>上海</t></r><r><t>智远</t></r><rPh sb="0" eb="2"><t>しゃんはい</t></rPh></si><si><t xml:space="preserve"> a &amp; b </t></si></sst>`;

const sheetXml = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;

function book(sheet: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(RELS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(STRINGS),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    'xl/worksheets/other.xml': strToU8(sheetXml('<row r="3"><c r="B3" t="inlineStr"><is><t>other</t></is></c></row>')),
    ...extra,
  });
}

const cellsOf = (read: ReturnType<typeof readXlsx>) => {
  if (!read.ok) throw new Error(read.problem.code);
  return read.grid.rows.map((r) => [r.row, Object.fromEntries(r.cells)]);
};

describe('readXlsx', () => {
  it('reads shared strings (runs joined, phonetic guides dropped), numbers, booleans, dates and cached formula values', () => {
    const read = readXlsx(
      book(
        sheetXml(
          '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
            '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" s="1"><v>44742</v></c><c r="D4" s="2"><v>4000000</v></c>' +
            '<c r="E4" t="b"><v>1</v></c><c r="F4"><f>1+1</f><v>2</v></c><c r="G4" t="str"><f>A1&amp;"x"</f><v>company.namex</v></c>' +
            '<c r="H4"><f>NOW()</f></c><c r="I4" t="s"><v>2</v></c><c r="AA4" t="inlineStr"><is><t>wide</t></is></c></row>',
        ),
      ),
      undefined,
    );
    expect(cellsOf(read)).toEqual([
      [1, { 1: 'company.name' }],
      [4, { 1: '上海智远', 3: '2022-06-30', 4: 4_000_000, 5: true, 6: 2, 7: 'company.namex', 9: ' a & b ', 27: 'wide' }],
    ]);
    expect(read.ok && read.grid.sheet).toBe('客户');
  });

  it('reads the sheet --sheet names, through an absolute relationship target, and names the sheets when it is absent', () => {
    expect(cellsOf(readXlsx(book(sheetXml('')), 'Other'))).toEqual([[3, { 2: 'other' }]]);
    const absent = readXlsx(book(sheetXml('')), 'Clients');
    expect(absent).toEqual({ ok: false, problem: { code: 'sheet/no-such-sheet', args: { sheet: 'Clients', known: '客户, Other' } } });
  });

  it('refuses a zip bomb by its declared size, before inflating it', () => {
    const bomb = strToU8(' '.repeat(MAX_UNCOMPRESSED_BYTES + 1));
    const read = readXlsx(book(sheetXml(''), { 'xl/worksheets/sheet1.xml': bomb }), undefined);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.code).toBe('sheet/too-large');
  });

  it('stops inflating a zip bomb that lies about its size, at the budget', () => {
    const bytes = book(sheetXml(''), {
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet>${' '.repeat(MAX_UNCOMPRESSED_BYTES + 10)}</worksheet>`),
    });
    // Patch the central directory's uncompressed size of the sheet to a harmless 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('xl/worksheets/sheet1.xml');
    let patched = 0;
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      if (Buffer.from(bytes.subarray(at + 46, at + 46 + length)).equals(Buffer.from(name))) {
        view.setUint32(at + 24, 100, true);
        patched += 1;
      }
    }
    expect(patched).toBe(1);
    const read = readXlsx(bytes, undefined);
    expect(!read.ok && read.problem.code).toBe('sheet/too-large');
  });

  it('refuses a part with a DOCTYPE (the start of an entity bomb) and text that is no workbook', () => {
    const doctype = readXlsx(book('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>'), undefined);
    expect(!doctype.ok && doctype.problem.code).toBe('sheet/xlsx');
    const text = readXlsx(strToU8('company.name\nAcme\n'), undefined);
    expect(!text.ok && text.problem).toEqual({ code: 'sheet/xlsx', args: { reason: 'not a zip archive (is it an xlsx workbook?)' } });
  });
});
