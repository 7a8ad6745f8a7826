#!/usr/bin/env node
// Build step: bundle what bin/subsidy-check.js runs into dist/bin/, so a start-up resolves and reads
// a few local files instead of ~370 (our modules, yaml's and commander's CommonJS files). Measured on
// `check one.yaml`: module loading was the largest share of the start-up. The commands, formats and
// readers the CLI imports lazily stay lazy: each becomes its own chunk, loaded only by a run that uses
// it (zod, the xlsx reader, the lifecycle commands, html and ics are never read by `check one.yaml`),
// and the chunks of `check` and of its table are then merged into one file each (see GROUPS below):
// `check one.yaml` reads dist/bin/cli.js, check-command.js and table-format.js.
// The worker threads' entries sit next to the CLI's, where src/batch/pool.ts and src/io/read-ahead.ts
// look for them ('./worker.js', './read-worker.js').
// Every output stays two folders below the package, as dist/<folder>/*.js are, so the paths the code
// resolves from import.meta.url (package.json, rules/, dist/bundled-rules.json) hold in both builds.
// dist/index.js, the library export, is tsc's output and is not bundled.
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = new URL('../dist/bin/', import.meta.url);

/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables
 * (we have none); loading it (with net and dgram) was a measurable share of a start-up. Its spawn is
 * the only use: it gets node:child_process the first time it is called.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);",
      loader: 'js',
    }));
  },
};

/**
 * cli-table3 0.6.5 builds a 10-column preview of a cell's whole text for a debug message on every line
 * it draws, and throws it away unless its debug option is on (we never set it). The preview's
 * truncation drops one character at a time and measures the rest with string-width: for a cell of
 * several lines it is quadratic, and it was a sixth of `check one.yaml`. The bundle computes the
 * preview only when the message is kept (the fix proposed upstream, cli-table/cli-table3#362); what
 * a table draws is unchanged. If a release changes these lines, the build says so and bundles it as is.
 */
const CELL_PREVIEW = 'let content = utils.truncate(this.content, 10, this.truncate);';
const tablePreviewOnlyWhenDebugging = {
  name: 'cli-table3-debug-preview',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]cli-table3[\\/]src[\\/](cell|debug)\.js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8');
      const [from, to] = path.endsWith('debug.js')
        ? ['module.exports = debug;', 'debug.keeps = (min) => level >= min;\nmodule.exports = debug;']
        : [CELL_PREVIEW, `let content = require('./debug').keeps(2) ? utils.truncate(this.content, 10, this.truncate) : '';`];
      if (!code.includes(from)) {
        return { contents: code, loader: 'js', warnings: [{ text: `cli-table3 changed: ${path} bundled without the debug-preview fix` }] };
      }
      return { contents: code.replace(from, to), loader: 'js' };
    });
  },
};

/**
 * An ES import of a Node built-in makes Node build a module facade over it, reading every export
 * (node:fs's lazy getters load its streams, promises and watchers); a require returns the built-in as
 * it is. The worker threads' bundles, ES modules, require the built-ins their modules import (the same
 * objects, through the banner's require): measured on the nine `check one.yaml` imports, when the CLI
 * was an ES module too, about half the time. The CLI's files are CommonJS-shaped (see below): their
 * imports of built-ins become plain requires, each named export read from the built-in as it is used.
 */
const requiredBuiltins = {
  name: 'required-built-ins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, ({ path, kind }) => (kind === 'import-statement' ? { path, namespace: 'built-in' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'built-in' }, ({ path }) => ({
      contents: `module.exports = require('${path}');`,
      loader: 'js',
    }));
  },
};

/**
 * The yaml library is a third of what `check one.yaml` compiles, yet a profile in the plain subset
 * (src/source/plain-yaml.ts) and the bundled rules (a JSON cache) are read without it. So it is built
 * into a file of its own, dist/bin/yaml.cjs, and required the first time one of its functions is
 * called: our modules import a stand-in whose every export loads the library and passes the call
 * (and `new`, and `instanceof`) through. A name our code imports that the stand-in lacks fails the build.
 */
