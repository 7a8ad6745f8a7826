/**
 * `--format markdown` as registered: the summary table, and for exactly one company the client report
 * after it (the same sections as the HTML report), with every profile text escaped.
 */
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/formats/markdown.js';
import { formatMarkdownReport, md } from '../../../src/formats/markdown-client.js';
import { HUAXIN, SHENGTAI, awkward, options, reportOf } from './reports.js';

const TAOPU = 'fixtures/profiles/taopu-materials-best-pair.yaml';

describe('markdown with the client report', () => {
  it('is the summary table alone for several files', () => {
    const report = reportOf([HUAXIN, SHENGTAI]);
    expect(formatMarkdownReport(report, options())).toBe(formatMarkdown(report, options()));
  });

  it('adds the client report after the table for one file', () => {
    const report = reportOf([TAOPU]);
    const out = formatMarkdownReport(report, options());
    expect(out.startsWith(formatMarkdown(report, options()))).toBe(true);
    const client = out.slice(formatMarkdown(report, options()).length);
    expect(client).toMatch(/^\n---\n\n## Subsidy assessment: 上海桃浦智造新材料有限公司\n/);
    const headings = client.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### Summary',
      '### Eligible measures and their maximum amounts',
      '### Every measure and why',
      '### What is missing, and what it would take',
      '### Checklist and deadlines',
      '### Sources and evidence',
    ]);
    expect(client).toContain('**Maximum total: at most 1,800,000**');
    expect(client).toContain(
      '| District matching of a municipally funded digital-transformation project (category A, item 2) (p1) | 1,800,000 | `████████████████████████` |',
    );
    expect(client).toContain(
      '| Digital-transformation project subsidy (category A, item 1, a single project) (p2) — not counted in the total | 900,000 | `░░░░░░░░░░░░` |',
    );
    expect(client).toContain('> - Every amount is a ceiling ("up to")');
  });

  it('speaks Chinese with --lang zh', () => {
    const out = formatMarkdownReport(reportOf([TAOPU], { lang: 'zh' }), options({ lang: 'zh' }));
    expect(out).toContain('## 补贴评估报告：上海桃浦智造新材料有限公司');
    expect(out).toContain('**最高合计：最多 180万元**');
    expect(out).toContain('### 申报清单与截止时间');
  });

  it('escapes a company name, so it opens no link, emphasis or HTML', () => {
    const out = formatMarkdownReport(reportOf([awkward('<script>x</script> [a](http://e.x) *b* `c`')]), options());
    const client = out.slice(out.indexOf('---\n'));
    expect(client).toContain('## Subsidy assessment: &lt;script&gt;x&lt;/script&gt; \\[a\\](http\\://e.x) \\*b\\* \\`c\\`');
    expect(client).not.toContain('<script');
  });

  it('keeps plain text readable: only what could change the rendering is escaped', () => {
    expect(md('company.tax_district (S1, stated) 1+1 #3')).toBe('company.tax_district (S1, stated) 1+1 #3');
    expect(md('_x_ a|b a\nb &amp; <i>')).toBe('\\_x\\_ a\\|b a b &amp;amp; &lt;i&gt;');
  });
});
