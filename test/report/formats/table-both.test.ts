/**
 * `--lang both` tables: each cell is its English lines, then its Chinese lines, each language whole
 * (nothing cut, no character split), and every line fits the terminal at 100 and 160 columns.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/text/columns.js';
import { formatTable } from '../../../src/formats/table.js';
import { options, PROFILES, reportOf } from './reports.js';

const AS_OF = '2022-07-05';
const squash = (text: string) => text.replace(/\s+/g, '');

/** The measure rows of the tables in a text: per row, per column, the cell's lines. */
function rows(text: string): string[][][] {
  const out: string[][][] = [];
  let row: string[][] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('┌') || line.startsWith('├') || line.startsWith('└')) {
      if (row) out.push(row);
      row = line.startsWith('└') ? null : [];
      continue;
    }
    if (!row || !line.startsWith('│')) continue;
    for (const [i, cell] of line.slice(1, -1).split('│').entries()) {
      row[i] ??= [];
      row[i].push(cell.trim());
    }
  }
  return out;
}

/** Whether a cell's lines are the English text whole, then the Chinese text whole. */
function twoParts(lines: readonly string[], en: string, zh: string): boolean {
  const filled = lines.filter((l) => l.length > 0);
  for (let k = 1; k < filled.length; k++) {
    if (squash(filled.slice(0, k).join('')) === squash(en) && squash(filled.slice(k).join('')) === squash(zh)) return true;
  }
  return false;
}

describe.each([100, 160])('--lang both at %i columns', (width) => {
  const valid = PROFILES.filter((f) => !f.includes('invalid'));

  it.each(valid)('%s: every line fits, every cell holds its English then its Chinese, whole', (file) => {
    const out = formatTable(reportOf([file], { asOf: AS_OF, lang: 'both' }), options({ lang: 'both', width }));
    const tooWide = out.split('\n').filter((l) => displayWidth(l) > width && l.startsWith('│'));
    expect(tooWide).toEqual([]);
    const en = reportOf([file], { asOf: AS_OF, lang: 'en' }).results[0]!.programmes;
    const zh = reportOf([file], { asOf: AS_OF, lang: 'zh' }).results[0]!.programmes;
    // The table lists programmes by window state; match rows to measures by their English title.
    const measures = en.flatMap((p, i) => p.measures.map((m, j) => ({ en: m, zh: zh[i]!.measures[j]! })));
    const table = rows(out).slice(0);
    const header = table.filter((r) => squash(r[0]!.join('')) === 'Measure措施');
    expect(header.length).toBeGreaterThan(0);
    const body = table.filter((r) => !header.includes(r));
    expect(body).toHaveLength(measures.length);
    for (const r of body) {
      const m = measures.find(
        (x) =>
          twoParts(r[0]!, x.en.title, x.zh.title) && r[1]!.includes(x.en.project ?? '—') && twoParts(r[4]!, x.en.summary, x.zh.summary),
      );
      expect({ title: r[0], why: r[4], found: m !== undefined }).toMatchObject({ found: true });
    }
  });
});
