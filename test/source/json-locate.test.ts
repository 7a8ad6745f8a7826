/**
 * The JSON scanner's positions are the YAML document's: for every path of generated JSON texts (and of
 * the example profiles), with a key or a value asked for, present or missing, in any layout.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { parseSource, type Segment } from '../../src/source/document.js';
import { locateJson } from '../../src/source/json-locate.js';

/** Every path in a value, the value's own first. */
function pathsOf(value: unknown, at: Segment[] = []): Segment[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

/** Paths worth asking: each existing one, one past its end, a sibling that is not there, an index as text. */
function askedPaths(value: unknown): Segment[][] {
  return pathsOf(value).flatMap((p) => [
    p,
    [...p, 'missing'],
    [...p, 0],
    [...p, '1'],
    ...(p.length > 0
      ? [
          [...p.slice(0, -1), 'absent'],
          [...p.slice(0, -1), 7],
        ]
      : []),
  ]);
}

function expectSameAsDocument(text: string, value: unknown): void {
  const document = parseSource(text, 'yaml');
  expect(document.problems).toEqual([]);
  for (const path of askedPaths(value))
    for (const part of ['key', 'value'] as const)
      expect(locateJson(text, path, part), `${JSON.stringify(path)} ${part}`).toEqual(document.locate(path, part));
}

const layouts = fc.constantFrom<(string | number | undefined)[]>(undefined, 2, '\t', ' ');

describe('locating a path in a JSON text by scanning it', () => {
  it('answers as the parsed document does, for generated texts in any layout', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), layouts, (value, indent) => {
        expectSameAsDocument(JSON.stringify(value, null, indent), value);
      }),
      { numRuns: 300 },
    );
  });

  it('answers as the parsed document does, for keys with escapes and text with brackets and quotes', () => {
    const value = { 'a"b': { 'c\\d': ['x]', '{y', 'q"'] }, 'é\u00e9\\u0041': [[1, [2]], { z: null }], n: -1.5e3, t: true };
    for (const indent of [undefined, 2, '\t']) expectSameAsDocument(JSON.stringify(value, null, indent), value);
  });

  it('answers as the parsed document does, for every example profile written in JSON', () => {
    const files = ['fixtures/profiles', 'fixtures/invalid'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
      expectSameAsDocument(text, value);
      expectSameAsDocument(JSON.stringify(value), value);
    }
  });

  it('leaves a text with a carriage return to the full parse', () => {
    expect(locateJson('{\r\n"a": 1}', ['a'], 'value')).toBeUndefined();
  });
});
