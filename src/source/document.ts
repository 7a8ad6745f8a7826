/**
 * Parse YAML or JSON text once, keeping what is needed to point at a line and column later.
 * Positions are looked up lazily: a valid file never pays for them.
 *
 * The text may be hostile, so its cost is bounded before the YAML library builds anything big or
 * recurses: at most MAX_TOKENS lexical tokens, MAX_DEPTH levels of nesting, MAX_ALIAS_COUNT alias
 * expansions (the bounds live in limits.ts). Duplicate keys are found in linear time there too.
 */
import { Composer, type CST, isMap, isPair, isScalar, Lexer, LineCounter, Parser, YAMLParseError, type Document } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import { locateJson, stringEnd } from './json-locate.js';
import { plainYaml, plainYamlLocator } from './plain-yaml.js';
import { ALIASED_TOO_DEEP, depthExceeds, MAX_ALIAS_COUNT, MAX_DEPTH, MAX_TOKENS, structureProblems, tooDeep } from './limits.js';

export { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_DUPLICATE_KEYS, MAX_TOKENS } from './limits.js';

export type Segment = string | number;

export interface ParseProblem {
  kind: 'syntax' | 'duplicate-key';
  reason: string;
  key?: string;
  /** For a duplicate key: the path of the repeated key. */
  path?: Segment[];
  pos: Position;
}

export interface SourceDocument {
  /** The plain data, or undefined when the text does not parse. */
  value: unknown;
  problems: ParseProblem[];
  /** Where the value (or with `'key'`, the key) at a path starts; the nearest existing ancestor otherwise. */
  locate(path: readonly Segment[], part?: 'key' | 'value'): Position;
}

export type ToPos = (offset: number) => Position;

export function parseSource(text: string, format: 'yaml' | 'json'): SourceDocument {
  return (format === 'json' ? fastJson(text) : fastYaml(text)) ?? parseFully(text, format);
}

/**
 * YAML in the subset profiles are written in, read without the library (plain-yaml.ts): it answers only
 * for a text the library reads without a problem and to the same value. Positions come from the same
 * reader run again with them, only if a diagnostic asks where something is (the library stays unloaded).
 */
function fastYaml(text: string): SourceDocument | undefined {
  const read = plainYaml(text);
  return read && located(read.value, text, 'yaml', plainYamlLocator(text));
}

/**
 * A value parsed without positions: `quick` (a scan of the text) answers where it can; otherwise the full
 * parse runs, once, the first time a place is asked for.
 */
function located(
  value: unknown,
  text: string,
  format: 'yaml' | 'json',
  quick?: (path: readonly Segment[], part: 'key' | 'value') => Position | undefined,
): SourceDocument {
  let full: SourceDocument | undefined;
  const locate: SourceDocument['locate'] = (path, part = 'value') => {
    const found = quick?.(path, part);
    if (found) return found;
    full ??= parseFully(text, format);
    return full.locate(path, part);
  };
  return { value, problems: [], locate };
}

/** JSON small enough to be a profile goes through the native parser; a larger text gets the bounded path. */
const FAST_JSON_BYTES = 1024 * 1024;

/**
 * Well-formed JSON, without duplicate keys and not too deep, parses natively in microseconds; the YAML
 * parse that knows positions runs only if a diagnostic asks where something is. Anything else (a
 * syntax error, a repeated key, deep nesting) takes the full path, which reports it with its place.
 */
function fastJson(text: string): SourceDocument | undefined {
  if (text.length > FAST_JSON_BYTES) return undefined;
  // A text with an escape has its keys counted, and its depth bounded, by the character scan before
  // anything is parsed; without one, keys are counted after the parse (keysWritten).
  const escaped = text.includes('\\');
  const counted = escaped ? keysIfShallow(text, MAX_DEPTH) : undefined;
  if (escaped && counted === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps one of a repeated key: fewer keys parsed than written means a repeat.
  const parsed = ownKeysIfShallow(value, MAX_DEPTH);
  if (parsed < 0 || parsed !== (escaped ? counted : keysWritten(text, parsed))) return undefined;
  return located(value, text, 'json', (path, part) => locateJson(text, path, part));
}

/**
 * How many keys a well-formed JSON text without an escape writes, told with `parsed` (how many its value
 * has) when the text has exactly that many colons: every key is followed by a colon and no other colon
 * stands outside a string, so written + colons in strings = colons = parsed ≤ written, which leaves no
 * colon in a string and no key repeated. Counting colons is one native `indexOf` per key, against two and
 * a look past the closing quote per string for jsonKeyCount, which answers for the other texts.
 */
function keysWritten(text: string, parsed: number): number {
  let colons = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) colons++;
  return colons === parsed ? parsed : jsonKeyCount(text);
}

