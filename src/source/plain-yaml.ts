/**
 * The YAML profiles are written in, read in one pass without the YAML library: block mappings and
 * lists, one-line scalars (plain, or quoted without escapes), one-line flow lists of plain scalars,
 * comments. On 10,000 generated profiles the library's parse with positions was 40% of a batch's time
 * (bench/RESULTS.md); this reads the same files in a fraction of that.
 *
 * It answers only when it is sure: anything outside that subset, or that the library might read
 * differently or complain about (a tab, a carriage return, a control character, an anchor, a tag, a
 * multi-line scalar, a flow mapping, a repeated key, a key that is not a plain string, a document
 * marker, an empty document), returns undefined, and the caller takes the full path. When it answers,
 * its value is the library's value (YAML 1.2 core schema, as `document.ts` parses): test/source/
 * plain-yaml.test.ts holds the two to it on every fixture and on thousands of mutated profiles.
 *
 * Where a value or key starts, for a diagnostic's line and column, comes from reading the text again
 * with positions (`plainYamlLocator`), as the library's nodes would place them: the 2% of a batch with a
 * diagnostic no longer load, compile and warm up the YAML library (a sixth of a 10,000-file batch).
 * Only spaces are YAML's white space here: a full-width or no-break space is part of a scalar.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { Segment } from './document.js';

/** Past this the text is not a profile anyway; the full path applies the token and depth limits. */
const MAX_CHARS = 64 * 1024;
/** A profile needs 4 levels; deeper texts take the full path, which measures nesting before it recurses. */
const MAX_NESTING = 16;
/** The library refuses an implicit key longer than 1024 characters. */
const MAX_KEY_CHARS = 1000;

/** Characters this reader never accepts: tabs, carriage returns and other controls, odd line breaks, BOMs, surrogates. */
const UNSURE_CHARS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
/** Indicators that cannot start a plain scalar in block context, or start something this reader leaves to the library. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const UNSURE_IN_KEY = /[#:,[\]{}'"]/;
const UNSURE_IN_PLAIN = /[[\]{}]|: |:$/;
const UNSURE_IN_FLOW = /[[\]{}#:'"]/;

const NO = Symbol('not in the subset');
type Read<T> = T | typeof NO;

interface Lines {
  /** The lines that hold something (no blank or comment-only lines): their indentation and the rest. */
  indents: number[];
  contents: string[];
  /** The next line to read. */
  at: number;
  /** Only when positions are asked for: each line's number, and where each collection read puts its children. */
  numbers?: number[];
  marks?: Map<object, Mark>;
}

/** Where a collection starts, and where its keys and scalar values start (a child collection has its own mark). */
interface Mark {
  start: Position;
  keys: Record<string, Position>;
  values: Record<string, Position> | Position[];
}

/** The text's value, or undefined when only the YAML library can say. */
export function plainYaml(text: string): { value: unknown } | undefined {
  const read = readPlain(text, false);
  return read && { value: read.value };
}

function readPlain(text: string, withPositions: boolean): { value: unknown; lines: Lines } | undefined {
  if (text.length > MAX_CHARS || UNSURE_CHARS.test(text)) return undefined;
  const lines = linesOf(text, withPositions);
  if (lines.contents.length === 0) return undefined;
  const value = node(lines, lines.indents[0]!, 0);
  return value === NO || lines.at < lines.contents.length ? undefined : { value, lines };
}

function linesOf(text: string, withPositions: boolean): Lines {
  const indents: number[] = [];
  const contents: string[] = [];
  const numbers: number[] | undefined = withPositions ? [] : undefined;
  let number = 0;
  for (const line of text.split('\n')) {
    number++;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length || line.charCodeAt(indent) === 0x23 /* # */) continue;
    indents.push(indent);
    contents.push(line.slice(indent));
    numbers?.push(number);
  }
  return numbers ? { indents, contents, at: 0, numbers, marks: new Map() } : { indents, contents, at: 0 };
}

/**
 * Where a value (or with `'key'`, its key) starts in a text `plainYaml` reads, as the full parse's
 * `locate` says it (document.ts): the nearest existing ancestor for a path that is not there. The text
 * is read again, with positions, the first time a place is asked for; undefined outside the subset.
 */
export function plainYamlLocator(text: string): (path: readonly Segment[], part: 'key' | 'value') => Position | undefined {
  let read: { value: unknown; lines: Lines } | undefined | null = null;
  return (path, part) => {
    read ??= readPlain(text, true);
    return read && locate(read.value as object, read.lines.marks!, path, part);
  };
}

