/**
 * Counting a JSON text's keys with `indexOf` (no escape in the text) against the character scan that
 * also reads escapes: the same count on every well-formed text, so the native parser's answer is taken
 * or left to the full parse exactly as before, whatever the strings hold (colons, brackets, spaces).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonKeyCount, keysIfShallow, MAX_DEPTH, parseFully, parseSource } from '../../src/source/document.js';
import '../properties/settings.js';

/** Text that JSON strings hold without an escape, rich in what could fool a scan. */
const tricky = fc.string({ unit: fc.constantFrom(':', ' ', '{', '}', '[', ']', ',', 'a', '普') });
const key = fc.oneof(tricky, fc.constantFrom('a', 'b', 'company', 'name'));
const value = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }),
  ),
})).node;

/** JSON text written by hand from pairs, so a key may repeat, with arbitrary spacing around colons. */
function write(node: unknown, space: string): string {
  if (Array.isArray(node) && node.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string'))
    return `{${node.map(([k, v]) => `${JSON.stringify(k)}${space}:${space}${write(v, space)}`).join(`,${space}`)}}`;
  if (Array.isArray(node)) return `[${node.map((v) => write(v, space)).join(`,${space}`)}]`;
  return JSON.stringify(node);
}

const texts = fc.tuple(value, fc.constantFrom('', ' ', '\n', ' \t\r\n')).map(([node, space]) => write(node, space));

describe('keys of a JSON text without escapes, counted with indexOf', () => {
  it('the same count as the character scan, on every well-formed text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(text.includes('\\')).toBe(false);
        expect(jsonKeyCount(text)).toBe(keysIfShallow(text, MAX_DEPTH));
      }),
    );
  });

  it('the native parse answers exactly when the full parse finds no problem, with the same value', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const full = parseFully(text, 'json');
        const fast = parseSource(text, 'json');
        expect(fast.problems).toEqual(full.problems);
        expect(fast.value).toEqual(full.value);
      }),
    );
  });

  it('leaves nesting past the limit to the full parse, as the scan did', () => {
    const nested = (n: number) => `{"a": ${'[{"b": '.repeat(n)}1${'}]'.repeat(n)}}`;
    const depth = (MAX_DEPTH - 1) / 2; // the root, then a list and an object per step
    expect(parseSource(nested(Math.floor(depth)), 'json').problems).toEqual([]);
    expect(parseSource(nested(Math.floor(depth) + 1), 'json').problems.map((p) => p.reason)).toEqual([
      `nested more than ${MAX_DEPTH} levels deep`,
    ]);
  });

  it('finds a key repeated inside a string-rich profile line', () => {
    const line = '{"company": {"name": ":{[普陀]}", "name" : "x"}, "projects": [{"id": ": ,"}]}';
    expect(parseSource(line, 'json').problems).toMatchObject([{ kind: 'duplicate-key', path: ['company', 'name'] }]);
  });

  it('a colon in a string never hides a repeated key, however many keys the value has', () => {
    // Colons: two of keys and one in a string; the value has one key. Three is not one: the keys are counted.
    expect(parseSource('{"a": 1, "a": "x:"}', 'json').problems).toMatchObject([{ kind: 'duplicate-key', path: ['a'] }]);
    // Colons: three of keys and one in a string; the value has three keys, not four: counted, and no repeat.
    expect(parseSource('{"a": "x:", "b": {"c": 1}}', 'json')).toMatchObject({ problems: [], value: { a: 'x:', b: { c: 1 } } });
    expect(parseSource('{"a": {"b": "x:"}, "a": {"c": 1}}', 'json').problems).toMatchObject([{ kind: 'duplicate-key' }]);
  });
});
