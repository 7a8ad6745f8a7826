/**
 * Rules are data: nothing in src/ evaluates text as code, imports a module named by data, opens a
 * network connection or starts a process, and only the output sink writes files. The scanner is
 * tested on samples first, so a check that finds nothing is a check that could have found something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, fileResult, loadRules, prepare, profileJsonSchema, rulesJsonSchema } from '../../src/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

/** Source without its comments, which may name anything. */
const codeOf = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Code evaluation and dynamic imports whose specifier is not a literal of ours or of a dependency. */
function codeFindings(source: string): string[] {
  const code = codeOf(source);
  const findings: string[] = [];
  for (const m of code.matchAll(/\beval\s*\(|\bnew\s+Function\b|(?<![\w.])Function\s*\(/g)) findings.push(m[0]);
  // `as typeof import('…')` and `: typeof import('…')` are types, erased when compiled: no import at run time.
  for (const m of code.matchAll(/(?<!(?:\bas|:)\s*typeof\s+)\bimport\s*\(\s*([^)]*)\)/g)) {
    const literal = /^(['"])([^'"`$]*)\1$/.exec(m[1]!.trim());
    const specifier = literal?.[2];
    const ours = specifier !== undefined && (specifier.startsWith('./') || specifier.startsWith('../'));
    const dependency = specifier !== undefined && Object.hasOwn(pkg.dependencies, specifier);
    if (!ours && !dependency) findings.push(m[0]);
  }
  // A worker runs one of our own files, named by a literal.
  for (const m of code.matchAll(/new\s+Worker\s*\(/g)) {
    if (!/^\s*new URL\('\.\/[\w-]+\.js', import\.meta\.url\)/.test(code.slice(m.index + m[0].length))) findings.push(m[0]);
  }
  return findings;
}

/** Modules that reach the network, other processes or the inspector. */
function reachFindings(source: string): string[] {
  const found = [
    ...source.matchAll(/from\s+'(node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|vm|inspector|worker_threads\/x)'/g),
  ].map((m) => m[0]);
  return [...found, ...[...source.matchAll(/\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/g)].map((m) => m[0])];
}

const WRITES =
  /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|mkdir|mkdirSync|rm|rmSync|unlink|unlinkSync|rename|renameSync|copyFile|copyFileSync|symlink|symlinkSync|truncate|truncateSync)\b|open(Sync)?\([^)]*['"][wa]x?\+?['"]|import\s*\{[^}]*\blink(Sync)?\b[^}]*\}\s*from\s*'(node:)?fs/;
const writes = (source: string) => WRITES.test(codeOf(source));

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: join('src', f), text: readFileSync(join('src', f), 'utf8') }));

describe('the scanner', () => {
  it('finds what it looks for', () => {
    expect(codeFindings('const x = eval(rule.value);')).toHaveLength(1);
    expect(codeFindings('const f = new Function("a", body);')).toHaveLength(1);
    expect(codeFindings('const f = Function(body)();')).toHaveLength(1);
    expect(codeFindings('await import(rule.module);')).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text, with a template literal in it
    expect(codeFindings('await import(`./formats/${name}.js`);')).toHaveLength(1);
    expect(codeFindings("await import('left-pad');")).toHaveLength(1);
    expect(codeFindings("const x = typeof import('left-pad');")).toHaveLength(1);
    expect(codeFindings('new Worker(path);')).toHaveLength(1);
    expect(reachFindings("import { request } from 'node:https';")).toHaveLength(1);
    expect(reachFindings("import { spawn } from 'child_process';")).toHaveLength(1);
    expect(reachFindings('await fetch(url);')).toHaveLength(1);
    expect(writes("await open(file, 'w')")).toBe(true);
    expect(writes("await open(temp, 'wx', 0o666)")).toBe(true);
    expect(writes("import { link, lstat } from 'node:fs/promises';")).toBe(true);
    expect(writes("import { el, esc, link } from './html-escape.js';")).toBe(false);
    expect(writes("import { writeFileSync } from 'node:fs';")).toBe(true);
    expect(writes('// a symlink loop')).toBe(false);
  });

  it('lets through what is fine', () => {
    expect(
      codeFindings("const { randomBytes } = require('node:crypto') as typeof import('node:crypto'); let c: typeof import('node:crypto');"),
    ).toEqual([]);
    expect(
      codeFindings(
        "await import('./formats/json.js'); await import('../io/pool.js'); await import('picomatch'); isFunction(x); new Worker(new URL('./worker.js', import.meta.url), { workerData });",
      ),
    ).toEqual([]);
  });
});

describe('src/', () => {
  it('evaluates no text as code and imports only modules named by literals: ours or dependencies', () => {
    expect(sources.length).toBeGreaterThan(50);
    // One exception, reviewed: the condition functions the engine generates from names and integers it
    // makes itself; rule text reaches them only as constants by index (test/engine/generated.test.ts).
    const generated = join('src', 'engine', 'generated.ts');
    expect(codeFindings(sources.find((s) => s.file === generated)!.text)).toEqual(['new Function']);
    expect(codeOf(sources.find((s) => s.file === generated)!.text)).toContain("new Function('K', factory)(src.constants)");
    const others = sources.filter((s) => s.file !== generated);
    expect(others.flatMap(({ file, text }) => codeFindings(text).map((f) => `${file}: ${f}`))).toEqual([]);
  });

  it('reaches no network, no other process, no vm', () => {
    expect(sources.flatMap(({ file, text }) => reachFindings(text).map((f) => `${file}: ${f}`))).toEqual([]);
  });

  it('writes files only in src/io/atomic-output.ts (--output) and src/io/sink.ts (the CI job summary)', () => {
    expect(
      sources
        .filter(({ text }) => writes(text))
        .map((s) => s.file)
        .sort(),
    ).toEqual([join('src', 'io', 'atomic-output.ts'), join('src', 'io', 'sink.ts')]);
  });
});

describe('rule text is never a regular expression', () => {
  it('builds no RegExp from rule values, however they look, in loading, checking or the JSON Schemas', () => {
    const text = readFileSync('fixtures/hostile/rules/regex-like-values/tiny/1.yaml', 'utf8');
    const built: string[] = [];
    const Original = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        built.push(String(args[0] instanceof Original ? args[0].source : args[0]));
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        built.push(String(args[0] instanceof Original ? args[0].source : args[0]));
        return target(...args);
      },
    });
    try {
      const { versions, diagnostics } = loadRules([{ file: 'tiny/1.yaml', text }]);
      expect(diagnostics).toEqual([]);
      const prepared = prepare(versions, '2024-01-01');
      if ('diagnostics' in prepared) throw new Error('prepare');
      const result = fileResult(
        checkText(prepared, 'p.yaml', 'yaml', readFileSync('fixtures/hostile/probe.yaml', 'utf8'), { detail: true }),
        'en',
      );
      expect(result.valid).toBe(true);
      rulesJsonSchema();
      profileJsonSchema(versions);
    } finally {
      globalThis.RegExp = Original;
    }
    // The spy sees what is built: the profile schema's own money pattern, a constant of ours.
    expect(built.some((source) => source.includes('万'))).toBe(true);
    expect(built.filter((source) => /a\+|a\|aa/.test(source))).toEqual([]);
  });
});
