/**
 * Client sheets through the command line (in this process; worker threads through the built CLI):
 * headers, grouping, values, located problems, folders, explain.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { cli, type Run } from '../e2e/run.js';
import { scratch } from '../scratch.js';

let dir: string;
beforeAll(() => {
  dir = scratch('sheet-cli-');
});
const write = (name: string, lines: string[], encoding: BufferEncoding = 'utf8') => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, lines.join('\r\n'), encoding);
  return file;
};
const parsed = (run: Run) => {
  return {
    ...run,
    report: JSON.parse(run.stdout) as {
      results: {
        file: string;
        valid: boolean;
        company: { name: string };
        diagnostics: { code: string; at?: string; severity: string }[];
        programmes: { measures: { id: string; project: string | null; verdict: string; maxAmount: number | null }[] }[];
      }[];
      summary: { files: number; maxTotal: number };
    },
  };
};
const json = async (args: string[]) => parsed(await cliIn(['check', ...args, '--format', 'json']));

describe('client sheets through check', () => {
  it('reads Chinese headers from the rules’ fact labels, and 是/否 booleans', async () => {
    const file = write('zh.csv', [
      '企业名称,统一社会信用代码,工商注册地（区）,税务登记地（区）,独立法人资格,经营状态,信用记录,项目编号,项目类型,项目投资额,市级数字化转型资金支持额,联合申报,项目开始时间,项目结束时间,项目状态,政府投资类项目',
      '上海华信智联物流有限公司,91310107MA1G8W2N5J,普陀区,普陀区,是,normal,good,p1,digital-transformation,300万,0,否,2021-07,2022-05,accepted,否',
    ]);
    const run = await json([file, '--as-of', '2022-07-05', '--programme', 'putuo-digital-transformation']);
    expect(run.stderr).toBe('');
    const measures = run.report.results[0]!.programmes[0]!.measures;
    expect(measures.find((m) => m.id === 'project-subsidy')).toMatchObject({ project: 'p1', verdict: 'eligible', maxAmount: 900_000 });
  });

  it('makes a company cell that disagrees between rows of one company an error at that cell', async () => {
    const file = write('mismatch.csv', [
      'company.name,company.uscc,company.credit,project.id',
      'Acme,91310107MA1G8W2N5J,good,p1',
      'Acme Ltd,91310107MA1G8W2N5J,poor,p2',
      'Beta,,good,',
    ]);
    const run = await json([file, '--as-of', '2022-07-05']);
    expect(run.code).toBe(3);
    expect(run.report.results.map((r) => [r.file, r.valid])).toEqual([
      [`${file}:mismatch!2`, false],
      [`${file}:mismatch!4`, true],
    ]);
    expect(run.report.results[0]!.diagnostics.map((d) => [d.code, d.at])).toEqual([
      ['sheet/company-mismatch', `${file}:mismatch!A3`],
      ['sheet/company-mismatch', `${file}:mismatch!C3`],
    ]);
  });

  it('warns once about a column it does not know, with a suggestion, and ignores it', async () => {
    const file = write('unknown.csv', ['company.name,company.credt', 'Acme,good', 'Beta,good']);
    const run = await cliIn(['check', file, '--as-of', '2022-07-05', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}:unknown!B1 warning sheet/unknown-column column "company.credt" names no profile fact and is ignored; did you mean company.credit?`,
    ]);
  });

  it('refuses a sheet without a header naming the company, as one invalid row', async () => {
    const file = write('noheader.csv', ['name,credit', 'Acme,good']);
    const run = await json([file, '--as-of', '2022-07-05']);
    expect(run.code).toBe(3);
    expect(run.report.results.map((r) => [r.file, r.diagnostics[0]!.code])).toEqual([[file, 'sheet/no-header']]);
  });

  it('reads a GB18030 CSV with a warning, names intact', async () => {
    const bytes = Buffer.from([
      ...Buffer.from('company.name,company.business_district\r\n'),
      0xc6,
      0xd5,
      0xcd,
      0xd3,
      0x2c,
      0xc6,
      0xd5,
      0xcd,
      0xd3,
      0xc7,
      0xf8,
    ]);
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, bytes);
    const run = await json([file, '--as-of', '2022-07-05']);
    expect(run.report.results[0]!.company.name).toBe('普陀');
    expect(run.report.results[0]!.diagnostics.map((d) => d.code)).toEqual(['sheet/gb18030']);
    expect(run.stderr).toContain('warning sheet/gb18030');
  });

  it('finds sheets in folders and through globs, beside profiles, sorted by path', async () => {
    const folder = join(dir, 'book');
    write('book/a.csv', ['company.name', 'Acme', 'Beta']);
    writeFileSync(join(folder, 'b.yaml'), 'company:\n  name: Gamma\n');
    const byFolder = await json([folder, '--as-of', '2022-07-05']);
    expect(byFolder.report.results.map((r) => r.company.name)).toEqual(['Acme', 'Beta', 'Gamma']);
    const byGlob = await json([`${folder}/*.csv`, '--as-of', '2022-07-05']);
    expect(byGlob.report.results.map((r) => r.file.replace(/^.*\/book\//, ''))).toEqual(['a.csv:a!2', 'a.csv:a!3']);
  });
});

describe('client sheets in worker threads and shards', () => {
  it('gives the same results with --jobs 2, and each company to exactly one shard', async () => {
    const args = ['fixtures/sheets/clients.xlsx', '--as-of', '2022-07-05'];
    const one = (await json([...args, '--jobs', '1'])).report.results;
    expect(parsed(cli(['check', ...args, '--jobs', '2', '--format', 'json'])).report.results).toEqual(one);
    const shards: string[] = [];
    for (const k of [1, 2]) shards.push(...(await json([...args, '--shard', `${k}/2`])).report.results.map((r) => r.file));
    expect(shards.sort()).toEqual(one.map((r) => r.file).sort());
  });

  it('checks the one company a result names (any of its rows), as the portfolio legend says', async () => {
    const whole = await json(['fixtures/sheets/clients.xlsx', '--as-of', '2022-07-05']);
    const named = await json(['fixtures/sheets/clients.xlsx:客户!3', 'fixtures/sheets/clients.xlsx:客户!6', '--as-of', '2022-07-05']);
    expect(named.code).toBe(0);
    expect(named.stderr).toBe('');
    const byFile = new Map(whole.report.results.map((r) => [r.file, r]));
    expect(named.report.results.map((r) => r.file)).toEqual(['fixtures/sheets/clients.xlsx:客户!2', 'fixtures/sheets/clients.xlsx:客户!6']);
    for (const r of named.report.results) expect(r).toEqual(byFile.get(r.file));
    // One company: the table of one file, with its reasons, not a portfolio row.
    const table = await cliIn(['check', 'fixtures/sheets/clients.csv:clients!4', '--as-of', '2022-07-05', '--no-color']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('上海华信智联物流有限公司');
    expect(table.stdout).not.toContain('Portfolio total');
  });

  it('checks a company named with its whole sheet, or by two of its rows, once: it counts once in the total', async () => {
    const whole = (await json(['fixtures/sheets/clients.csv', '--as-of', '2022-07-05'])).report;
    const names = whole.results.map((r) => r.file);
    const run = await json([
      'fixtures/sheets/clients.csv:clients!3',
      './fixtures/sheets/clients.csv:clients!2',
      'fixtures/sheets/clients.csv',
      '--as-of',
      '2022-07-05',
    ]);
    expect(run.report.results.map((r) => r.file)).toEqual(names);
    expect(run.report.summary.maxTotal).toBe(whole.summary.maxTotal);
  });

  it('reports a named row where no company is as that input’s error, and checks the rest', async () => {
    const run = await json(['fixtures/sheets/clients.csv:clients!99', 'fixtures/sheets/clients.csv:clients!2', '--as-of', '2022-07-05']);
    expect(run.code).toBe(3);
    expect(run.report.results.map((r) => [r.file, r.valid])).toEqual([
      ['fixtures/sheets/clients.csv:clients!99', false],
      ['fixtures/sheets/clients.csv:clients!2', true],
    ]);
    expect(run.stderr).toContain('sheet/no-such-row');
    expect(run.stderr).toContain('rows 2, 4, 5, 6');
    const sheet = await json(['fixtures/sheets/clients.xlsx:Clients!2', '--as-of', '2022-07-05']);
    expect(sheet.code).toBe(3);
    expect(sheet.stderr).toContain('sheet/no-such-sheet');
    // A CSV has one sheet, named after the file: another name is a typo, not that sheet.
    const csv = await json(['fixtures/sheets/clients.csv:Clients!2', '--as-of', '2022-07-05']);
    expect(csv.code).toBe(3);
    expect(csv.stderr).toContain('no sheet named "Clients" (its sheets: clients)');
  });
});

describe('client sheets through explain', () => {
  it('explains the company a check result names, and asks which when a sheet holds several', async () => {
    const one = await cliIn(['explain', 'fixtures/sheets/clients.csv:clients!3', '--as-of', '2022-07-05', '--format', 'json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({
      file: 'fixtures/sheets/clients.csv:clients!2',
      company: { name: '上海桃浦智造新材料有限公司' },
    });
    // As check reads the name: the sheet's own warnings go with any of its companies; a row where no company is, is no company.
    const shared = write('shared.csv', ['company.name,company.nonsense', 'Acme,1', 'Beta,2']);
    const second = await cliIn(['explain', `${shared}:shared!3`, '--as-of', '2022-07-05', '--format', 'json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ company: { name: 'Beta' }, diagnostics: [{ code: 'sheet/unknown-column' }] });
    const none = await cliIn(['explain', 'fixtures/sheets/clients.csv:clients!99', '--as-of', '2022-07-05']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('sheet/no-such-row');
    const misnamed = await cliIn(['explain', 'fixtures/sheets/clients.csv:Clients!2', '--as-of', '2022-07-05']);
    expect(misnamed.code).toBe(3);
    expect(misnamed.stderr).toContain('sheet/no-such-sheet');
    const many = await cliIn(['explain', 'fixtures/sheets/clients.csv', '--as-of', '2022-07-05']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('explain/which-company');
    expect(many.stderr).toContain('fixtures/sheets/clients.csv:clients!6');
  });
});