const YAML_EXPORTS = Object.entries(createRequire(import.meta.url)('yaml'))
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name);
const YAML_STAND_IN = [
  'let yaml;',
  "const load = () => (yaml ??= require('./yaml.cjs'));",
  'function lazy(name) {',
  '  function passed(...args) { const real = load()[name]; return new.target ? Reflect.construct(real, args) : real(...args); }',
  '  Object.defineProperty(passed, Symbol.hasInstance, { value: (value) => value instanceof load()[name] });',
  '  return passed;',
  '}',
  ...YAML_EXPORTS.map((name) => `export const ${name} = lazy('${name}');`),
].join('\n');
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]/.test(importer) ? undefined : { path: 'yaml', namespace: 'lazy-yaml' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({ contents: YAML_STAND_IN, loader: 'js' }));
    build.onResolve({ filter: /^\.\/yaml\.cjs$/, namespace: 'lazy-yaml' }, ({ path }) => ({ path, external: true }));
  },
};

// Chunk names change with their content: start empty, so no stale chunk is left beside the new ones.
const SPLIT = new URL('../dist/bin-split/', import.meta.url);
for (const dir of [OUT, SPLIT]) rmSync(dir, { recursive: true, force: true });

const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
/** What every esbuild run here shares. */
const base = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', metafile: true, logLevel: 'warning' };
const common = {
  ...base,
  outdir: OUT.pathname,
  format: 'esm',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  // yaml, commander and cli-table3 are CommonJS: their require() of Node built-ins needs a require.
  banner: { js: BANNER },
  plugins: [lazyChildProcess, tablePreviewOnlyWhenDebugging, lazyYaml],
};
// The CLI: split at its lazy imports (into dist/bin-split/, merged below). The worker thread: one file
// of its own. It runs in its own isolate, so sharing no module with the CLI costs nothing.
const split = await build({ ...common, outdir: SPLIT.pathname, entryPoints: { cli: 'src/cli.ts' }, splitting: true });
const worker = await build({
  ...common,
  plugins: [...common.plugins, requiredBuiltins],
  entryPoints: { worker: 'src/batch/worker.ts', 'read-worker': 'src/io/read-worker.ts' },
  splitting: false,
});
const yaml = await build({ ...base, entryPoints: ['yaml'], outfile: fileURLToPath(new URL('yaml.cjs', OUT)), format: 'cjs' });

// Only the chunk that defines esbuild's __require uses the banner's require: the others drop it,
// which spares a createRequire per chunk loaded.
for (const file of [split, worker].flatMap((r) => Object.keys(r.metafile.outputs))) {
  const path = new URL(file, new URL('..', import.meta.url));
  const code = readFileSync(path, 'utf8');
  const body = code.slice(code.indexOf(BANNER) + BANNER.length);
  if (!/\brequire\b/.test(body)) writeFileSync(path, code.replace(`${BANNER}\n`, ''));
}

/**
 * esbuild splits by which lazy imports reach a module, not by what is already loaded when one runs:
 * `check one.yaml` read 52 files, a dozen under a kilobyte, and Node's ES-module loader costs per
 * file (resolve, read, compile, link) about as much as the whole evaluation. So the chunks one
 * start-up reads are merged into one file per step: the CLI (everything it imports statically), then
 * what `check` imports lazily, then the table's. Each stays lazy: a run of another command or format
 * does not read the check or table file, and the chunks only other commands and formats use stay
 * chunks of their own. No module is duplicated: a chunk merged into a group is imported from the
 * group's file, which exports each merged chunk's exports under a prefixed name.
 */
const GROUPS = [
  { name: 'cli', entry: 'src/cli.ts' },
  { name: 'check-command', entry: 'src/commands/check.ts' },
  // What the table shares with other formats goes to check's file, which every format's run reads:
  // `--format csv` reads the check file and the csv chunk, not the table's.
  { name: 'table-format', entry: 'src/formats/table.ts', host: 1 },
];
const splitOutputs = Object.fromEntries(Object.entries(split.metafile.outputs).map(([key, o]) => [basename(key), o]));
const local = (path) => (path.startsWith('dist/bin-split/') ? basename(path) : undefined);
const staticImports = (file) =>
  splitOutputs[file].imports.filter((imp) => imp.kind === 'import-statement' && local(imp.path)).map((imp) => local(imp.path));
