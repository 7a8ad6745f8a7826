/**
 * The table of measures is drawn by src/formats/box-table.ts when it can draw it exactly as cli-table3
 * would, and by cli-table3 otherwise: on random cells (English, Chinese, symbols, colours, emoji, lines
 * too wide), whatever boxTable draws is cli-table3's table byte for byte, and it draws every cell of
 * the kinds the tables print.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxTable } from '../../../src/formats/box-table.js';
import '../../properties/settings.js';

const c = new Chalk({ level: 1 });
const cliTable3 = (head: string[], rows: string[][], widths: number[]) => {
  const table = new Table({ head, style: { head: [], border: [] }, colWidths: widths });
  table.push(...rows);
  return table.toString();
};

/** Words a cell may hold: what the tables print, and what only cli-table3 measures (emoji, ©, combining marks, tabs). */
const printed = ['Digital', 'subsidy', 'p1', '—', '✓', '✗', '?', '(up to 162,000)', '数字化转型', '项目', '（', '）', '、', '→', 'é', 'ü'];
const others = ['😀', '©', '✔', 'e\u0301', '\t', '\u001b[4m', 'ｱ', '〽'];
const word = (pool: string[]) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 2 }).map((w) => w.join(''));
const line = (pool: string[]) => fc.array(word(pool), { maxLength: 3 }).map((ws) => ws.join(' '));
const plainCell = (pool: string[]) => fc.array(line(pool), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const colour = fc.constantFrom<(s: string) => string>(
  (s) => s,
  c.red,
  c.green,
  c.yellow,
  c.bold,
  (s) => c.dim(c.cyan(s)),
);
const cell = (pool: string[]) => fc.tuple(plainCell(pool), colour).map(([text, paint]) => paint(text));

const table = (pool: string[]) =>
  fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.record({
      widths: fc.array(fc.integer({ min: 4, max: 40 }), { minLength: columns, maxLength: columns }),
      head: fc.array(cell(pool), { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(cell(pool), { minLength: columns, maxLength: columns }), { maxLength: 4 }),
    }),
  );

describe('boxTable', () => {
  it('draws what cli-table3 draws, or leaves the table to it', () => {
    fc.assert(
      fc.property(fc.oneof(table(printed), table([...printed, ...others])), ({ head, rows, widths }) => {
        const drawn = boxTable(head, rows, widths);
        if (drawn !== undefined) expect(drawn).toBe(cliTable3(head, rows, widths));
      }),
    );
  });

  it('draws every table of printed text that fits its columns', () => {
    fc.assert(
      fc.property(table(printed), ({ head, rows, widths }) => {
        // Wide enough for any line of this pool: 3 words of up to 2 pieces of up to 15 columns.
        const wide = widths.map(() => 100);
        expect(boxTable(head, rows, wide)).toBe(cliTable3(head, rows, wide));
      }),
    );
  });

  it('leaves to cli-table3 a line it would cut, a colour left open, an emoji', () => {
    expect(boxTable(['abc'], [['abcdef']], [6])).toBeUndefined();
    expect(boxTable(['abc'], [['\u001b[31mred\nstill red\u001b[39m']], [20])).toBeUndefined();
    expect(boxTable(['abc'], [['ok 😀']], [20])).toBeUndefined();
    expect(boxTable(['abc'], [['fits']], [6])).toBe(cliTable3(['abc'], [['fits']], [6]));
  });
});