function locate(root: object, marks: Map<object, Mark>, path: readonly Segment[], part: 'key' | 'value'): Position {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = collectionAt(root, path, depth - 1);
    if (parent === undefined) continue;
    const segment = path[depth - 1]!;
    const mark = marks.get(parent)!;
    if (part === 'key' && depth === path.length && typeof segment === 'string' && Object.hasOwn(mark.keys, segment))
      return mark.keys[segment]!;
    const key = keyIn(parent, segment);
    if (key === undefined) continue;
    // A collection starts where its own mark says, a scalar where its parent's does.
    const child = (parent as Record<string | number, unknown>)[key];
    return isCollection(child) ? marks.get(child)!.start : (mark.values as Record<string | number, Position>)[key]!;
  }
  return marks.get(root)!.start;
}

const isCollection = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The collection at the first `depth` segments of a path, or undefined when one is missing or a scalar. */
function collectionAt(root: object, path: readonly Segment[], depth: number): object | undefined {
  let at: unknown = root;
  for (let i = 0; i < depth; i++) {
    const key = keyIn(at as object, path[i]!);
    if (key === undefined) return undefined;
    at = (at as Record<string | number, unknown>)[key];
    if (!isCollection(at)) return undefined;
  }
  return at as object;
}

/**
 * The key or index a path segment names in a collection, when it holds one: a mapping's keys are
 * strings, and a list takes a number or a numeric string, as the library's `getIn` does.
 */
function keyIn(collection: object, segment: Segment): string | number | undefined {
  if (!Array.isArray(collection)) return typeof segment === 'string' && Object.hasOwn(collection, segment) ? segment : undefined;
  const index = segment && typeof segment === 'string' ? Number(segment) : segment;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < collection.length ? index : undefined;
}

/** Where the character `offset` into content line `row` stands. */
const positionOf = (lines: Lines, row: number, offset: number): Position => ({
  line: lines.numbers![row]!,
  column: lines.indents[row]! + offset + 1,
});

/** A new collection's mark, at the line it starts on, when positions are asked for. */
function markOf(lines: Lines, collection: object, values: Mark['values']): Mark | undefined {
  if (!lines.marks) return undefined;
  const mark = { start: positionOf(lines, lines.at, 0), keys: {}, values };
  lines.marks.set(collection, mark);
  return mark;
}

/** The first index at or after `from` that is not a space. */
function afterSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** The text without the spaces at its ends (YAML's white space is spaces and tabs; tabs never get here). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(afterSpaces(text, 0), end);
}

const isEntry = (content: string) => content === '-' || content.startsWith('- ');

/** A block collection starting at the current line, indented `indent`. */
function node(lines: Lines, indent: number, depth: number): Read<unknown> {
  return isEntry(lines.contents[lines.at]!) ? list(lines, indent, depth) : mapping(lines, indent, depth);
}

function mapping(lines: Lines, indent: number, depth: number): Read<Record<string, unknown>> {
  if (depth > MAX_NESTING) return NO;
  const map: Record<string, unknown> = {};
  const mark = markOf(lines, map, {});
  while (lines.at < lines.contents.length && lines.indents[lines.at] === indent) {
    const content = lines.contents[lines.at]!;
    const colon = keyEnd(content);
    if (colon < 0) return NO;
    const key = content.slice(0, colon);
    if (!isPlainKey(key) || Object.hasOwn(map, key)) return NO;
    const row = lines.at++;
    const from = afterSpaces(content, colon + 1);
    const inline = content.slice(from);
    if (mark) {
      mark.keys[key] = positionOf(lines, row, 0);
      // A scalar starts here; so does the empty value of `key:` (at its comment, or the end of the line).
      (mark.values as Record<string, Position>)[key] = positionOf(lines, row, from);
    }
    const value = inline === '' || inline.startsWith('#') ? nested(lines, indent, depth) : scalarLine(lines, inline, indent, row, from);
    if (value === NO) return NO;
    map[key] = value;
  }
  return lines.at < lines.contents.length && lines.indents[lines.at]! > indent ? NO : map;
}

/** What follows `key:` with nothing after it: a deeper block, a list at the key's own indentation, or null. */
function nested(lines: Lines, indent: number, depth: number): Read<unknown> {
  if (lines.at >= lines.contents.length) return null;
  const next = lines.indents[lines.at]!;
  if (next > indent) return node(lines, next, depth + 1);
  if (next === indent && isEntry(lines.contents[lines.at]!)) return list(lines, indent, depth + 1);
  return null;
}

