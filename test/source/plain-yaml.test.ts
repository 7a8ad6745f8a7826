/**
 * The fast YAML reader against the full parse: whenever it answers, the full parse finds no problem and
 * the same value, and a profile's diagnostics (code, file, line, path, arguments) are the same whichever
 * path read it. Checked on every YAML file of the repository, on generated profiles (valid, invalid and
 * misspelt) and on thousands of their mutations aimed at YAML's syntax.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFully, parseSource } from '../../src/source/document.js';
import { plainYaml, plainYamlLocator } from '../../src/source/plain-yaml.js';
import type { Segment } from '../../src/source/document.js';
import { readProfileSource } from '../../src/profile/read.js';
import { vocabularyFor } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function textOf(path: string): string | undefined {
  try {
    return utf8.decode(readFileSync(path));
  } catch {
    return undefined; // UTF-16, GBK: refused before any parse
  }
}

/** undefined when the fast reader agrees with the full parse (or leaves the text to it); else what differs. */
function disagreement(text: string): string | undefined {
  const fast = plainYaml(text);
  if (!fast) return undefined;
  const full = parseFully(text, 'yaml');
  if (full.problems.length > 0) return `the full parse finds ${JSON.stringify(full.problems)}`;
  if (!isDeepStrictEqual(fast.value, full.value)) return `${JSON.stringify(fast.value)} against ${JSON.stringify(full.value)}`;
  return undefined;
}

/** The bench's generator (it runs on the built library): profile i of the default seed as YAML. */
async function generated(count: number): Promise<string[]> {
  const url = new URL('../../bench/generate.js', import.meta.url).href;
  const { yamlText, DEFAULT_SEED } = (await import(url)) as { yamlText: (seed: number, i: number) => string; DEFAULT_SEED: number };
  return Array.from({ length: count }, (_, i) => yamlText(DEFAULT_SEED, i));
}

/** sfc32-style small generator: the same mutations on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** What a mutation inserts: YAML's indicators, scalars the core schema resolves, and what the fast reader refuses. */
const PIECES = [
  ' ',
  '  ',
  '\n',
  '\n  ',
  ':',
  ': ',
  ' : ',
  '- ',
  '-',
  '#',
  ' #',
  ' # x',
  "'",
  "''",
  '"',
  '\\',
  '[',
  ']',
  '[]',
  ',',
  ', ',
  '{',
  '}',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '? ',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'yes',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '-7',
  '+3',
  '.inf',
  '.NaN',
  '0.30',
  '007',
  '---\n',
  '...\n',
  'a: b',
  '\n- x',
  '\t',
  '\r\n',
  '__proto__',
  ':x',
  // Not YAML white space: part of a scalar, never trimmed.
  '\u3000',
  '\u00a0',
];

function mutate(text: string, next: () => number): string {
  let out = text;
  const times = 1 + Math.floor(next() * 3);
  for (let n = 0; n < times; n++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.6) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else if (kind < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 3));
    else {
      // A whole line moved one space in or out, or repeated.
      const lines = out.split('\n');
      const line = Math.floor(next() * lines.length);
      const choice = next();
      lines[line] = choice < 0.4 ? ` ${lines[line]}` : choice < 0.8 ? lines[line]!.replace(/^ /, '') : `${lines[line]}\n${lines[line]}`;
      out = lines.join('\n');
    }
  }
  return out;
}

/** Every path in a value, and beside each a missing key, a numeric-string index and a number into a mapping. */
function pathsOf(value: unknown, at: Segment[] = []): Segment[][] {
  const paths: Segment[][] = [at, [...at, 'missing'], [...at, 0], [...at, '0'], [...at, 'missing', 'deeper']];
  const children: [Segment, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) paths.push(...pathsOf(child, [...at, key]));
  return paths;
}

/** undefined when the fast reader places every key and value where the full parse does (or leaves the text to it). */
function misplaced(text: string): string | undefined {
  const fast = plainYaml(text);
  if (!fast) return undefined;
  const full = parseFully(text, 'yaml');
  const locate = plainYamlLocator(text);
  for (const path of pathsOf(fast.value))
    for (const part of ['key', 'value'] as const) {
      const [mine, theirs] = [locate(path, part), full.locate(path, part)];
      if (!isDeepStrictEqual(mine, theirs))
        return `${part} of ${JSON.stringify(path)}: ${JSON.stringify(mine)} against ${JSON.stringify(theirs)}`;
    }
  return undefined;
}

