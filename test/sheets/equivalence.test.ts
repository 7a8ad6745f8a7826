/**
 * Done when: a client sheet of a few companies checks exactly like the same companies written as YAML
 * profiles — same verdicts, amounts and totals; the broken money cell a located diagnostic — for the
 * CSV fixture and for an xlsx written by another library (exceljs) than the one that reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/sheets/csv.js';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

const YAML = [
  'fixtures/profiles/taopu-materials-best-pair.yaml',
  'fixtures/profiles/huaxin-logistics.yaml',
  'fixtures/profiles/invalid-bad-money.yaml',
  'fixtures/profiles/zhiyuan-ai.yaml',
];
const CSV = 'fixtures/sheets/clients.csv';

interface Result {
  file: string;
  valid: boolean;
  company: { name: string | null; uscc: string | null };
  programmes: unknown[];
  maxTotal: number | null;
  diagnostics: { code: string; path: string; line: number; column: number; at?: string }[];
}
interface Report {
  results: Result[];
  summary: Record<string, number>;
}

async function check(
  inputs: string[],
  asOf: string,
  extra: string[] = [],
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await cliIn(['check', ...inputs, '--as-of', asOf, '--format', 'json', ...extra]);
  if (!run.stdout.startsWith('{')) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

/** What must match between a sheet's company and its YAML twin: all but where it came from. */
const decided = (r: Result) => ({ valid: r.valid, company: r.company, programmes: r.programmes, maxTotal: r.maxTotal });

/** The fixture CSV rewritten as an xlsx by exceljs: money as numbers, closing dates as date cells. */
async function writeXlsx(file: string): Promise<void> {
  const rows = (parseCsv(readFileSync(CSV, 'utf8')) as { rows: { cells: Map<number, string> }[] }).rows;
  const header = rows[0]!;
  const width = Math.max(...header.cells.keys());
  const book = new ExcelJS.Workbook();
  book.addWorksheet('封面').getCell('A1').value = '客户名册';
  const sheet = book.addWorksheet('客户');
  rows.forEach((row, i) => {
    const values: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const text = row.cells.get(c);
      const column = String(header.cells.get(c));
      if (text === undefined) values.push(null);
      else if (i > 0 && column === 'project.investment' && text === '3,000,000') values.push(3_000_000);
      else if (i > 0 && column === 'project.end' && /^\d{4}-\d\d-\d\d$/.test(text)) values.push(new Date(`${text}T00:00:00Z`));
      else if (i > 0 && column === 'company.independent_legal_person' && text === 'true') values.push(true);
      else values.push(text);
    }
    sheet.addRow(values);
  });
  sheet.getColumn(15).numFmt = 'yyyy-mm-dd';
  await book.xlsx.writeFile(file);
}

describe.each(['2022-07-05', '2021-03-15'])('a client sheet checks like its YAML profiles, as of %s', (asOf) => {
  let xlsx: string;
  let yaml: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    xlsx = join(scratch('sheets-'), 'clients.xlsx');
    await writeXlsx(xlsx);
    yaml = await check(YAML, asOf);
  });

  it.each([
    ['csv', () => check([CSV], asOf), () => `${CSV}:clients!`],
    ['xlsx', () => check([xlsx, '--sheet', '客户'], asOf), () => `${xlsx}:客户!`],
  ])('%s: same verdicts, amounts and totals; the broken cell located', async (_kind, run, prefixOf) => {
    const prefix = prefixOf();
    const sheet = await run();
    expect(sheet.code).toBe(3);
    expect(sheet.report.results.map((r) => r.file)).toEqual([2, 4, 5, 6].map((row) => `${prefix}${row}`));
    expect(sheet.report.results.map(decided)).toEqual(yaml.report.results.map(decided));
    expect(sheet.report.summary).toEqual(yaml.report.summary);
    expect(yaml.report.summary.maxTotal).toBeGreaterThan(0);
    const broken = sheet.report.results[2]!;
    expect(broken.diagnostics).toEqual([
      expect.objectContaining({ code: 'profile/money', path: 'projects[0].investment', line: 5, column: 17, at: `${prefix}Q5` }),
    ]);
    expect(sheet.stderr).toContain(`${prefix}Q5 error profile/money`);
  });
});

describe('the committed example sheets', () => {
  it('fixtures/sheets/clients.xlsx (written by exceljs) checks like fixtures/sheets/clients.csv', async () => {
    const xlsx = await check(['fixtures/sheets/clients.xlsx'], '2022-07-05');
    const csv = await check([CSV], '2022-07-05');
    expect(xlsx.report.results.map((r) => r.file)).toEqual([2, 4, 5, 6].map((row) => `fixtures/sheets/clients.xlsx:客户!${row}`));
    expect(xlsx.report.results.map(decided)).toEqual(csv.report.results.map(decided));
    expect(xlsx.report.summary).toEqual(csv.report.summary);
  });
});