/**
 * How many keys a JSON text without an escape writes. Without a backslash no string holds a quote,
 * so the quotes pair up and a key is a string followed by a colon: found with the native `indexOf`, a
 * few dozen steps for a profile rather than a step per character (the character scan was a tenth of
 * reading an NDJSON line). Depth is checked on the parsed value (ownKeysIfShallow); a text with an
 * escape gets the character scan (keysIfShallow). Only the count of well-formed JSON matters: any
 * other text fails JSON.parse.
 */
export function jsonKeyCount(text: string): number {
  let keys = 0;
  for (let open = text.indexOf('"'); open >= 0; ) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) return keys;
    let after = close + 1;
    let ch = text.charCodeAt(after);
    while (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) ch = text.charCodeAt(++after);
    if (ch === 0x3a /* : */) keys++;
    open = text.indexOf('"', after);
  }
  return keys;
}

/**
 * One pass over JSON text, allocating nothing: how many keys its objects have, or undefined when it
 * nests deeper than `max` (as depthExceeds counts: the root is depth 0). Keeping a set of keys per
 * object, and walking the parsed value for its depth, were a third of reading a JSON profile.
 */
export function keysIfShallow(text: string, max: number): number | undefined {
  let keys = 0;
  let depth = 0;
  // Whether each open bracket is an object's.
  const objects = new Uint8Array(max + 1);
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      if (expectKey) keys++;
      expectKey = false;
      i = stringEnd(text, i);
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > max) return undefined;
      objects[depth] = ch === 0x7b ? 1 : 0;
      expectKey = ch === 0x7b;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth = Math.max(0, depth - 1);
    else if (ch === 0x2c /* , */) expectKey = objects[depth] === 1;
  }
  return keys;
}

/**
 * How many own keys the objects of a parsed value have, all together; -1 when its objects and lists
 * nest deeper than `max` (the root's are level 1, as keysIfShallow counts brackets).
 */
function ownKeysIfShallow(value: unknown, max: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (max === 0) return -1;
  let count = 0;
  if (Array.isArray(value))
    for (const item of value) {
      const inner = ownKeysIfShallow(item, max - 1);
      if (inner < 0) return -1;
      count += inner;
    }
  else
    for (const key in value) {
      const inner = ownKeysIfShallow((value as Record<string, unknown>)[key], max - 1);
      if (inner < 0) return -1;
      count += 1 + inner;
    }
  return count;
}

/** The parse with positions, every bound and every problem: what the fast paths must agree with (and tests compare them to). */
export function parseFully(text: string, format: 'yaml' | 'json'): SourceDocument {
  const lineCounter = new LineCounter();
  const toPos: ToPos = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parsed = parseYaml(text, lineCounter);
  if ('limit' in parsed)
    return {
      value: undefined,
      problems: [{ kind: 'syntax', reason: parsed.limit.reason, pos: toPos(parsed.limit.offset) }],
      locate: () => ({ line: 1, column: 1 }),
    };
  const { doc } = parsed;
  // After the first syntax error the parser's later complaints are mostly echoes of it: keep one.
  const firstSyntax = doc.errors[0];
  // A JSON text is told of in JSON's words, at JSON's place where it names one, not the YAML parser's.
  const json = firstSyntax && format === 'json' ? jsonFailure(text) : undefined;
  const problems: ParseProblem[] = [
    ...(firstSyntax
      ? [
          {
            kind: 'syntax' as const,
            reason: json?.reason ?? firstLine(firstSyntax.message, firstSyntax.code),
            pos: toPos(json?.offset ?? firstSyntax.pos[0]),
          },
        ]
      : []),
    ...structureProblems(doc, toPos),
  ].sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
  if (format === 'json' && problems.length === 0) {
    const jsonProblem = strictJsonProblem(text, toPos);
    if (jsonProblem) problems.push(jsonProblem);
  }
  const value = problems.some((p) => p.kind === 'syntax') ? undefined : plain(doc, problems);
  return { value, problems, locate: (path, part = 'value') => locate(doc, path, part, toPos) };
}