/** The chunks `from` reaches by static imports, itself included, leaving out those in `skip`. */
function closure(from, skip) {
  const found = new Set();
  const queue = [...from];
  for (const f of queue) {
    if (skip.has(f) || found.has(f)) continue;
    found.add(f);
    queue.push(...staticImports(f));
  }
  return found;
}
const groupOf = new Map();
GROUPS.forEach((g, i) => {
  g.file = Object.keys(splitOutputs).find((f) => splitOutputs[f].entryPoint === g.entry);
  if (!g.file) throw new Error(`bundle: no chunk has ${g.entry} as its entry`);
  const members = closure([g.file], groupOf);
  if (g.host !== undefined) {
    const shared = [...members].filter((f) => Object.keys(splitOutputs).some((o) => !members.has(o) && staticImports(o).includes(f)));
    for (const f of closure(shared, groupOf)) {
      groupOf.set(f, g.host);
      members.delete(f);
    }
  }
  for (const f of members) groupOf.set(f, i);
});
const alias = (file, name) => `__${file.replace(/\W/g, '_')}$${name}`;
const reexports = (file) =>
  `export { ${splitOutputs[file].exports.map((e) => `${alias(file, e)} as ${e}`).join(', ')} } from './${GROUPS[groupOf.get(file)].name}.js';`;
const groupEntry = (i) =>
  [
    `export * from './${GROUPS[i].file}';`,
    ...[...groupOf]
      .filter(([f, g]) => g === i && splitOutputs[f].exports.length > 0)
      .map(([f]) => `export { ${splitOutputs[f].exports.map((e) => `${e} as ${alias(f, e)}`).join(', ')} } from './${f}';`),
  ].join('\n');

