/** RFC 4180 read back, strictly, for the tests: CRLF-ended records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      for (i += 1; ; i += 1) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (text[i] === '"') break;
        else field += text[i];
      }
      i += 1;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare quote or line break in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return records;
}

/** The rows of a csv report as objects, after checking the BOM, the header and every row's width. */
export function csvRows<C extends string>(csv: string, columns: readonly C[]): Record<C, string>[] {
  if (!csv.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  const [head, ...rows] = parseCsv(csv.slice(1));
  if (JSON.stringify(head) !== JSON.stringify(columns)) throw new Error(`header ${JSON.stringify(head)}`);
  for (const row of rows) if (row.length !== columns.length) throw new Error(`row of ${row.length} fields: ${JSON.stringify(row)}`);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]!])) as Record<C, string>);
}