/**
 * Lex and parse by hand rather than with `parseDocument`, so the token count can stop a huge text
 * early and the nesting can be measured on the concrete syntax tree before the (recursive) composer
 * runs: a limit is reported at the same place whatever the thread's stack size.
 */
function parseYaml(text: string, lineCounter: LineCounter): { doc: Document } | { limit: { reason: string; offset: number } } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let count = 0;
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++count > MAX_TOKENS)
      return {
        limit: { reason: `more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens; a profile or rule file is far smaller`, offset },
      };
    for (const token of parser.next(lexeme)) tokens.push(token);
    offset = parser.offset;
  }
  for (const token of parser.end()) tokens.push(token);
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { limit: { reason: `nested more than ${MAX_DEPTH} levels deep`, offset: deep } };
  // Duplicate keys are checked below, in linear time.
  const composer = new Composer({ uniqueKeys: false });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return { doc: doc! };
}

function plain(doc: Document, problems: ParseProblem[]): unknown {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // A stack overflow can only come from aliases stacking deep nodes: said as the depth check says it,
    // so the message does not depend on the thread's stack size.
    problems.push({
      kind: 'syntax',
      reason: error instanceof RangeError ? ALIASED_TOO_DEEP : `more than ${MAX_ALIAS_COUNT} alias expansions (a YAML alias bomb?)`,
      pos: { line: 1, column: 1 },
    });
    return undefined;
  }
  // Aliases can stack copies of deep nodes into a value deeper than the text looks.
  if (depthExceeds(value, MAX_DEPTH)) {
    problems.push({ kind: 'syntax', reason: ALIASED_TOO_DEEP, pos: { line: 1, column: 1 } });
    return undefined;
  }
  return value;
}

/** Whether a (cycle-free) plain value nests deeper than `max`, without recursion. */
const PLAIN_REASONS: Record<string, string> = {
  MULTIPLE_DOCS: 'a profile holds one YAML document, but this file has several (separated by ---)',
};

function firstLine(message: string, code?: string): string {
  return (code && PLAIN_REASONS[code]) ?? message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML accepts more than JSON (comments, trailing commas in flow): a `.json` file must be JSON. */
function strictJsonProblem(text: string, toPos: ToPos): ParseProblem | undefined {
  const failure = jsonFailure(text);
  return failure && { kind: 'syntax', reason: failure.reason, pos: toPos(failure.offset ?? 0) };
}

/**
 * Why JSON.parse rejects `text`, in its words without its place (a diagnostic gives line and column) or
 * its echo of the text (`Unexpected token '}', "{"a":…" is not valid JSON`); and the offset, where it
 * names one. Undefined when the text is JSON.
 */
function jsonFailure(text: string): { reason: string; offset: number | undefined } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = / at position (\d+)/.exec(message);
    const reason = message.replace(/ (?:in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    return { reason, offset: at ? Number(at[1]) : undefined };
  }
}

function locate(doc: Document, path: readonly Segment[], part: 'key' | 'value', toPos: ToPos): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const at = path.slice(0, depth);
    if (part === 'key' && depth === path.length && depth > 0) {
      const parent = at.length > 1 ? doc.getIn(at.slice(0, -1), true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === at[at.length - 1]) : undefined;
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return toPos(range[0]);
    }
    const node = depth === 0 ? doc.contents : doc.getIn(at, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return toPos(range[0]);
  }
  return { line: 1, column: 1 };
}
