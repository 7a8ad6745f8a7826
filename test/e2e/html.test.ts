/**
 * The client report rendered by a real browser: the built CLI writes the HTML, headless Chromium
 * (Debian's package) parses and draws it. Checked in the DOM the browser builds: the company name,
 * the total and the bars; screenshots stay in test/artifacts/ to be looked at; a PDF print is A4.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { A4_WINDOW, chromium, pngSize, requireChromium } from './chromium.js';
import { cli } from './run.js';

const ARTIFACTS = resolve('test/artifacts');
const TAOPU = 'fixtures/profiles/taopu-materials-best-pair.yaml';

/** The report for these arguments, written by the CLI into test/artifacts/<name>.html. */
function report(name: string, args: string[]): string {
  requireChromium();
  const file = join(ARTIFACTS, `${name}.html`);
  const r = cli(['check', ...args, '--format', 'html', '--output', file]);
  expect(r.stdout).toBe('');
  expect([0, 3]).toContain(r.code);
  return file;
}

const rects = (dom: string) => [...dom.matchAll(/<rect class="bar" [^>]*width="([\d.]+)"[^>]*data-amount="(\d+)"/g)].map((m) => ({ width: Number(m[1]), amount: Number(m[2]) }));

describe('the HTML report in headless Chromium', () => {
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  // Without a browser every test below fails too, each saying how to install one: none is skipped.
  it('runs Debian’s Chromium', () => {
    expect(requireChromium()).toMatch(/^Chromium \d+/);
  });

  it('has the company name, the total and one bar per eligible amount, proportional, in the DOM the browser builds', () => {
    const dom = chromium(report('client-report-en', [TAOPU, '--as-of', '2022-07-05']), ['--dump-dom']);
    expect(dom).toContain('<h1 class="company-name">上海桃浦智造新材料有限公司</h1>');
    expect(dom).toContain('<span class="total-amount">at most 1,800,000</span>');
    const bars = rects(dom);
    expect(bars.map((b) => b.amount)).toEqual([1_200_000, 900_000, 1_800_000]);
    const longest = Math.max(...bars.map((b) => b.width));
    for (const b of bars) expect(b.width / longest).toBeCloseTo(b.amount / 1_800_000, 3);
    expect(dom).not.toContain('<script');
  });

  it('draws a readable A4-sized screenshot, in English and in Chinese', () => {
    for (const [name, lang] of [['client-report-en', 'en'], ['client-report-zh', 'zh']] as const) {
      const html = report(name, [TAOPU, '--as-of', '2022-07-05', '--lang', lang]);
      const png = join(ARTIFACTS, `${name}.png`);
      chromium(html, [`--screenshot=${png}`, `--window-size=${A4_WINDOW}`]);
      const bytes = readFileSync(png);
      expect(pngSize(bytes)).toEqual({ width: 1240, height: 1754 });
      // A blank or unstyled page compresses to a few kilobytes; this one has text, tables and a chart.
      expect(bytes.length).toBeGreaterThan(100_000);
    }
  });

  it('keeps a script in a company name as text: the browser builds no script element', () => {
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-html-'));
    const profile = join(dir, 'evil.yaml');
    writeFileSync(profile, 'company:\n  name: "<script>document.title=\'pwned\'</script><img src=x onerror=alert(1)>"\n');
    const dom = chromium(report('client-report-escaped', [profile, '--as-of', '2022-07-05']), ['--dump-dom']);
    expect(dom).not.toContain('<script');
    expect(dom).not.toContain('<img');
    expect(dom).toContain('<h1 class="company-name">&lt;script&gt;document.title=\'pwned\'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(dom).not.toContain('<title>pwned</title>');
  });

  it('prints to A4 PDF pages, each company from a new page', () => {
    const html = report('client-report-portfolio', [TAOPU, 'fixtures/profiles/huaxin-logistics.yaml', 'fixtures/profiles/invalid-bad-money.yaml', '--as-of', '2022-07-05']);
    const pdf = join(ARTIFACTS, 'client-report-portfolio.pdf');
    chromium(html, [`--print-to-pdf=${pdf}`, '--no-pdf-header-footer']);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const text = readFileSync(pdf).toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const pages = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
    // The overview page, then three companies each starting a page: at least four pages.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(boxes.length).toBeGreaterThanOrEqual(pages);
    // A4 is 210 × 297 mm: 595.3 × 841.9 points.
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo(595.3, -0.5);
      expect(height).toBeCloseTo(841.9, -0.5);
    }
  });
});
