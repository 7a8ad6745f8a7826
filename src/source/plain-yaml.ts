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
 */

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
}

/** The text's value, or undefined when only the YAML library can say. */
export function plainYaml(text: string): { value: unknown } | undefined {
  if (text.length > MAX_CHARS || UNSURE_CHARS.test(text)) return undefined;
  const lines = linesOf(text);
  if (lines.contents.length === 0) return undefined;
  const value = node(lines, lines.indents[0]!, 0);
  return value === NO || lines.at < lines.contents.length ? undefined : { value };
}

function linesOf(text: string): Lines {
  const indents: number[] = [];
  const contents: string[] = [];
  for (const line of text.split('\n')) {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length || line.charCodeAt(indent) === 0x23 /* # */) continue;
    indents.push(indent);
    contents.push(line.slice(indent));
  }
  return { indents, contents, at: 0 };
}

const isEntry = (content: string) => content === '-' || content.startsWith('- ');

/** A block collection starting at the current line, indented `indent`. */
function node(lines: Lines, indent: number, depth: number): Read<unknown> {
  return isEntry(lines.contents[lines.at]!) ? list(lines, indent, depth) : mapping(lines, indent, depth);
}

function mapping(lines: Lines, indent: number, depth: number): Read<Record<string, unknown>> {
  if (depth > MAX_NESTING) return NO;
  const map: Record<string, unknown> = {};
  while (lines.at < lines.contents.length && lines.indents[lines.at] === indent) {
    const content = lines.contents[lines.at]!;
    const colon = keyEnd(content);
    if (colon < 0) return NO;
    const key = content.slice(0, colon);
    if (!isPlainKey(key) || Object.hasOwn(map, key)) return NO;
    lines.at++;
    const inline = content.slice(colon + 1).trimStart();
    const value = inline === '' || inline.startsWith('#') ? nested(lines, indent, depth) : scalarLine(lines, inline, indent);
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
  while (lines.at < lines.contents.length && lines.indents[lines.at] === indent && isEntry(lines.contents[lines.at]!)) {
    const content = lines.contents[lines.at]!;
    let start = 1;
    while (content.charCodeAt(start) === 0x20) start++;
    const rest = content.slice(start);
    if (rest === '' || rest.startsWith('#') || isEntry(rest)) return NO;
    let item: Read<unknown>;
    if (!INDICATORS.has(rest[0]!) && keyEnd(rest) > 0) {
      // `- key: value`: a mapping whose first key sits on the entry's line, the rest below it.
      lines.indents[lines.at] = indent + start;
      lines.contents[lines.at] = rest;
      item = mapping(lines, indent + start, depth + 1);
    } else {
      lines.at++;
      item = scalarLine(lines, rest, indent);
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

/** A scalar or flow list that is the whole rest of a line; nothing may continue it on a deeper line. */
function scalarLine(lines: Lines, text: string, indent: number): Read<unknown> {
  if (lines.at < lines.contents.length && lines.indents[lines.at]! > indent) return NO;
  return inlineValue(text);
}

function inlineValue(text: string): Read<unknown> {
  const first = text[0]!;
  if (first === '"') return quoted(text, '"');
  if (first === "'") return quoted(text, "'");
  if (first === '[') return flowList(text);
  // A leading minus is a plain scalar (a negative number) when a digit follows it.
  if (INDICATORS.has(first) && !(first === '-' && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39)) return NO;
  const comment = text.indexOf(' #');
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
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

/** `[a, b]` on one line, of plain scalars only. */
function flowList(text: string): Read<unknown[]> {
  const close = text.indexOf(']');
  if (close < 0 || !endsLine(text.slice(close + 1))) return NO;
  const inside = text.slice(1, close);
  if (UNSURE_IN_FLOW.test(inside)) return NO;
  if (inside.trim() === '') return [];
  const items: unknown[] = [];
  for (const part of inside.split(',')) {
    const item = part.trim();
    if (item === '' || (INDICATORS.has(item[0]!) && !(item[0] === '-' && /^-[0-9]/.test(item)))) return NO;
    items.push(resolvePlain(item));
  }
  return items;
}

const endsLine = (rest: string) => rest.trim() === '' || /^ +#/.test(rest);

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
