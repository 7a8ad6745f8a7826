#!/usr/bin/env node
// Build step: bundle what bin/subsidy-check.js runs into dist/bin/, so a start-up resolves and reads
// a few local files instead of ~370 (our modules, yaml's and commander's CommonJS files). Measured on
// `check one.yaml`: module loading was the largest share of the start-up. The commands, formats and
// readers the CLI imports lazily stay lazy: each becomes its own chunk, loaded only by a run that uses
// it (zod, the xlsx reader, the lifecycle commands, html and ics are never read by `check one.yaml`).
// The worker thread's entry sits next to the CLI's, where src/batch/pool.ts looks for it ('./worker.js').
// Every output stays two folders below the package, as dist/<folder>/*.js are, so the paths the code
// resolves from import.meta.url (package.json, rules/, dist/bundled-rules.json) hold in both builds.
// dist/index.js, the library export, is tsc's output and is not bundled.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Chunk names change with their content: start empty, so no stale chunk is left beside the new ones.
rmSync(OUT, { recursive: true, force: true });

const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const common = {
  outdir: OUT.pathname,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  // yaml, commander and cli-table3 are CommonJS: their require() of Node built-ins needs a require.
  banner: { js: BANNER },
  plugins: [lazyChildProcess, tablePreviewOnlyWhenDebugging],
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};
// The CLI: split at its lazy imports. The worker thread: one file of its own. It runs in its own
// isolate, so sharing no module with the CLI costs nothing, and sharing chunks would split the CLI's.
const cli = await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, splitting: true });
const worker = await build({ ...common, entryPoints: { worker: 'src/batch/worker.ts' }, splitting: false });

// Only the chunk that defines esbuild's __require uses the banner's require: the others drop it,
// which spares a createRequire per chunk loaded.
for (const file of [cli, worker].flatMap((r) => Object.keys(r.metafile.outputs))) {
  const path = new URL(file, new URL('..', import.meta.url));
  const code = readFileSync(path, 'utf8');
  const body = code.slice(code.indexOf(BANNER) + BANNER.length);
  if (!/\brequire\b/.test(body)) writeFileSync(path, code.replace(`${BANNER}\n`, ''));
}

// Which sources each output holds: test/e2e/startup.test.ts checks what a run loads against it.
const outputs = Object.fromEntries(
  [cli, worker]
    .flatMap((r) => Object.entries(r.metafile.outputs))
    .map(([file, o]) => [file.replace(/^dist\/bin\//, ''), Object.keys(o.inputs)]),
);
writeFileSync(new URL('inputs.json', OUT), `${JSON.stringify(outputs, null, 1)}\n`);
console.log(`bundled the CLI into ${Object.keys(outputs).length} files in dist/bin/`);
