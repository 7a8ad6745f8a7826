/**
 * Parse YAML or JSON text once, keeping what is needed to point at a line and column later.
 * Positions are looked up lazily: a valid file never pays for them.
 *
 * The text may be hostile, so its cost is bounded before the YAML library builds anything big or
 * recurses: at most MAX_TOKENS lexical tokens, MAX_DEPTH levels of nesting, MAX_ALIAS_COUNT alias
 * expansions. Duplicate keys are found here in linear time (the library's own check is quadratic).
 */
import { Composer, CST, isAlias, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document, type Node } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';

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

/** Lexical tokens (keys, values, punctuation, runs of spaces): ~30 times the largest bundled rule file. */
export const MAX_TOKENS = 100_000;
/** Nested mappings and lists: a profile needs 4 levels, the deepest bundled rule file 11. */
export const MAX_DEPTH = 64;
/** Aliases expand into copies: a few hundred is plenty for a profile, more is an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Duplicate keys reported one by one; past this the file is refused with one more problem. */
export const MAX_DUPLICATE_KEYS = 100;

type ToPos = (offset: number) => Position;

export function parseSource(text: string, format: 'yaml' | 'json'): SourceDocument {
  return (format === 'json' && fastJson(text)) || parseFully(text, format);
}

/** JSON small enough to be a profile goes through the native parser; a larger text gets the bounded path. */
const FAST_JSON_BYTES = 1024 * 1024;

/**
 * Well-formed JSON, without duplicate keys and not too deep, parses natively in microseconds; the YAML
 * parse that knows positions runs only if a diagnostic asks where something is. Anything else (a
 * syntax error, a repeated key, deep nesting) takes the full path, which reports it with its place.
 */
function fastJson(text: string): SourceDocument | undefined {
  if (text.length > FAST_JSON_BYTES || hasDuplicateKey(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (depthExceeds(value, MAX_DEPTH)) return undefined;
  let full: SourceDocument | undefined;
  return { value, problems: [], locate: (path, part) => (full ??= parseFully(text, 'json')).locate(path, part) };
}

/** One pass over JSON text: does any object repeat a key? Strings are compared raw, escapes and all. */
function hasDuplicateKey(text: string): boolean {
  const objects: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const keys = objects[objects.length - 1];
      if (expectKey && keys) {
        const key = text.slice(i + 1, end);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      expectKey = false;
      i = end;
    } else if (ch === 0x7b /* { */) {
      objects.push(new Set());
      expectKey = true;
    } else if (ch === 0x5b /* [ */) objects.push(null);
    else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) objects.pop();
    else if (ch === 0x2c /* , */) expectKey = objects[objects.length - 1] != null;
  }
  return false;
}

function parseFully(text: string, format: 'yaml' | 'json'): SourceDocument {
  const lineCounter = new LineCounter();
  const toPos: ToPos = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parsed = parseYaml(text, lineCounter);
  if ('limit' in parsed) return { value: undefined, problems: [{ kind: 'syntax', reason: parsed.limit.reason, pos: toPos(parsed.limit.offset) }], locate: () => ({ line: 1, column: 1 }) };
  const { doc } = parsed;
  // After the first syntax error the parser's later complaints are mostly echoes of it: keep one.
  const firstSyntax = doc.errors[0];
  const problems: ParseProblem[] = [
    ...(firstSyntax ? [{ kind: 'syntax' as const, reason: firstLine(firstSyntax.message, firstSyntax.code), pos: toPos(firstSyntax.pos[0]) }] : []),
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
    if (++count > MAX_TOKENS) return { limit: { reason: `more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens; a profile or rule file is far smaller`, offset } };
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

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The offset of the first collection nested deeper than MAX_DEPTH, walking the tree without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  let first: number | undefined;
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token === undefined) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    if (!COLLECTIONS.has(token.type) || !('items' in token)) continue;
    if (depth >= MAX_DEPTH) {
      first = Math.min(first ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items as { key?: CST.Token | null; value?: CST.Token | null }[]) {
      stack.push([item.key ?? undefined, depth + 1], [item.value ?? undefined, depth + 1]);
    }
  }
  return first;
}

/**
 * Duplicate keys (as the library's `uniqueKeys` would find them: scalar keys with equal values) and
 * aliases that resolve to nothing or to a node containing them (a cycle), in document order.
 */
function structureProblems(doc: Document, toPos: ToPos): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const anchors = new Map<string, Node>();
  const stack: [unknown, Segment[]][] = [[doc.contents, []]];
  let duplicates = 0;
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (!isNode(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      const alias = aliasProblem(node.source, anchors.get(node.source), node.range?.[0] ?? 0);
      if (alias) problems.push({ kind: 'syntax', reason: alias, pos: toPos(node.range?.[0] ?? 0) });
      continue;
    }
    const children: [unknown, Segment[]][] = [];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        const segment = String(key);
        if (isScalar(pair.key) && seen.has(key) && ++duplicates <= MAX_DUPLICATE_KEYS) {
          problems.push({ kind: 'duplicate-key', reason: 'Map keys must be unique', key: segment, path: [...path, segment], pos: toPos(pair.key.range?.[0] ?? 0) });
        }
        seen.add(key);
        children.push([pair.key, path], [pair.value, [...path, segment]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => children.push([item, [...path, index]]));
    }
    // Reversed onto the stack, so nodes are visited (and anchors defined) in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (duplicates > MAX_DUPLICATE_KEYS) problems.push({ kind: 'syntax', reason: `more than ${MAX_DUPLICATE_KEYS} duplicate keys; the rest are not listed`, pos: { line: 1, column: 1 } });
  return problems;
}

function aliasProblem(name: string, anchored: Node | undefined, at: number): string | undefined {
  if (!anchored) return `alias *${name} has no anchor &${name} before it`;
  const range = anchored.range;
  if (range && range[0] <= at && at < range[1]) return `alias *${name} refers to the node that contains it (a cycle)`;
  return undefined;
}

const ALIASED_TOO_DEEP = `nested more than ${MAX_DEPTH} levels deep once aliases are expanded`;

function plain(doc: Document, problems: ParseProblem[]): unknown {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // A stack overflow can only come from aliases stacking deep nodes: said as the depth check says it,
    // so the message does not depend on the thread's stack size.
    problems.push({ kind: 'syntax', reason: error instanceof RangeError ? ALIASED_TOO_DEEP : `more than ${MAX_ALIAS_COUNT} alias expansions (a YAML alias bomb?)`, pos: { line: 1, column: 1 } });
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
function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

const PLAIN_REASONS: Record<string, string> = {
  MULTIPLE_DOCS: 'a profile holds one YAML document, but this file has several (separated by ---)',
};

function firstLine(message: string, code?: string): string {
  return (code && PLAIN_REASONS[code]) ?? message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML accepts more than JSON (comments, trailing commas in flow): a `.json` file must be JSON. */
function strictJsonProblem(text: string, toPos: ToPos): ParseProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    return { kind: 'syntax', reason: message.replace(/ in JSON at position \d+.*$/, ''), pos: toPos(at ? Number(at[1]) : 0) };
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