const mergeGroups = {
  name: 'merge-start-up-chunks',
  setup(build) {
    build.onResolve({ filter: /^group:/ }, ({ path }) => ({ path: path.slice(6), namespace: 'group' }));
    build.onLoad({ filter: /.*/, namespace: 'group' }, ({ path }) => ({
      contents: groupEntry(GROUPS.findIndex((g) => g.name === path)),
      resolveDir: SPLIT.pathname,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/.*\.js$/ }, ({ path, importer, namespace, kind }) => {
      if (namespace === 'reexport') return { path, external: true };
      const file = basename(path);
      const target = groupOf.get(file);
      const from = namespace === 'group' ? GROUPS.findIndex((g) => g.name === importer) : groupOf.get(basename(importer));
      if (target === undefined) return { path: `./${file}`, external: true };
      if (target === from) return { path: fileURLToPath(new URL(file, SPLIT)) };
      if (kind === 'dynamic-import') {
        if (GROUPS[target].file !== file) throw new Error(`bundle: ${importer} imports ${file} lazily, inside a group`);
        return { path: `./${GROUPS[target].name}.js`, external: true };
      }
      return { path: file, namespace: 'reexport' };
    });
    build.onLoad({ filter: /.*/, namespace: 'reexport' }, ({ path }) => ({ contents: reexports(path), loader: 'js' }));
  },
};
const rest = Object.keys(splitOutputs).filter((f) => !groupOf.has(f));
const merged = await build({
  ...base,
  outdir: OUT.pathname,
  format: 'esm',
  entryNames: '[name]',
  plugins: [mergeGroups],
  entryPoints: {
    ...Object.fromEntries(GROUPS.map((g) => [g.name, `group:${g.name}`])),
    ...Object.fromEntries(rest.map((f) => [f.replace(/\.js$/, ''), fileURLToPath(new URL(f, SPLIT))])),
  },
});
rmSync(SPLIT, { recursive: true, force: true });

/**
 * esbuild writes strings ASCII-only but leaves regex literals (a district's Chinese name, 万 and 亿 in
 * the money pattern) as they are, and one such character makes Node decode the whole file as UTF-8
 * and V8 hold and scan it as a two-byte string. Inside a regex literal, found where an expression
 * starts, \uXXXX matches the same character; comments and anything else are left as they are.
 */
const REGEX_LITERAL = /((?:^|[(=,:!&|?[{;]|\breturn)\s*\/)((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)(\/[dgimsuyv]*)/gm;
const escaped = (text) => text.replace(/[^\0-\x7F]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const file of [merged, worker].flatMap((r) => Object.keys(r.metafile.outputs))) {
  const path = new URL(file, new URL('..', import.meta.url));
  const code = readFileSync(path, 'utf8');
  const ascii = code.replace(REGEX_LITERAL, (_, open, body, close) => open + escaped(body) + close);
  if (ascii !== code) writeFileSync(path, ascii);
}

/**
 * Node 20 keeps no compiled code of an ES module from one run to the next, but V8 does of a script
 * (vm.Script's cachedData): compiling the files `check one.yaml` reads was the largest share of its
 * start-up after Node's own. So the CLI's files become CommonJS-shaped, each the body of a function
 * that bin/bundle-loader.js calls with what a module needs: exports, require, module, __filename,
 * __dirname, the loader for another file of the bundle (an import of one), its lazy form (an import()
 * of one) and the file's URL (import.meta.url). The worker threads' entries stay ES modules: Node
 * starts them. Lines are kept (the function opens on the first one), so a stack names the same line.
 */
const CJS_PARAMS = 'exports, require, module, __filename, __dirname, __load, __import, __import_meta_url';
/**
 * esbuild's CommonJS output copies objects property by property, a getter each (__copyProps: 100 kB of
 * a start-up's 5.8 MB allocated, 1-3% of its profile): a default import of a built-in (chalk's of
 * node:process, os and tty) and the file's own exports. Neither copy is needed here.
 */
const DEFAULT_BUILTIN = /^var (\w+) = __toESM\(require\("(node:[\w/]+)"\)\);$/gm;
const OWN_EXPORTS = /^module\.exports = __toCommonJS\(stdin_exports\);$/m;
const cliFiles = new Set(Object.keys(merged.metafile.outputs).map((file) => basename(file)));
for (const name of cliFiles) {
  const path = new URL(name, OUT);
  const { code } = await transform(readFileSync(path, 'utf8'), {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__import_meta_url' },
  });
  const body = code
    .replace(/\b(require|import)\("\.\/([\w.-]+)"\)/g, (call, kind, file) =>
      cliFiles.has(file) ? `${kind === 'require' ? '__load' : '__import'}("${file}")` : call,
    )
    .replace(DEFAULT_BUILTIN, (line, name, id) =>
      // Used only as NAME.default: the built-in itself, without a copy of each of its properties.
      new RegExp(`\\b${name}\\b(?!\\.default\\b)`).test(code.replace(line, '')) ? line : `var ${name} = { default: require("${id}") };`,
    )
    // The file's exports object (a getter per export) is its module.exports as it is, not copied.
    .replace(OWN_EXPORTS, 'module.exports = __defProp(stdin_exports, "__esModule", { value: true });');
  // vm.Script has no import() of its own: one left would fail at run time, so it fails the build.
  const left = /\bimport\s*\(\s*[^\s)]|\bimport\.meta\b/.exec(body.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1|\/\/.*$/gm, '""'));
  if (left) throw new Error(`bundle: ${name} keeps "${left[0]}", which bin/bundle-loader.js cannot run`);
  writeFileSync(path, `(function (${CJS_PARAMS}) {${body}\n})`);
}

/**
 * The code caches: a `check` on a fixture profile, with the loader recording, writes `<file>.cache`
 * beside each file it loaded, with every function that run compiled. Without fixtures/ (a package
 * built outside this repository) the bundle runs without them, as it would with a rejected cache.
 */
const PROFILE = new URL('../fixtures/profiles/zhiyuan-ai.yaml', import.meta.url);
if (existsSync(PROFILE)) {
  const record = `const l = require('./bin/bundle-loader.js'); l.recordCodeCache(); l.loadBundle('cli.js').main([process.execPath, 'subsidy-check', ...process.argv.slice(1)]);`;
  const run = spawnSync(process.execPath, ['-e', record, 'check', fileURLToPath(PROFILE), '--as-of', '2021-03-15'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bundle: the run that writes the code caches failed (${run.status}): ${run.stderr}`);
}

// Which sources each output holds: test/e2e/startup.test.ts checks what a run loads against it.
const sourcesOf = (input) => (local(input) ? Object.keys(splitOutputs[local(input)].inputs) : []);
const outputs = Object.fromEntries([
  ...Object.entries(merged.metafile.outputs).map(([file, o]) => [basename(file), Object.keys(o.inputs).flatMap(sourcesOf)]),
  ...[worker, yaml].flatMap((r) => Object.entries(r.metafile.outputs).map(([file, o]) => [basename(file), Object.keys(o.inputs)])),
]);
writeFileSync(new URL('inputs.json', OUT), `${JSON.stringify(outputs, null, 1)}\n`);
console.log(`bundled the CLI into ${Object.keys(outputs).length} files in dist/bin/`);
