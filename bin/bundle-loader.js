'use strict';
/**
 * Loads the bundle in dist/bin/ (scripts/bundle.js) with V8's code cache. Each bundle file is the body
 * of a CommonJS-shaped function: the build wrote it so, and beside it, for the files `check` on one
 * profile runs, `<file>.cache`: the bytecode V8 compiled for it in a run at build time. With the cache
 * a start-up neither parses the file nor compiles a function that run compiled: measured on
 * `check one.yaml`, about a seventh of the start-up. Node 20 caches no ES module's code (22.1 does,
 * module.enableCompileCache), hence the CommonJS shape and this loader.
 *
 * V8 checks that a cache was made by the same V8 with the same flags and for a text of the same length,
 * and rejects it otherwise; the file is then compiled from its text as it would be without a cache.
 * A cache older than its file (the file was edited after the build) is not read at all.
 */
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bin');
/** The scripts loaded so far, when the build asked for their caches (recordCodeCache). */
let recorded;

/** The code cache beside `file`, unless there is none or it is older than the file. */
function cacheOf(file) {
  const cache = `${file}.cache`;
  const made = statSync(cache, { throwIfNoEntry: false });
  if (!made || made.mtimeMs < statSync(file).mtimeMs) return undefined;
  return readFileSync(cache);
}

/**
 * The exports of `name`, a file of dist/bin/, evaluated once a process. It is kept in require.cache
 * under its path, as a required file is; `module.codeCache` says whether its cache was used.
 */
function loadBundle(name) {
  const file = join(DIR, name);
  const loaded = Module._cache[file];
  if (loaded) return loaded.exports;
  const cachedData = recorded ? undefined : cacheOf(file);
  // The build wrote ASCII only (scripts/bundle.js): read as latin1, the text is V8's one-byte string as is.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  recorded?.push([file, script]);
  const mod = new Module(file, require.main);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(DIR);
  mod.codeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  Module._cache[file] = mod;
  const body = script.runInThisContext();
  body.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, DIR, loadBundle, importBundle, pathToFileURL(file).href);
  mod.loaded = true;
  return mod.exports;
}

/** What `import('./name')` in the bundle became: the file's exports, on the next tick as import() gives them. */
function importBundle(name) {
  return Promise.resolve().then(() => loadBundle(name));
}

/** For the build: at exit, write the code cache of every file loaded, with every function the run compiled. */
function recordCodeCache() {
  recorded = [];
  process.on('exit', () => {
    for (const [file, script] of recorded) writeFileSync(`${file}.cache`, script.createCachedData());
  });
}

module.exports = { loadBundle, recordCodeCache };
