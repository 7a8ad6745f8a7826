/**
 * Terminal columns for text without spaces (paths, ids, Chinese names): cli-table3 breaks such text
 * by UTF-16 length and cuts what a wide character pushes over, so the table breaks it first.
 */

/** CJK, Hangul and full-width forms take two columns; other characters one. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The text in lines of at most `columns` terminal columns, broken anywhere; existing line breaks kept. */
export function breakToWidth(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const ch of line) {
        if (current && displayWidth(current + ch) > columns) {
          lines.push(current);
          current = '';
        }
        current += ch;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/**
 * Word-wrap to `columns`: words move to the next line whole; a word wider than a line (a path, Chinese text) is broken.
 * `afterColons`: a line may also end after a full-width colon, where Chinese has no space to wrap at ("无效：profile/money").
 */
export function wrapToWidth(text: string, columns: number, { afterColons = false } = {}): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    // The parts of a word after a colon join the line with no space.
    let glue = ' ';
    for (const part of afterColons ? word.split(/(?<=：)/) : [word]) {
      const candidate = current ? `${current}${glue}${part}` : part;
      if (displayWidth(candidate) <= columns) current = candidate;
      else {
        if (current) lines.push(current);
        const pieces = breakToWidth(part, columns).split('\n');
        current = pieces.pop()!;
        lines.push(...pieces);
      }
      glue = '';
    }
  }
  return [...lines, current].join('\n');
}
