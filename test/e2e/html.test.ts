/**
 * The client report rendered by a real browser: the built CLI writes the HTML, headless Chromium
 * (the system's, else the npm package's: test/e2e/chromium.ts) parses and draws it. Checked in the
 * DOM the browser builds: the company name, the total and the bars; screenshots stay in
 * test/artifacts/ to be looked at; a PDF print is A4.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4_VIEWPORT, launchChromium, openPage, openWithChineseFont, pngSize } from './chromium.js';
import { cli } from './run.js';
import { scratch } from '../scratch.js';

const ARTIFACTS = resolve('test/artifacts');
const TAOPU = 'fixtures/profiles/taopu-materials-best-pair.yaml';

/** The report for these arguments, written by the CLI into test/artifacts/<name>.html. */
function report(name: string, args: string[]): string {
  const file = join(ARTIFACTS, `${name}.html`);
  const r = cli(['check', ...args, '--format', 'html', '--output', file]);
  expect(r.stdout).toBe('');
  expect([0, 3]).toContain(r.code);
  return file;
}

const rects = (dom: string) =>
  [...dom.matchAll(/<rect class="bar" [^>]*width="([\d.]+)"[^>]*data-amount="(\d+)"/g)].map((m) => ({
    width: Number(m[1]),
    amount: Number(m[2]),
  }));

/** The DOM the browser built from the file, serialised. */
async function dom(file: string): Promise<string> {
  const page = await openPage(browser, file);
  try {
    return await page.content();
  } finally {
    await page.close();
  }
}

let browser: Browser;

describe('the HTML report in headless Chromium', () => {
  // No browser fails every test here, with the launch error: none is skipped.
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, 180_000); // the first run unpacks the npm package's browser
  afterAll(async () => {
    await browser?.close();
  });

  it('runs a headless Chromium', async () => {
    expect(await browser.version()).toMatch(/^(Headless)?Chrom(e|ium)\/\d+/);
  });

  it('has the company name, the total and one bar per eligible amount, proportional, in the DOM the browser builds', async () => {
    const built = await dom(report('client-report-en', [TAOPU, '--as-of', '2022-07-05']));
    expect(built).toContain('<h1 class="company-name">上海桃浦智造新材料有限公司</h1>');
    expect(built).toContain('<span class="total-amount">at most 1,800,000</span>');
    const bars = rects(built);
    expect(bars.map((b) => b.amount)).toEqual([1_200_000, 900_000, 1_800_000]);
    const longest = Math.max(...bars.map((b) => b.width));
    for (const b of bars) expect(b.width / longest).toBeCloseTo(b.amount / 1_800_000, 3);
    expect(built).not.toContain('<script');
  });

  it('draws a readable A4-sized screenshot, in English and in Chinese', async () => {
    for (const [name, lang] of [
      ['client-report-en', 'en'],
      ['client-report-zh', 'zh'],
    ] as const) {
      const { page, faces } = await openWithChineseFont(browser, report(name, [TAOPU, '--as-of', '2022-07-05', '--lang', lang]));
      // Every company name is Chinese: some faces of the font are needed, in either language.
      expect(faces).toBeGreaterThan(0);
      const png = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: png });
      await page.close();
      const bytes = readFileSync(png);
      expect(pngSize(bytes)).toEqual(A4_VIEWPORT);
      // A blank or unstyled page compresses to a few kilobytes; this one has text, tables and a chart.
      expect(bytes.length).toBeGreaterThan(100_000);
    }
  });

  it('keeps a script in a company name as text: the browser builds no script element', async () => {
    const dir = scratch('subsidy-html-');
    const profile = join(dir, 'evil.yaml');
    writeFileSync(profile, 'company:\n  name: "<script>document.title=\'pwned\'</script><img src=x onerror=alert(1)>"\n');
    const built = await dom(report('client-report-escaped', [profile, '--as-of', '2022-07-05']));
    expect(built).not.toContain('<script');
    expect(built).not.toContain('<img');
    expect(built).toContain(
      '<h1 class="company-name">&lt;script&gt;document.title=\'pwned\'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>',
    );
    expect(built).not.toContain('<title>pwned</title>');
  });

  it('prints to A4 PDF pages (the report’s own page size), each company from a new page', async () => {
    const html = report('client-report-portfolio', [
      TAOPU,
      'fixtures/profiles/huaxin-logistics.yaml',
      'fixtures/profiles/invalid-bad-money.yaml',
      '--as-of',
      '2022-07-05',
    ]);
    const pdf = join(ARTIFACTS, 'client-report-portfolio.pdf');
    const { page } = await openWithChineseFont(browser, html);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
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
