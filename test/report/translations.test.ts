/**
 * Every message added for explain, what-it-takes and the checklist exists in English and Chinese:
 * each catalogue entry renders in both, the Chinese one in Chinese, the English one without Chinese.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { messageOf } from '../../src/diagnostics/catalogue.js';
import { CHANGE_KINDS } from '../../src/engine/changes.js';
import { STRUCTURAL_FACTS } from '../../src/engine/structural.js';
import { OPERATOR_REGISTRY } from '../../src/operators/registry.js';
import { unpublished } from '../../src/operators/unpublished.js';
import { CHANGE_TEXT, SHORT_TEXT, STRUCTURAL_TEXT } from '../../src/text/catalogues/to-qualify.js';
import type { TextArgs } from '../../src/text/messages.js';
import { CATALOGUES, type Catalogue } from '../../src/text/registry.js';

/** Each operator's words live in the operator's own file (src/operators/), found through the operator registry; with them, those of the leaf that has none. */
const OPERATOR_TEXT = Object.fromEntries(
  [...Object.entries(OPERATOR_REGISTRY), ['unpublished', unpublished] as const].flatMap(([name, op]) =>
    Object.entries(op.text).map(([key, m]) => [`${name}.${key}`, m]),
  ),
) as Catalogue;

/** `export const NAME = {` … `} satisfies Record<…, Message>`: a catalogue, wherever it is declared in `src/`. */
function cataloguesIn(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/^export const (\w+) = \{\n(?:(?!\}).*\n)*\} satisfies Record<[^;]*\bMessage>;$/gm)) names.push(m[1]!);
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every argument renders as a marker, so the template's own words can be told from what is put in. */
const args = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `«${key}»` : undefined) }) as TextArgs;
const own = (text: string) => text.replace(/«[^»]*»/g, '');
const HAN = /\p{Script=Han}/u;
/** Words Chinese text may keep: the `min(…)` of an amount's computation, a product's name and a unit (GitHub's 1 MiB). */
const KEPT = new Set(['min', 'GitHub', 'MiB']);

const entries = Object.entries({ ...CATALOGUES, OPERATOR_TEXT } as Record<string, Catalogue>).flatMap(([name, catalogue]) =>
  Object.entries(catalogue).map(([key, message]) => [`${name}.${key}`, message] as const),
);

describe('every message has both languages', () => {
  it('covers the catalogues', () => expect(entries.length).toBeGreaterThan(200));

  it('iterates every catalogue in src/: each is registered in src/text/registry.ts', () => {
    const declared = sourceFiles('src').flatMap((file) => cataloguesIn(readFileSync(file, 'utf8')).map((name) => `${name} (${file})`));
    const registered = new Set(Object.keys(CATALOGUES));
    // The scanner sees every registered catalogue (those not in that form would go unchecked)…
    expect([...registered].filter((name) => !declared.some((d) => d.startsWith(`${name} `)))).toEqual([]);
    // …and every catalogue it sees is registered.
    expect(declared.filter((d) => !registered.has(d.split(' ')[0]!))).toEqual([]);
  });

  it('finds a catalogue by its declaration, and nothing else', () => {
    const sample = [
      "export const NEW_TEXT = {\n  a: { en: () => 'a', zh: () => '甲' },\n} satisfies Record<string, Message>;",
      'export const KINDS = {\n  a: 1,\n} satisfies Record<string, number>;',
      "const LOCAL_TEXT = {\n  a: { en: () => 'a', zh: () => '甲' },\n} satisfies Record<string, Message>;",
    ].join('\n');
    expect(cataloguesIn(sample)).toEqual(['NEW_TEXT']);
  });

  it.each(entries)('%s', (_name, message) => {
    expect(typeof message.en).toBe('function');
    expect(typeof message.zh).toBe('function');
    const en = own(message.en(args));
    const zh = own(message.zh(args));
    expect(en).not.toMatch(HAN);
    // A template with words of its own says them in Chinese too; one made only of its arguments and symbols may be the same.
    if (/[A-Za-z]{2,}/.test(en.replace(/\bmin\b/g, ''))) expect(zh).toMatch(HAN);
    const english = (zh.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));
    expect(english).toEqual([]);
  });

  it('names every structural fact and every kind of change', () => {
    expect(Object.keys(STRUCTURAL_TEXT).sort()).toEqual([...STRUCTURAL_FACTS].sort());
    for (const kind of CHANGE_KINDS) {
      expect(SHORT_TEXT, kind).toHaveProperty([kind]);
      if (kind === 'threshold')
        for (const op of ['gt', 'gte', 'lt', 'lte', 'between']) expect(CHANGE_TEXT).toHaveProperty([`threshold-${op}`]);
      else expect(CHANGE_TEXT, kind).toHaveProperty([kind]);
    }
  });

  it('has the explain diagnostic in both languages', () => {
    const a = { measure: 'x', asOf: '2022-07-05', known: 'p/m' };
    expect(messageOf('explain/unknown-measure', a, 'en')).not.toMatch(HAN);
    expect(messageOf('explain/unknown-measure', a, 'zh')).toMatch(HAN);
  });
});
