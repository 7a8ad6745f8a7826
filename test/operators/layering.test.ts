/**
 * Where operators sit: below the rule format and the engine, above only the profile and source
 * readers. The rule format does not reach up into the engine, nor the engine into what renders its
 * results. The scanner is tried on samples first, so a check that finds nothing could have found something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The top folder under src/ of every relative import (static, dynamic or type-only) of a file. */
function importedFolders(file: string, source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]!);
  return specifiers.map((s) => relative('src', normalize(join(dirname(file), s))).split(/[\\/]/)[0]!).map((top) => top.replace(/\.js$/, ''));
}

const filesOf = (folder: string) =>
  readdirSync(join('src', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src', folder, f));

/** `file → folder` for every import of `folder`'s files outside the folders allowed. */
function outside(folder: string, allowed: readonly string[]): string[] {
  return filesOf(folder).flatMap((file) =>
    importedFolders(file, readFileSync(file, 'utf8'))
      .filter((top) => top !== folder && !allowed.includes(top))
      .map((top) => `${file} → ${top}`),
  );
}

describe('the import scanner', () => {
  it('names the folder of static, type-only and dynamic imports, and not those in comments', () => {
    const source = `import { a } from '../engine/x.js';\nimport type { B } from '../rules/schema.js';\nconst c = await import('../report/y.js');\n// import { d } from '../commands/z.js';\nimport './kit.js';\n`;
    expect(importedFolders('src/operators/eq.ts', source)).toEqual(['engine', 'rules', 'report', 'operators']);
  });
});

describe('layers', () => {
  it('operators import only the profile and source readers', () => expect(outside('operators', ['profile', 'source'])).toEqual([]));
  it('the rule format imports nothing from the engine', () => expect(outside('rules', ['operators', 'profile', 'source', 'diagnostics']).filter((x) => x.endsWith('engine'))).toEqual([]));
  it('the engine imports nothing from what renders or runs it', () =>
    expect(outside('engine', []).filter((x) => /→ (report|formats|commands|text|contracts|batch|cli|lifecycle)$/.test(x))).toEqual([]));
});
