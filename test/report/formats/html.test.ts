/**
 * `--format html`, the client report as one self-contained document: what it says, that it loads
 * nothing, that its bars are proportional to the amounts, that it prints on A4 with a page per company,
 * and that nothing a profile says can become markup.
 */
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/formats/html.js';
import { BAR_MAX } from '../../../src/formats/html-chart.js';
import { BAD_MONEY, HUAXIN, SHENGTAI, awkward, options, reportOf } from './reports.js';
import { visibleText } from './html-text.js';

const TAOPU = 'fixtures/profiles/taopu-materials-best-pair.yaml';
const html = (inputs: Parameters<typeof reportOf>[0], lang: 'en' | 'zh' | 'both' = 'en', asOf = '2022-07-05') =>
  formatHtml(reportOf(inputs, { lang, asOf }), options({ lang }));
const rects = (doc: string) =>
  [...doc.matchAll(/<rect class="bar" [^>]*width="([\d.]+)"[^>]*data-amount="(\d+)"/g)].map((m) => ({
    width: Number(m[1]),
    amount: Number(m[2]),
  }));
/** The text a reader sees, white space collapsed. */
const visible = (doc: string) => visibleText(doc).replace(/\s+/g, ' ');

describe('html', () => {
  const taopu = html([TAOPU]);

  it('is one self-contained document: inline style, no script, no external asset', () => {
    expect(taopu.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(taopu.match(/<html/g)).toHaveLength(1);
    expect(taopu).toContain('<style>');
    for (const external of ['<script', '<link', '<img', '<iframe', 'src=', 'url(', '@import', 'http://', 'https://'])
      expect(taopu, external).not.toContain(external);
    expect(taopu).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });

  it('sums up the company: name, as-of date, total and the programmes with their windows', () => {
    const text = visible(taopu);
    expect(text).toContain('上海桃浦智造新材料有限公司');
    expect(text).toContain('As of 2022-07-05');
    expect(taopu).toContain('<span class="total-amount">at most 1,800,000</span>');
    expect(taopu).toContain('<span class="badge open">open</span> open, closes in 10 days (2022-07-15)');
    expect(taopu).toContain('<span class="badge closed">closed</span> closed on 2021-03-31');
    // The 2023 round supersedes the 2020 one only from 2023-04-03, when it was known: here it is history because it closed.
    expect(text).not.toContain('superseded by');
    expect(text).toContain('History: this round closed on 2021-03-31; not counted in any total');
  });

  it('draws one bar per eligible measure with a published amount, proportional to it, the largest the full length', () => {
    const bars = rects(taopu);
    expect(bars.map((b) => b.amount)).toEqual([1_200_000, 900_000, 1_800_000]);
    expect(bars.map((b) => b.width)).toEqual([360, 270, BAR_MAX]);
    for (const b of bars) expect(b.width / BAR_MAX).toBeCloseTo(b.amount / 1_800_000, 3);
    // Only the best pair counts: the two project subsidies are drawn paler, and said to be.
    expect(taopu.match(/class="bar-row not-counted"/g)).toHaveLength(2);
    expect(visible(taopu)).toContain('— not counted in the total');
  });

  it('says so when no eligible measure has an amount, and lists eligible ones whose amount is not published', () => {
    const zhiyuan = html(['fixtures/profiles/zhiyuan-ai.yaml'], 'en', '2021-03-15');
    expect(rects(zhiyuan).map((b) => b.amount)).toEqual([5_000_000]);
    expect(visible(zhiyuan)).toContain('Also eligible, amount not published: Pre-approved project, paid afterwards (p1)');
    const none = html(['fixtures/profiles/hengjiu-printing-borderline.yaml']);
    expect(rects(none)).toEqual([]);
    expect(none).not.toContain('<svg');
    expect(visible(none)).toContain('No eligible measure has a published amount.');
  });

  it('gives what is missing, what it would take, the checklist, the sources and the disclaimer', () => {
    const mingde = visible(html(['fixtures/profiles/mingde-missing-credit.yaml']));
    expect(mingde).toContain("Is the company's credit record good? company.credit");
    expect(mingde).toContain('ask company.credit; projects[0].investment +100,001 → up to 2,000,000, depending on projects[0].investment');
    expect(mingde).toContain('Project investment 400,000 is not above 500,000: +100,001 (to 500,001)');
    const zhiyuan = visible(html(['fixtures/profiles/zhiyuan-ai.yaml'], 'en', '2021-03-15'));
    expect(zhiyuan).toContain('When: Paper materials accepted — open, closes in 16 days (2021-03-31)');
    expect(zhiyuan).toContain('The 2020 application form (项目申请书) (S1, stated)');
    expect(zhiyuan).toContain('One copy, A4 double-sided, bound in order, signed and sealed');
    expect(zhiyuan).toContain('S2 SHINE / Shanghai Daily, "Online economy the new driving force for Putuo", Yang Jian');
    expect(zhiyuan).toMatch(
      /Every amount is a ceiling \("up to"\): the amount actually granted is decided by the issuing department after expert review/,
    );
    expect(zhiyuan).toContain('Rules the guideline does not publish were not assumed');
  });

  it('says when no programme is in force, and then asks for nothing', () => {
    const report = reportOf([HUAXIN]);
    const doc = formatHtml({ ...report, results: [{ ...report.results[0]!, programmes: [], maxTotal: 0 }] }, options());
    expect(visible(doc)).toContain('No programme is in force on this date.');
    expect(doc).not.toContain('What is missing');
    expect(doc).toContain('<aside class="disclaimer">');
  });

  it('prints on A4, each company from a new page', () => {
    expect(taopu).toMatch(/@page \{ size: A4;/);
    expect(taopu).toContain('.page + .page { break-before: page; }');
  });

  it('puts several companies in one document: an overview, then a section each', () => {
    const doc = html([HUAXIN, SHENGTAI, BAD_MONEY]);
    expect(doc.match(/<html/g)).toHaveLength(1);
    expect(doc.match(/<section class="page company"/g)).toHaveLength(3);
    expect(doc).toContain('<section class="page overview">');
    expect(doc).toContain('<a href="#company-2">上海晟泰精密机械制造有限公司</a>');
    expect(visible(doc)).toContain('Invalid profile: 1 error(s), not evaluated; correct it first.');
    expect(doc).toContain('<title>Subsidy assessment of 3 companies</title>');
  });

  it('escapes what a profile says: a script in a company name stays text', () => {
    const name = '<script>alert("x")</script> & <b>Co</b> \'q\'';
    const doc = html([awkward(name), awkward(name, 'fixtures/second.yaml')]);
    expect(doc).not.toContain('<script');
    expect(doc).not.toContain('<b>Co');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt; &#39;q&#39;');
    expect(visible(doc)).toContain(name);
    expect(html([awkward(name)])).toContain('<title>Subsidy assessment: &lt;script&gt;');
  });

  it('speaks Chinese with --lang zh, and both languages with --lang both', () => {
    const zh = html([TAOPU], 'zh');
    expect(zh.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(zh).toContain('<span class="total-amount">最多 180万元</span>');
    expect(visible(zh)).toContain('所有金额均为上限');
    expect(zh).toContain('<span class="badge open">开放中</span> 开放中，10 天后截止（2022年7月15日）');
    expect(visible(html([TAOPU], 'both'))).toContain('Maximum total / 最高合计');
  });
});
