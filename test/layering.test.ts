/**
 * The layers of src/ (docs/architecture.md) hold because a test reads the import graph: every static
 * import (type-only too), re-export and dynamic import() of a file of ours, and the worker a
 * `new URL(…, import.meta.url)` starts. A finding names the file and line. The scanner is tested on
 * samples first, so a rule that finds nothing is a rule that could have found something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

interface Edge {
  /** The import as written: a specifier, or the source text of a dynamic import's argument. */
  specifier: string;
  /** 1-based line of the import, export or import(). */
  line: number;
}

/** Every import of a TypeScript source text, with its line, read by a parser (comments and strings are not imports). */
function importsOf(source: string, file = 'sample.ts'): Edge[] {
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const unquoted = (text: string) => /^(['"])(.*)\1$/s.exec(text)?.[2] ?? text;
  const edges: Edge[] = [
    ...module.staticImports.map((i) => ({ specifier: i.moduleRequest.value, line: lineAt(i.start) })),
    ...module.staticExports.flatMap((e) =>
      e.entries.flatMap((entry) => (entry.moduleRequest ? [{ specifier: entry.moduleRequest.value, line: lineAt(e.start) }] : [])),
    ),
    ...module.dynamicImports.map((i) => ({
      specifier: unquoted(source.slice(i.moduleRequest.start, i.moduleRequest.end)),
      line: lineAt(i.start),
    })),
    // A worker is a module too: `new Worker(new URL('./worker.js', import.meta.url))`.
    ...module.importMetas.flatMap((meta) => {
      const url = /new\s+URL\s*\(\s*(['"])([^'"]+)\1\s*,\s*$/.exec(source.slice(Math.max(0, meta.start - 200), meta.start));
      return url ? [{ specifier: url[2]!, line: lineAt(meta.start) }] : [];
    }),
  ];
  // One `export { a, b } from` is one edge.
  const unique = new Map(edges.map((e) => [`${e.line}\0${e.specifier}`, e]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}

/** The layer of a file under src/: its first folder, or its name for a file at the top (src/cli.ts is `cli`, like src/cli/). */
function layerOf(fileUnderSrc: string): string {
  const [first] = fileUnderSrc.split(sep);
  return first!.replace(/\.(ts|js)$/, '');
}

interface Finding {
  at: string;
  specifier: string;
  layer: string;
}

/** Imports of ours (relative specifiers) from `file` whose target lies in one of `forbidden`. */
function findingsOf(file: string, source: string, forbidden: readonly string[]): Finding[] {
  return importsOf(source)
    .filter(({ specifier }) => specifier.startsWith('./') || specifier.startsWith('../'))
    .map(({ specifier, line }) => {
      const target = relative('src', resolve(dirname(file), specifier));
      return { at: `${file}:${line}`, specifier, layer: target.startsWith('..') ? '(outside src)' : layerOf(target) };
    })
    .filter((f) => forbidden.includes(f.layer));
}

/** What each layer may not import: lower layers never reach up (docs/architecture.md, "Layers"). */
const RULES: readonly { layer: string; mayNotImport: readonly string[]; why: string }[] = [
  {
    layer: 'engine',
    mayNotImport: ['report', 'formats', 'commands', 'cli', 'batch', 'lifecycle', 'sheets', 'template'],
    why: 'the engine returns decisions as data; rendering and commands sit above it',
  },
  {
    layer: 'rules',
    mayNotImport: ['engine', 'lifecycle', 'report', 'formats', 'batch', 'commands', 'cli'],
    why: 'the rule format lies below the engine; lifecycle tooling that runs the engine lives in lifecycle/',
  },
  {
    layer: 'io',
    mayNotImport: ['commands', 'cli', 'batch', 'report', 'formats', 'engine'],
    why: 'commands take an io; io never calls back into them',
  },
  {
    layer: 'operators',
    mayNotImport: [
      'engine',
      'rules',
      'report',
      'text',
      'contracts',
      'formats',
      'io',
      'sheets',
      'template',
      'commands',
      'cli',
      'batch',
      'lifecycle',
    ],
    why: 'an operator is a unit over profile values: the rule format, the engine and the renderers call it, never the other way',
  },
  {
    layer: 'contracts',
    mayNotImport: ['report', 'formats', 'commands', 'cli', 'batch'],
    why: 'a versioned document is data: what builds it and what renders it sit above it',
  },
  {
    layer: 'formats',
    mayNotImport: ['commands', 'cli', 'batch'],
    why: 'a format renders a report; the batch runner and the commands choose and call it',
  },
  {
    layer: 'text',
    mayNotImport: ['formats', 'commands', 'cli', 'batch', 'report', 'engine', 'lifecycle'],
    why: 'the phrasebook serves the formats and commands',
  },
];

/**
 * Layers a rule names whose folder another part of issue 12 is still creating (src/operators: one file
 * per operator). Its rule bites from the day the folder lands; the test below then fails until the
 * name is taken off this list, so the list cannot silently keep a rule asleep.
 */
const NOT_YET: readonly string[] = [];

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: join('src', f), layer: layerOf(f), text: readFileSync(join('src', f), 'utf8') }));

describe('the import scanner', () => {
  it('finds static, multi-line, type-only, re-exported, side-effect and dynamic imports, and a worker, each with its line', () => {
    const sample = [
      "import { a } from '../report/a.js';",
      'import {',
      '  b,',
      '  c,',
      "} from '../formats/b.js';",
      "import type { T } from '../commands/t.js';",
      "export { d } from '../cli/d.js';",
      "export * from './e.js';",
      "import '../report/effect.js';",
      "const f = async () => (await import('../report/f.js')).f;",
      "new Worker(new URL('./worker.js', import.meta.url), { workerData });",
      "import x, { y } from 'zod';",
    ].join('\n');
    expect(importsOf(sample)).toEqual([
      { specifier: '../report/a.js', line: 1 },
      { specifier: '../formats/b.js', line: 2 },
      { specifier: '../commands/t.js', line: 6 },
      { specifier: '../cli/d.js', line: 7 },
      { specifier: './e.js', line: 8 },
      { specifier: '../report/effect.js', line: 9 },
      { specifier: '../report/f.js', line: 10 },
      { specifier: './worker.js', line: 11 },
      { specifier: 'zod', line: 12 },
    ]);
  });

  it('ignores imports named in comments and strings, and counts lines after Chinese text right', () => {
    const sample = [
      '/** 普陀区：不是导入。',
      "   import { a } from '../report/a.js'; import('../report/b.js') */",
      "// import '../report/c.js';",
      "const glob = 'tests/*.yaml'; const code = \"await import('../report/d.js')\";",
      "import { e } from './e.js';",
    ];
    expect(importsOf(sample.join('\n'))).toEqual([{ specifier: './e.js', line: 5 }]);
  });

  it('places a target in its layer: its first folder under src/, or a top-level file by its name', () => {
    const engine = join('src', 'engine', 'x.ts');
    const sample =
      "import { a } from '../report/a.js';\nimport { b } from '../cli.js';\nimport { c } from './c.js';\nimport { d } from 'yaml';";
    expect(findingsOf(engine, sample, ['report', 'cli'])).toEqual([
      { at: `${engine}:1`, specifier: '../report/a.js', layer: 'report' },
      { at: `${engine}:2`, specifier: '../cli.js', layer: 'cli' },
    ]);
    expect(findingsOf(engine, sample, ['formats', 'commands'])).toEqual([]);
  });
});

describe('src/ layers', () => {
  it('has a folder with code for every layer a rule names, except those NOT_YET lists (take a name off when its folder lands)', () => {
    const layers = new Set(sources.map((s) => s.layer));
    expect(RULES.map((r) => r.layer).filter((layer) => !layers.has(layer))).toEqual(NOT_YET);
  });

  for (const { layer, mayNotImport, why } of RULES) {
    it(`${layer}/ imports nothing from ${mayNotImport.join(', ')}: ${why}`, () => {
      const findings = sources
        .filter((s) => s.layer === layer)
        .flatMap(({ file, text }) => findingsOf(file, text, mayNotImport))
        .map((f) => `${f.at} imports ${f.specifier} (${f.layer})`);
      expect(findings).toEqual([]);
    });
  }
});
