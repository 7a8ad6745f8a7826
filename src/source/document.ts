/**
 * Parse YAML or JSON text once, keeping what is needed to point at a line and column later.
 * Positions are looked up lazily: a valid file never pays for them.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
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

export function parseSource(text: string, format: 'yaml' | 'json'): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // After the first syntax error the parser's later complaints are mostly echoes of it: keep one.
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const problems: ParseProblem[] = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax).map((e) => {
    const pos = toPos(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, e.pos[0]);
      return { kind: 'duplicate-key', reason: e.message, key, path: [...pathTo(doc.contents, e.pos[0]), key], pos };
    }
    return { kind: 'syntax', reason: firstLine(e.message, e.code), pos };
  });
  if (format === 'json' && problems.length === 0) {
    const jsonProblem = strictJsonProblem(text, toPos);
    if (jsonProblem) problems.push(jsonProblem);
  }
  const value = problems.some((p) => p.kind === 'syntax') ? undefined : plain(doc, problems);
  return { value, problems, locate: (path, part = 'value') => locate(doc, path, part, toPos) };
}

/** Aliases expand into copies: a few hundred is plenty for a profile, more is an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

function plain(doc: Document, problems: ParseProblem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    problems.push({ kind: 'syntax', reason: `more than ${MAX_ALIAS_COUNT} alias expansions (a YAML alias bomb?)`, pos: { line: 1, column: 1 } });
    return undefined;
  }
}

const PLAIN_REASONS: Record<string, string> = {
  MULTIPLE_DOCS: 'a profile holds one YAML document, but this file has several (separated by ---)',
};

function firstLine(message: string, code?: string): string {
  return (code && PLAIN_REASONS[code]) ?? message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function keyAt(text: string, offset: number): string {
  const match = /^["']?([^"':\n]+)/.exec(text.slice(offset));
  return match ? match[1]!.trim() : '';
}

/** YAML accepts more than JSON (comments, trailing commas in flow): a `.json` file must be JSON. */
function strictJsonProblem(text: string, toPos: (offset: number) => Position): ParseProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    return { kind: 'syntax', reason: message.replace(/ in JSON at position \d+.*$/, ''), pos: toPos(at ? Number(at[1]) : 0) };
  }
}

function locate(doc: Document, path: readonly Segment[], part: 'key' | 'value', toPos: (o: number) => Position): Position {
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

/** The path of the innermost collection whose items span an offset (the map that holds a duplicate key). */
function pathTo(node: unknown, offset: number): Segment[] {
  const inside = (n: unknown) => {
    const r = (n as { range?: [number, number] } | null)?.range;
    return r !== undefined && r[0] <= offset && offset < r[1];
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && inside(pair.value)) return [String(pair.key.value), ...pathTo(pair.value, offset)];
    }
  }
  if (isSeq(node)) {
    const index = node.items.findIndex(inside);
    if (index >= 0) return [index, ...pathTo(node.items[index], offset)];
  }
  return [];
}
