/** `template --format csv|xlsx`: the sheet a consultant fills in, read back by another library and by check. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import type { Run } from '../e2e/run.js';
import { scratch } from '../scratch.js';

let dir: string;
beforeAll(() => {
  dir = scratch('sheet-template-');
});

describe('template --format csv', () => {
  let run: Run;
  let header: string[];
  beforeAll(async () => {
    run = await cliIn(['template', '--format', 'csv']);
    header = run.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(',');
  });

  it('writes one header row, with a BOM and CRLF, naming every question of the bundled programmes', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFcompany.name,company.uscc,')).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(
      expect.arrayContaining([
        'company.business_district',
        'company.fields',
        'project.id',
        'project.investment',
        'project.municipal_funding',
      ]),
    );
    expect(new Set(header).size).toBe(header.length);
  });

  it('filled in, checks', async () => {
    const row = header.map(
      (h) =>
        ({ 'company.name': 'Acme', 'company.business_district': '普陀区', 'project.id': 'p1', 'project.investment': '300万' })[h] ?? '',
    );
    const file = join(dir, 'filled.csv');
    writeFileSync(file, `${header.join(',')}\r\n${row.join(',')}\r\n`);
    const checked = await cliIn(['check', file, '--as-of', '2022-07-05', '--format', 'json']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('asks only what the chosen programme reads', async () => {
    const only = (await cliIn(['template', '--format', 'csv', '--programme', 'putuo-smart-software'])).stdout;
    expect(only).toContain('company.smart_software_oriented');
    expect(only).not.toContain('project.municipal_funding');
  });
});

describe('template --format xlsx', () => {
  let file: string;
  let run: Run;
  beforeAll(async () => {
    file = join(dir, 'clients.xlsx');
    run = await cliIn(['template', '--format', 'xlsx', '--output', file]);
  });

  it('opens in another library: the header sheet first, then the questions in Chinese and English', async () => {
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['clients', 'questions']);
    const header = (book.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['company.name', 'company.uscc']);
    const questions = book.worksheets[1]!;
    const rows = new Map<string, unknown[]>();
    questions.eachRow((r) => rows.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1)));
    expect(rows.get('company.credit')).toEqual([
      'company.credit',
      '信用记录',
      'Credit record',
      '可选值：good、poor',
      'one of: good, poor',
      '公司的信用记录是否良好？',
      "Is the company's credit record good?",
      expect.stringContaining('putuo-digital-transformation'),
    ]);
    expect(String(rows.get('company.tech_enterprise')?.[4])).toBe('true/false, yes/no or 是/否');
    expect([...rows.keys()].slice(1)).toEqual(header);
  });

  it('filled in by another library, checks', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    sheet.getRow(2).values = header.map(
      (h) => ({ 'company.name': 'Acme', 'company.credit': 'good', 'project.id': 'p1', 'project.investment': 3_000_000 })[h] ?? null,
    );
    const filled = join(dir, 'filled.xlsx');
    await book.xlsx.writeFile(filled);
    const checked = await cliIn(['check', filled, '--as-of', '2022-07-05', '--format', 'json']);
    expect(checked.stderr).toBe('');
    const result = JSON.parse(checked.stdout).results[0];
    expect(result).toMatchObject({ file: `${filled}:clients!2`, valid: true, company: { name: 'Acme' } });
  });

  it('refuses to write a workbook onto a terminal only; a pipe gets the bytes', async () => {
    const piped = await cliIn(['template', '--format', 'xlsx']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
  });
});
