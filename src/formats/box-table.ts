/**
 * The box a table of measures is drawn in, as cli-table3 draws it (its default characters, one space
 * of padding, no colours of its own), for cells already wrapped to their column. cli-table3 measures
 * every line of every cell several times with string-width (an emoji regex per call) and was a tenth
 * of `check one.yaml`; here each line is measured once. Only text whose width both agree on is drawn
 * here: a character outside the ranges below, a line wider than its column (cli-table3 cuts it) or a
 * colour left open at the end of a line (cli-table3 carries it to the next) returns undefined, and the
 * caller draws the table with cli-table3. A property test compares the two on random cells.
 */

/**
 * Characters string-width and this file count alike: printable ASCII, Latin letters and signs (not
 * © and ®, which are emoji to string-width), dashes and quotes, the arrows, ✓ and ✗ the tables print;
 * CJK ideographs, kana, CJK and full-width punctuation, two columns each.
 */
const NARROW = /^[\x20-\x7E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u02FF\u2010-\u2027\u2190-\u2193\u2713\u2717]$/;
const WIDE = /^[\u3000-\u303E\u3041-\u3096\u30A0-\u30FF\u4E00-\u9FFF\uFF01-\uFF60\uFFE0-\uFFE6]$/;
const SGR = /\u001b\[(\d+)m/g;

/** The code that closes each code chalk opens (cli-table3's colour state, src/utils.js updateState). */
function closer(code: number): number | undefined {
  if (code === 1 || code === 2) return 22;
  if (code >= 3 && code <= 9 && code !== 5 && code !== 6) return code + 20;
  if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) return 39;
  if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) return 49;
  return undefined;
}

/** The columns a line takes, or undefined if it holds a character or a colour this file does not draw like cli-table3. */
function lineWidth(line: string): number | undefined {
  let width = 0;
  const open: number[] = [];
  let last = 0;
  for (const m of line.matchAll(SGR)) {
    const counted = textWidth(line.slice(last, m.index));
    if (counted === undefined) return undefined;
    width += counted;
    last = m.index + m[0].length;
    const code = Number(m[1]);
    const closes = open.lastIndexOf(code);
    if (closes >= 0) open.splice(closes, 1);
    else {
      const close = closer(code);
      if (close === undefined) return undefined;
      open.push(close);
    }
  }
  const rest = textWidth(line.slice(last));
  return rest === undefined || open.length > 0 ? undefined : width + rest;
}

function textWidth(text: string): number | undefined {
  let width = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) width += 1;
    else if (WIDE.test(ch)) width += 2;
    else return undefined;
  }
  return width;
}

/** The table, or undefined when a cell holds what only cli-table3 draws faithfully. `widths`: each column's, borders excluded. */
export function boxTable(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string | undefined {
  const out: string[] = [];
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const all = [head, ...rows];
  for (const [y, row] of all.entries()) {
    out.push(y === 0 ? rule('┌', '┬', '┐') : rule('├', '┼', '┤'));
    const cells = row.map((cell) => cell.split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let n = 0; n < height; n++) {
      let line = '';
      for (const [x, lines] of cells.entries()) {
        const text = lines[n];
        const room = widths[x]! - 2;
        const width = text === undefined ? 0 : lineWidth(text);
        if (width === undefined || width > room) return undefined;
        line += `│ ${text ?? ''}${' '.repeat(room - width)} `;
      }
      out.push(`${line}│`);
    }
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