function list(lines: Lines, indent: number, depth: number): Read<unknown[]> {
  if (depth > MAX_NESTING) return NO;
  const items: unknown[] = [];
  const mark = markOf(lines, items, []);
  while (lines.at < lines.contents.length && lines.indents[lines.at] === indent && isEntry(lines.contents[lines.at]!)) {
    const content = lines.contents[lines.at]!;
    const start = afterSpaces(content, 1);
    const rest = content.slice(start);
    (mark?.values as Position[] | undefined)?.push(positionOf(lines, lines.at, start));
    if (rest === '' || rest.startsWith('#') || isEntry(rest)) return NO;
    let item: Read<unknown>;
    if (!INDICATORS.has(rest[0]!) && keyEnd(rest) > 0) {
      // `- key: value`: a mapping whose first key sits on the entry's line, the rest below it.
      lines.indents[lines.at] = indent + start;
      lines.contents[lines.at] = rest;
      item = mapping(lines, indent + start, depth + 1);
    } else {
      const row = lines.at++;
      item = scalarLine(lines, rest, indent, row, start);
    }
    if (item === NO) return NO;
    items.push(item);
  }
  return lines.at < lines.contents.length && lines.indents[lines.at]! > indent ? NO : items;
}

/** The colon that ends a key: followed by a space or the end of the line. */
function keyEnd(content: string): number {
  for (let i = content.indexOf(':'); i >= 0; i = content.indexOf(':', i + 1)) {
    if (i === content.length - 1 || content.charCodeAt(i + 1) === 0x20) return i;
  }
  return -1;
}

function isPlainKey(key: string): boolean {
  return (
    key.length > 0 &&
    key.length <= MAX_KEY_CHARS &&
    !INDICATORS.has(key[0]!) &&
    !key.endsWith(' ') &&
    !UNSURE_IN_KEY.test(key) &&
    key !== '__proto__' &&
    typeof resolvePlain(key) === 'string'
  );
}

/**
 * A scalar or flow list that is the whole rest of a line (`text`, from `offset` of content line `row`);
 * nothing may continue it on a deeper line.
 */
function scalarLine(lines: Lines, text: string, indent: number, row: number, offset: number): Read<unknown> {
  if (lines.at < lines.contents.length && lines.indents[lines.at]! > indent) return NO;
  const first = text[0]!;
  if (first === '"') return quoted(text, '"');
  if (first === "'") return quoted(text, "'");
  if (first === '[') return flowList(text, lines, row, offset);
  // A leading minus is a plain scalar (a negative number) when a digit follows it.
  if (INDICATORS.has(first) && !(first === '-' && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39)) return NO;
  const comment = text.indexOf(' #');
  const plain = trimSpaces(comment < 0 ? text : text.slice(0, comment));
  return UNSURE_IN_PLAIN.test(plain) ? NO : resolvePlain(plain);
}

/** A quoted scalar on one line, without escapes; after it only spaces and a comment. */
function quoted(text: string, quote: '"' | "'"): Read<string> {
  let value = '';
  let from = 1;
  for (;;) {
    const close = text.indexOf(quote, from);
    if (close < 0) return NO;
    value += text.slice(from, close);
    // In single quotes, '' is one quote.
    if (quote === "'" && text[close + 1] === "'") {
      value += "'";
      from = close + 2;
      continue;
    }
    if (quote === '"' && value.includes('\\')) return NO;
    return endsLine(text.slice(close + 1)) ? value : NO;
  }
}

/** `[a, b]` on one line, of plain scalars only (at `offset` of content line `row`). */
function flowList(text: string, lines: Lines, row: number, offset: number): Read<unknown[]> {
  const close = text.indexOf(']');
  if (close < 0 || !endsLine(text.slice(close + 1))) return NO;
  const inside = text.slice(1, close);
  if (UNSURE_IN_FLOW.test(inside)) return NO;
  const items: unknown[] = [];
  const values: Position[] | undefined = lines.marks ? [] : undefined;
  if (values) lines.marks!.set(items, { start: positionOf(lines, row, offset), keys: {}, values });
  if (trimSpaces(inside) === '') return items;
  let from = offset + 1;
  for (const part of inside.split(',')) {
    const item = trimSpaces(part);
    if (item === '' || (INDICATORS.has(item[0]!) && !(item[0] === '-' && /^-[0-9]/.test(item)))) return NO;
    values?.push(positionOf(lines, row, afterSpaces(part, 0) + from));
    from += part.length + 1;
    items.push(resolvePlain(item));
  }
  return items;
}

const endsLine = (rest: string) => trimSpaces(rest) === '' || /^ +#/.test(rest);

/** The YAML 1.2 core schema's tags, in the library's order (yaml/dist/schema/core), with its resolvers. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** The first characters of everything above: any other plain scalar is a string. */
const MAYBE_NOT_STRING = /^[~nNtTfF0-9+.-]/;

function resolvePlain(text: string): unknown {
  if (!MAYBE_NOT_STRING.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return Number.parseInt(text.substring(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}
