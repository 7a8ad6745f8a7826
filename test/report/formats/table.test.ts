import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/formats/table.js';
import { cells, tableRows } from './table-read.js';
import { BAD_MONEY, HUAXIN, PROFILES, SHENGTAI, options, reportOf } from './reports.js';

/** Columns a terminal gives a line: CJK and full-width forms take two. */
const columns = (line: string) =>
  [...line].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1), 0);
const rowOf = (out: string, text: string) => out.split('\n').find((l) => l.includes(text)) ?? '';

describe('table', () => {
  it('keeps the per-measure tables for a single file', () => {
    const out = formatTable(reportOf([HUAXIN]), options());
    expect(rowOf(out, 'Digital-transformation')).toMatch(/│ p1\s+│ ✓ eligible\s+│ up to 900,000\s+│ all 12 conditions met/);
    expect(out).toContain('Application window: open, closes in 10 days (2022-07-15)');
    expect(out).toContain('Company total: at most 900,000');
    expect(out).not.toContain('Portfolio total');
  });

  it('gives several files one summary row each and a portfolio total', () => {
    const out = formatTable(reportOf([HUAXIN, SHENGTAI, BAD_MONEY], { failOn: ['below:100万'] }), options({ width: 240 }));
    expect(out).not.toContain('Application window');
    expect(cells(rowOf(out, 'huaxin-logistics.yaml'))).toEqual([
      '上海华信智联物流有限公司',
      HUAXIN,
      'putuo-digital-transformation',
      '1',
      '0',
      '900,000',
      'fails below:100万',
    ]);
    expect(cells(rowOf(out, 'shengtai-manufacturing.yaml'))).toEqual([
      '上海晟泰精密机械制造有限公司',
      SHENGTAI,
      'putuo-digital-transformation',
      '1',
      '0',
      '2,000,000',
      '',
    ]);
    expect(cells(rowOf(out, 'invalid-bad-money.yaml'))).toEqual([
      '上海同舟纺织科技有限公司',
      BAD_MONEY,
      '—',
      '—',
      '—',
      '—',
      'invalid: profile/money 21:17',
    ]);
    expect(cells(rowOf(out, 'Portfolio total'))).toEqual(['Portfolio total', '3 profiles', '', '2', '0', '2,900,000', '1 failing a gate']);
    expect(out).toContain('3 profiles: 2 valid, 1 invalid; 2 with an eligible measure; total at most 2,900,000');
  });

  it('fits a 120-column log, breaking long names and paths instead of cutting them', () => {
    const out = formatTable(reportOf(PROFILES), options({ width: 120 }));
    const widths = out
      .split('\n')
      .filter((l) => /^[┌│├└]/.test(l))
      .map(columns);
    expect(widths.length).toBeGreaterThan(15);
    expect(Math.max(...widths)).toBeLessThanOrEqual(120);
    expect(out).not.toContain('…');
    const rows = tableRows(out);
    expect(rows.map((r) => r[1])).toEqual(['File', ...PROFILES, `${PROFILES.length} profiles`]);
    expect(rows.find((r) => r[1] === 'fixtures/profiles/taopu-materials-best-pair.yaml')!.slice(0, 3)).toEqual([
      '上海桃浦智造新材料有限公司',
      'fixtures/profiles/taopu-materials-best-pair.yaml',
      'putuo-digital-transformation',
    ]);
  });

  it('in Chinese too: a total with unpublished amounts is said whole, the programme by its document number', () => {
    const out = formatTable(reportOf(PROFILES, { asOf: '2021-03-15', lang: 'zh' }), options({ width: 120, lang: 'zh' }));
    const row = tableRows(out).find((r) => r[1] === 'fixtures/profiles/zhiyuan-ai.yaml')!;
    expect(row[2]).toBe('普科合规〔2020〕1号');
    expect(row[5]).toBe('500万元另1项未公布'); // the cell's two lines, as the reader joins them
  });

  it('in Chinese, wraps a problem after the full-width colon rather than cutting its code off', () => {
    const out = formatTable(reportOf([HUAXIN, BAD_MONEY], { lang: 'zh' }), options({ width: 120, lang: 'zh' }));
    expect(out).not.toContain('…');
    const row = tableRows(out).find((r) => r[1] === BAD_MONEY)!;
    expect(row[6]).toBe('无效：profile/money21:17'); // its lines joined as the reader joins them: "无效：", "profile/money", "21:17"
  });

  it('in Chinese, keeps a problem on one line where the column has room for it', () => {
    const out = formatTable(reportOf([HUAXIN, BAD_MONEY], { lang: 'zh' }), options({ width: 240, lang: 'zh' }));
    expect(cells(rowOf(out, BAD_MONEY))[6]).toBe('无效：profile/money 21:17');
  });
});

describe('table, details for a consultant', () => {
  const half = reportOf(['fixtures/profiles/qinghe-half-filled.yaml'], { asOf: '2022-07-05' });

  it('says on the company total what settling the undetermined measures could add, as each programme does', () => {
    const early = reportOf(['fixtures/profiles/qinghe-half-filled.yaml'], { asOf: '2021-03-15' });
    const out = formatTable(early, options());
    expect(out).toContain('Programme total: at most 0; up to 5,000,000 more if the undetermined measures are settled');
    expect(out).toContain('Company total: at most 0; up to 5,000,000 more if the undetermined measures are settled');
    const zh = formatTable(
      reportOf(['fixtures/profiles/qinghe-half-filled.yaml'], { asOf: '2021-03-15', lang: 'zh' }),
      options({ lang: 'zh' }),
    );
    expect(zh).toContain('企业合计：最多 0元；待定措施落实后最多可再增加 500万元');
    // Nothing undetermined, nothing more said.
    expect(formatTable(reportOf([HUAXIN]), options())).toMatch(/Company total: at most 900,000\n|Company total: at most 900,000$/);
  });

  it('names a missing figure instead of calling the amount unpublished', () => {
    const row = rowOf(formatTable(half, options()), 'Digital-transformation');
    expect(row).toMatch(/│ \? undetermined\s+│ needs\s+│/);
    expect(row).not.toContain('not published');
  });

  it('lists measures instead of a table on a narrow terminal, within its width', () => {
    const out = formatTable(half, options({ width: 80 }));
    expect(out).not.toContain('┌');
    expect(out).toMatch(/^ {2}\? undetermined {2}Digital-transformation project subsidy .*\[p1\] {2}needs projects\[0\]\.investment$/m);
    const listed = out.split('\n').filter((l) => l.startsWith('    '));
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(columns(line)).toBeLessThanOrEqual(80);
  });
});

describe('table, programme order', () => {
  it('puts the programme whose window is open first', () => {
    // The 2022 round is known only from 2022-07-01: on 2023-04-10 it is closed, the smart-software window open.
    const out = formatTable(reportOf(['fixtures/profiles/lingxi-smart-software.yaml'], { asOf: '2023-04-10' }), options());
    expect(out.indexOf('putuo-digital-transformation@2022')).toBeGreaterThan(-1);
    expect(out.indexOf('putuo-smart-software@2023')).toBeLessThan(out.indexOf('putuo-digital-transformation@2022'));
  });
});
