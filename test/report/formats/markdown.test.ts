import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/formats/markdown.js';
import { BAD_MONEY, HUAXIN, SHENGTAI, UNKNOWN_KEY, awkward, options, reportOf } from './reports.js';

/** A GFM table row's cells: split on pipes not escaped by a backslash. */
const cells = (row: string) =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('|'));

describe('markdown', () => {
  const md = formatMarkdown(reportOf([HUAXIN, SHENGTAI, BAD_MONEY, UNKNOWN_KEY], { failOn: ['below:100万'] }), options());
  const rows = tableRows(md);

  it('has a header, one row per file and a total row, every row of seven cells', () => {
    expect(rows).toHaveLength(2 + 4 + 1);
    expect(rows[0]).toBe('| Company | File | Programmes | Eligible | Undetermined | Max total | Problems |');
    expect(rows[1]).toBe('| --- | --- | --- | --: | --: | --: | --- |');
    for (const row of rows) expect(cells(row)).toHaveLength(7);
  });

  it('gives each file its company, programmes with an eligible measure, counts, max total and problems', () => {
    expect(cells(rows[2]!)).toEqual([
      '上海华信智联物流有限公司',
      '`fixtures/profiles/huaxin-logistics.yaml`',
      'putuo-digital-transformation',
      '1',
      '0',
      '900,000',
      'fails below:100万',
    ]);
    expect(cells(rows[3]!)).toEqual([
      '上海晟泰精密机械制造有限公司',
      '`fixtures/profiles/shengtai-manufacturing.yaml`',
      'putuo-digital-transformation',
      '1',
      '0',
      '2,000,000',
      '',
    ]);
    expect(cells(rows[4]!)).toEqual([
      '上海同舟纺织科技有限公司',
      '`fixtures/profiles/invalid-bad-money.yaml`',
      '—',
      '—',
      '—',
      '—',
      'invalid: profile/money 21:17',
    ]);
    expect(cells(rows[5]!)[6]).toBe('1 warning(s); fails below:100万');
  });

  it('totals the portfolio and explains the columns and the gates', () => {
    expect(cells(rows[6]!)).toEqual([
      '**Total**',
      '4 profile(s): 3 valid, 1 invalid',
      '',
      '2',
      '2',
      '**2,900,000**',
      '1 invalid; 2 failing a gate',
    ]);
    expect(md).toContain('As of 2022-07-05; rules putuo-digital-transformation@2022');
    expect(md).toContain('Undetermined: measures (per project) with that verdict');
    expect(md.trimEnd().split('\n').at(-1)).toBe('Gates: --fail-on below:100万');
  });

  it('names a programme to a Chinese reader by its document number, in the rows and the legend (the id stays beside it there)', () => {
    const zh = formatMarkdown(reportOf([HUAXIN]), options({ lang: 'zh' }));
    expect(cells(tableRows(zh)[2]!)[2]).toBe('普科委规范〔2021〕1号');
    expect(zh).toContain('规则 普科委规范〔2021〕1号（putuo-digital-transformation@2022）');
    const both = formatMarkdown(reportOf([HUAXIN]), options({ lang: 'both' }));
    expect(cells(tableRows(both)[2]!)[2]).toBe('putuo-digital-transformation 普科委规范〔2021〕1号');
  });

  it('escapes | and line breaks in cells, so a name cannot break the table', () => {
    const [, , row] = tableRows(formatMarkdown(reportOf([awkward('上海|管道\n科技')]), options()));
    expect(row).toContain('| 上海\\|管道 科技 |');
    expect(cells(row!)).toHaveLength(7);
  });

  it('escapes Markdown and HTML in cells: no link, remote image, bare address or raw HTML from a company name', () => {
    const name = '[click](https://evil.example) ![i](https://evil.example/p.png) <img src=x onerror=alert(1)> www.evil.example';
    const [, , row] = tableRows(formatMarkdown(reportOf([awkward(name)]), options()));
    expect(row).toContain(
      '| \\[click\\](https\\://evil.example) !\\[i\\](https\\://evil.example/p.png) &lt;img src=x onerror=alert(1)&gt; www\\.evil.example |',
    );
    expect(row).not.toMatch(/<img|(?<!\\)\]\(|https:\/\/|www\.e/);
  });

  it('speaks Chinese with --lang zh', () => {
    const zh = formatMarkdown(reportOf([HUAXIN], { lang: 'zh' }), options({ lang: 'zh' }));
    expect(tableRows(zh)[0]).toBe('| 企业 | 文件 | 政策 | 符合 | 待定 | 最高合计 | 问题 |');
    expect(zh).toContain('| 90万元 |');
  });
});
