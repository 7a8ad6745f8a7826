/**
 * The bounds that keep a hostile text cheap: token count, nesting depth, alias expansions, duplicate
 * keys. Checked on the concrete syntax tree before the YAML library's recursive steps run.
 */
import { type CST, isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ParseProblem, Segment, ToPos } from './document.js';

/** Lexical tokens (keys, values, punctuation, runs of spaces): ~30 times the largest bundled rule file. */
export const MAX_TOKENS = 100_000;
/** Nested mappings and lists: a profile needs 4 levels, the deepest bundled rule file 11. */
export const MAX_DEPTH = 64;
/** Aliases expand into copies: a few hundred is plenty for a profile, more is an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Duplicate keys reported one by one; past this the file is refused with one more problem. */
export const MAX_DUPLICATE_KEYS = 100;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The offset of the first collection nested deeper than MAX_DEPTH, walking the tree without recursion. */
export function tooDeep(tokens: readonly CST.Token[]): number | undefined {
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
export function structureProblems(doc: Document, toPos: ToPos): ParseProblem[] {
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
          problems.push({
            kind: 'duplicate-key',
            reason: 'Map keys must be unique',
            key: segment,
            path: [...path, segment],
            pos: toPos(pair.key.range?.[0] ?? 0),
          });
        }
        seen.add(key);
        children.push([pair.key, path], [pair.value, [...path, segment]]);
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) children.push([item, [...path, index]]);
    }
    // Reversed onto the stack, so nodes are visited (and anchors defined) in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (duplicates > MAX_DUPLICATE_KEYS)
    problems.push({
      kind: 'syntax',
      reason: `more than ${MAX_DUPLICATE_KEYS} duplicate keys; the rest are not listed`,
      pos: { line: 1, column: 1 },
    });
  return problems;
}

function aliasProblem(name: string, anchored: Node | undefined, at: number): string | undefined {
  if (!anchored) return `alias *${name} has no anchor &${name} before it`;
  const range = anchored.range;
  if (range && range[0] <= at && at < range[1]) return `alias *${name} refers to the node that contains it (a cycle)`;
  return undefined;
}

export const ALIASED_TOO_DEEP = `nested more than ${MAX_DEPTH} levels deep once aliases are expanded`;

export function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
