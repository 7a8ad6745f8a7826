/**
 * The one sanitiser for text the tool echoes: profile keys and values, file names, parser messages,
 * rule-file text, report fields, on stderr and in every text format. What a terminal, a log viewer
 * or a CI runner would act on is written out as its code point (`\u001b`), so it shows and does
 * nothing:
 * - every C0 control, CR and LF included: a line break inside a value would start a new line, and a
 *   line a CI runner reads as a command (`::error::…`) or `\r` that overwrites what came before it
 *   ("Evil Corp\rGood Corp" shows as "Good Corp");
 * - ESC and the C1 controls (CSI, OSC, DCS start terminal escape sequences: a clipboard write, a
 *   screen clear), DEL;
 * - bidirectional marks, embeddings, overrides and isolates (which reorder what is shown), and the
 *   Unicode line and paragraph separators.
 * Applying it twice changes nothing: a backslash is left as it is.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE.source);

const codePoint = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
  // Most text has nothing to write out: asked first, without building a new string.
  if (!HAS_UNPRINTABLE.test(text) && !text.includes('::')) return text;
  return neutralStart(text.replace(UNPRINTABLE, codePoint));
}

/**
 * A CI runner reads a line starting `::` as a workflow command (GitHub: `::error`, `::add-mask`,
 * `::stop-commands`): text from a profile or a file name never starts one, so a leading `::` keeps
 * its first colon as `\u003a`.
 */
function neutralStart(text: string): string {
  return /^\s*::/.test(text) ? text.replace(':', '\\u003a') : text;
}

/**
 * Every string in a JSON-like value made printable; the value's shape is kept. A part with nothing to
 * change is returned as it is, not copied: a streamed batch sanitises every result, and copying each
 * whole result doubled what the garbage collector had to sweep (csv of 10,000 profiles, bench/README.md).
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = printableDeep(value[i]);
      if (copy) copy.push(item);
      else if (item !== value[i]) copy = [...value.slice(0, i), item];
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const clean = printableDeep(v);
      if (clean !== v) copy ??= { ...(value as Record<string, unknown>) };
      if (copy) copy[key] = clean;
    }
    return (copy ?? value) as T;
  }
  return value;
}