describe('the fast YAML reader', () => {
  it('agrees with the full parse on every YAML file of the repository, and reads every example profile itself', () => {
    const files = [...yamlFiles('fixtures'), ...yamlFiles('rules'), ...yamlFiles('test')];
    const found = files.flatMap((file) => {
      const text = textOf(file);
      const differs = text === undefined ? undefined : disagreement(text);
      return differs ? [`${file}: ${differs}`] : [];
    });
    expect(found).toEqual([]);
    const examples = yamlFiles('fixtures/profiles');
    expect(examples.filter((file) => !plainYaml(textOf(file)!))).toEqual([]);
  });

  it('reads every generated profile itself, to the full parse value', async () => {
    const texts = await generated(2000);
    expect(texts.filter((text) => !plainYaml(text)).length).toBe(0);
    expect(texts.map(disagreement).filter((d) => d !== undefined)).toEqual([]);
  });

  it('agrees with the full parse on thousands of mutated profiles, or leaves them to it', async () => {
    const next = random(20220705);
    const seeds = [...(await generated(200)), ...yamlFiles('fixtures/profiles').map((f) => textOf(f)!)];
    let answered = 0;
    const found: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const text = mutate(seeds[i % seeds.length]!, next);
      if (plainYaml(text)) answered++;
      const differs = disagreement(text);
      if (differs && found.length < 5) found.push(`${JSON.stringify(text)}: ${differs}`);
    }
    expect(found).toEqual([]);
    // Both ways are exercised: many mutants stay in the subset, many leave it.
    expect(answered).toBeGreaterThan(1000);
    expect(answered).toBeLessThan(5000);
  });

  it('keeps full-width and no-break spaces in a scalar, as the library does', () => {
    const text = 'company:\n  name: \u3000上海某公司\u3000\n  fields: [a\u00a0, b]\n';
    expect(plainYaml(text)?.value).toEqual(parseFully(text, 'yaml').value);
    expect(plainYaml(text)?.value).toEqual({ company: { name: '\u3000上海某公司\u3000', fields: ['a\u00a0', 'b'] } });
  });

  it('places every key and value where the full parse does, on files, generated profiles and their mutations', async () => {
    const next = random(20221201);
    const files = [...yamlFiles('fixtures'), ...yamlFiles('test')].map(textOf).filter((t) => t !== undefined);
    const seeds = [...(await generated(100)), ...yamlFiles('fixtures/profiles').map((f) => textOf(f)!)];
    const texts = [...files, ...seeds, ...Array.from({ length: 3000 }, (_, i) => mutate(seeds[i % seeds.length]!, next))];
    const found = texts.flatMap((text) => {
      const differs = misplaced(text);
      return differs ? [`${JSON.stringify(text)}: ${differs}`] : [];
    });
    expect(found.slice(0, 5)).toEqual([]);
    expect(texts.filter((text) => plainYaml(text)).length).toBeGreaterThan(500);
  });

  it('gives a profile the same diagnostics, lines and all, as the full parse does', async () => {
    const vocabulary = vocabularyFor(bundledVersions().flatMap((v) => Object.entries(v.rule.facts)));
    const hostile = yamlFiles('fixtures/hostile/profiles').map((file) => ({ file, text: textOf(file) }));
    const invalid = yamlFiles('fixtures/invalid').map((file) => ({ file, text: textOf(file) }));
    const bench = (await generated(3000)).map((text, i) => ({ file: `applicant-${i + 1}.yaml`, text }));
    let withDiagnostics = 0;
    for (const { file, text } of [...hostile, ...invalid, ...bench]) {
      if (text === undefined) continue;
      const fast = readProfileSource(file, parseSource(text, 'yaml'), 'yaml', vocabulary);
      const full = readProfileSource(file, parseFully(text, 'yaml'), 'yaml', vocabulary);
      expect(fast, file).toStrictEqual(full);
      if (full.diagnostics.length > 0) withDiagnostics++;
    }
    // The generated set holds about 2% invalid and 1% misspelt profiles, the fixtures one of each problem.
    expect(withDiagnostics).toBeGreaterThan(100);
  });
});
