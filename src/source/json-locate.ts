/**
 * Where a path starts in a JSON text, found by scanning the text: what `locate` of a parsed document
 * answers, without parsing the text again with the YAML parser (which keeps positions). A profile
 * read by the native JSON parser needs a position only for a diagnostic, and parsing the line again
 * for it cost 11% of a 10,000-line NDJSON run in which 3% of the lines had one (bench/README.md).
 * The text is JSON that `JSON.parse` accepted. Same answers as the YAML document's `locate`
 * (test/source/json-locate.test.ts compares them): the key's opening quote for `part: 'key'` in a
 * mapping, else where the value starts, else the nearest ancestor that exists.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { Segment } from './document.js';

/** Undefined for a text whose line breaks are not all `\n` (a lone `\r`): the caller parses it fully. */
export function locateJson(text: string, path: readonly Segment[], part: 'key' | 'value'): Position | undefined {
  if (text.includes('\r')) return undefined;
  let value = skipSpace(text, 0);
  let key: number | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const found = child(text, value, path[depth]!);
    if (!found) {
      key = undefined;
      break;
    }
    value = found.value;
    key = found.key;
  }
  return positionOf(text, part === 'key' && key !== undefined ? key : value);
}

/** The entry of the mapping or list starting at `start`: where its key and its value start. */
function child(text: string, start: number, segment: Segment): { key?: number; value: number } | undefined {
  const open = text.charCodeAt(start);
  if (open === 0x7b /* { */) {
    if (typeof segment !== 'string') return undefined;
    let at = skipSpace(text, start + 1);
    while (text.charCodeAt(at) === 0x22 /* " */) {
      const end = stringEnd(text, at);
      const raw = text.slice(at + 1, end);
      const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const value = skipSpace(text, skipSpace(text, end + 1) + 1); // past the colon
      if (name === segment) return { key: at, value };
      at = skipSpace(text, skipValue(text, value));
      if (text.charCodeAt(at) !== 0x2c /* , */) return undefined;
      at = skipSpace(text, at + 1);
    }
    return undefined;
  }
  if (open === 0x5b /* [ */) {
    // As the YAML document reads a list index: a number, or text that reads as one.
    const index = typeof segment === 'number' ? segment : segment ? Number(segment) : Number.NaN;
    if (!Number.isInteger(index) || index < 0) return undefined;
    let at = skipSpace(text, start + 1);
    if (text.charCodeAt(at) === 0x5d /* ] */) return undefined;
    for (let i = 0; i < index; i++) {
      at = skipSpace(text, skipValue(text, at));
      if (text.charCodeAt(at) !== 0x2c /* , */) return undefined;
      at = skipSpace(text, at + 1);
    }
    return { value: at };
  }
  return undefined;
}

/** The offset just past the value starting at `start`. */
function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === 0x22) return stringEnd(text, start) + 1;
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let at = start; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x22) at = stringEnd(text, at);
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return at + 1;
      }
    }
    return text.length;
  }
  let at = start;
  while (at < text.length && !STOP.has(text.charCodeAt(at))) at++;
  return at;
}

/** What ends a number, `true`, `false` or `null`: a comma, a closing bracket or whitespace. */
const STOP = new Set([0x2c, 0x7d, 0x5d, 0x20, 0x09, 0x0a, 0x0d]);

/** The offset of the quote that closes the JSON string opening at `start` (escapes skipped). */
export function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && text.charCodeAt(at) !== 0x22) at += text.charCodeAt(at) === 0x5c ? 2 : 1;
  return at;
}

function skipSpace(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    at++;
  }
  return at;
}

/** Line and column (from 1) of an offset, lines ended by `\n`. */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}
