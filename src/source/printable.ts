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

const codePoint = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
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

/** Every string in a JSON-like value made printable; the value's shape is kept, a new value returned. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = printableDeep(v);
    return copy as T;
  }
  return value;
}
