/** The parser's limits: each at its boundary, and the same answer whatever the thread's stack size. */
import { Worker } from 'node:worker_threads';
import { Lexer } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_DUPLICATE_KEYS, MAX_TOKENS, parseSource } from '../../src/source/document.js';

const flow = (depth: number) => `z: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`; // the root mapping is a level
const block = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:\n`).join('');
const json = (depth: number) => `${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}`;
const reasons = (text: string, format: 'yaml' | 'json' = 'yaml') => parseSource(text, format).problems.map((p) => p.reason);

describe('nesting depth', () => {
  it.each([
    ['flow', flow],
    ['block', block],
  ])('accepts %s nesting of exactly MAX_DEPTH levels and refuses one more, at the level too deep', (_, make) => {
    expect(parseSource(make(MAX_DEPTH), 'yaml').problems).toEqual([]);
    const [problem] = parseSource(make(MAX_DEPTH + 1), 'yaml').problems;
    expect(problem).toMatchObject({ kind: 'syntax', reason: `nested more than ${MAX_DEPTH} levels deep` });
    expect(problem!.pos.line + problem!.pos.column).toBeGreaterThan(2);
  });

  it('counts JSON objects as levels too', () => {
    expect(reasons(json(MAX_DEPTH), 'json')).toEqual([]);
    expect(reasons(json(MAX_DEPTH + 1), 'json')).toEqual([`nested more than ${MAX_DEPTH} levels deep`]);
  });

  it('refuses nesting that only aliases make deep', () => {
    const half = Math.ceil(MAX_DEPTH / 2) + 1;
    const text = `a: &a ${'['.repeat(half)}${']'.repeat(half)}\nb: ${'['.repeat(half - 1)}*a${']'.repeat(half - 1)}\n`;
    expect(reasons(text)).toEqual([`nested more than ${MAX_DEPTH} levels deep once aliases are expanded`]);
  });

  it('gives the same problem at the same place in a thread with half the usual stack', async () => {
    const texts = [flow(10_000), block(3000), json(10_000), `${'- '.repeat(10_000)}x`];
    const here = texts.map((t, i) => parseSource(t, i === 2 ? 'json' : 'yaml').problems);
    const url = new URL('../../dist/source/document.js', import.meta.url).href;
    const code = `const { parentPort, workerData } = require('node:worker_threads');
      import(${JSON.stringify(url)}).then(({ parseSource }) => parentPort.postMessage(workerData.map((t, i) => parseSource(t, i === 2 ? 'json' : 'yaml').problems)));`;
    const worker = new Worker(code, { eval: true, workerData: texts, resourceLimits: { stackSizeMb: 0.5 } });
    const there = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(there).toEqual(here);
  });
});

describe('size', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses more than MAX_TOKENS tokens, early: it stops lexing at the limit', () => {
    const items = (n: number) => `z: [${'1,'.repeat(n)}]\n`;
    // Each item is three tokens: the scalar, its text, the comma.
    expect(parseSource(items(MAX_TOKENS / 3 - 100), 'yaml').problems).toEqual([]);
    expect(reasons(items(MAX_TOKENS / 3 + 100))).toHaveLength(1);
    const lex = Lexer.prototype.lex;
    let lexed = 0;
    vi.spyOn(Lexer.prototype, 'lex').mockImplementation(function* (this: Lexer, ...args: Parameters<Lexer['lex']>) {
      for (const lexeme of lex.apply(this, args)) {
        lexed += 1;
        yield lexeme;
      }
    });
    expect(reasons(items(1_000_000))).toEqual([
      `more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens; a profile or rule file is far smaller`,
    ]);
    // Three million tokens in the text; one past the limit is read.
    expect(lexed).toBe(MAX_TOKENS + 1);
  });
});

describe('aliases', () => {
  it(`refuses more than ${MAX_ALIAS_COUNT} expansions (an alias bomb)`, () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(reasons(bomb)).toEqual([`more than ${MAX_ALIAS_COUNT} alias expansions (a YAML alias bomb?)`]);
  });

  it('refuses an alias to nothing, and one inside its own anchor, where they are', () => {
    expect(parseSource('a: 1\nb: *nope\n', 'yaml').problems).toEqual([
      { kind: 'syntax', reason: 'alias *nope has no anchor &nope before it', pos: { line: 2, column: 4 } },
    ]);
    expect(parseSource('a: &a\n  - *a\n', 'yaml').problems).toEqual([
      { kind: 'syntax', reason: 'alias *a refers to the node that contains it (a cycle)', pos: { line: 2, column: 5 } },
    ]);
    expect(parseSource('a: &a [1]\nb: *a\n', 'yaml').value).toEqual({ a: [1], b: [1] });
  });
});

describe('duplicate keys', () => {
  it('finds them with their path and line, in any mapping', () => {
    const { problems } = parseSource('a: 1\nb:\n  - c: 1\n    c: 2\na: 3\n', 'yaml');
    expect(problems.map((p) => [p.kind, p.path, p.pos.line])).toEqual([
      ['duplicate-key', ['b', 0, 'c'], 4],
      ['duplicate-key', ['a'], 5],
    ]);
  });

  it('tells 1 from "1", as YAML does, and takes "a" and a for the same key', () => {
    expect(parseSource('1: x\n"1": y\n', 'yaml').problems).toEqual([]);
    expect(parseSource('a: x\n"a": y\n', 'yaml').problems).toHaveLength(1);
  });

  it(`lists at most ${MAX_DUPLICATE_KEYS} of 6,000`, () => {
    const text = Array.from({ length: 12_000 }, (_, i) => `k${i % 6000}: ${i}\n`).join('');
    const { problems } = parseSource(text, 'yaml');
    expect(problems.filter((p) => p.kind === 'duplicate-key')).toHaveLength(MAX_DUPLICATE_KEYS);
    expect(problems.filter((p) => p.kind === 'syntax').map((p) => p.reason)).toEqual([
      `more than ${MAX_DUPLICATE_KEYS} duplicate keys; the rest are not listed`,
    ]);
  });
});

it('names a second document in plain words', () => {
  expect(reasons('a: 1\n---\nb: 2\n')).toEqual(['a profile holds one YAML document, but this file has several (separated by ---)']);
});

describe('JSON through the native parser', () => {
  const text = '{\n  "company": {"name": "A", "credit": "good"},\n  "projects": [{"id": "p1", "investment": 300}]\n}\n';

  it('gives the same value as the full parse, and still locates a path when asked', () => {
    const fast = parseSource(text, 'json');
    expect(fast.problems).toEqual([]);
    expect(fast.value).toEqual(parseSource(text, 'yaml').value);
    expect(fast.locate(['projects', 0, 'investment'])).toEqual({ line: 3, column: 43 });
  });

  it('leaves a repeated key, even a nested one, to the full parse, which reports it with its path', () => {
    const repeated = parseSource('{"company": {"name": "A", "credit": "good", "credit": "poor"}}', 'json');
    expect(repeated.problems).toMatchObject([{ kind: 'duplicate-key', path: ['company', 'credit'] }]);
    expect(parseSource('{"a": {"b": 1}, "b": 2, "c": ["b", "b"]}', 'json').problems).toEqual([]);
  });

  it('leaves a key repeated under another spelling (an escape) to the full parse, never keeping one in silence', () => {
    expect(parseSource('{"a": 1, "\\u0061": 2}', 'json').problems).toMatchObject([{ kind: 'duplicate-key', path: ['a'] }]);
    expect(parseSource('{"x": [{"a": 1}, {"a": 1}], "y": [1, {"c": 1, "c": 2}]}', 'json').problems).toMatchObject([
      { kind: 'duplicate-key', path: ['y', 1, 'c'] },
    ]);
  });

  it("says what is wrong with a JSON text in JSON's words, at JSON's place where it names one (not the YAML parser's)", () => {
    const problem = (text: string) => parseSource(text, 'json').problems.map((p) => ({ reason: p.reason, ...p.pos }));
    expect(problem('{"company": {"name": "y"}')).toEqual([{ reason: "Expected ',' or '}' after property value", line: 1, column: 26 }]);
    expect(problem('{"company": {"name": "z"}} x')).toEqual([
      { reason: 'Unexpected non-whitespace character after JSON', line: 1, column: 28 },
    ]);
    expect(problem('{"a": 1,\n "b": 2,}')).toEqual([{ reason: 'Expected double-quoted property name', line: 2, column: 9 }]);
    // Where JSON.parse names no place, the place is the YAML parser's; its echo of the text is left out.
    const [unplaced] = problem('{"a": tru}');
    expect(unplaced!.reason).toBe("Unexpected token '}'");
    expect(unplaced!.line).toBe(1);
    // YAML's text is YAML's: its own parser's words.
    expect(parseSource('a: [1, 2', 'yaml').problems[0]!.reason).not.toMatch(/JSON/);
  });

  it('takes the full parse exactly past the nesting limit, as before', () => {
    const nested = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(parseSource(nested(MAX_DEPTH), 'json').problems).toEqual([]);
    expect(parseSource(nested(MAX_DEPTH + 1), 'json').problems.map((p) => p.reason)).toEqual([`nested more than ${MAX_DEPTH} levels deep`]);
  });
});
