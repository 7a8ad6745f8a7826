'use strict';
/**
 * Loads the bundle in dist/bin/ (scripts/bundle.js) with V8's code cache. Each bundle file is the body
 * of a CommonJS-shaped function: the build wrote it so, and beside it, for the files `check` on one
 * profile runs, `<file>.cache`: the bytecode V8 compiled for it in a run at build time. With the cache
 * a start-up neither parses the file nor compiles a function that run compiled: measured on
 * `check one.yaml`, about a seventh of the start-up. Node 20 caches no ES module's code (22.1 does,
 * module.enableCompileCache), hence the CommonJS shape and this loader.
 *
 * A cache is used only for the text it was made from, and only whole. V8 checks no more than that a
 * cache was made by the same V8 with the same flags for a text of the same length: it ran a cache made
 * for an edited file of the same length (the old code), and a cache with bytes spoiled in the middle
 * crashed the process. So the cache file begins with two CRC-32s, of the text it was made for and of
 * V8's data after them (as Node 22's own compile cache checks its entries), and a cache that does not
 * match both is not given to V8. The file's modification time says nothing here: npm writes a
 * package's files in the order of its tarball, the cache before its file. Rejected or missing, the
 * file is compiled from its text as it would be without a cache.
 *
 * A script made from a cache keeps the file name it was compiled under at build time (V8 11, Node 20:
 * checked by hand), so a stack names the folder the package was built in, not where it is installed.
 * A run with --debug, which prints stacks to be reported, compiles from the text: its stacks name
 * the files it ran.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bin');
/** The cache file's header: the CRC-32 of the text, then of V8's data (unsigned, little-endian). */
const HEADER = 8;
/** The scripts loaded so far, when the build asked for their caches (recordCodeCache). */
let recorded;
const debugging = process.argv.includes('--debug');

/** zlib's CRC-32 (Node 20.15 and later; without it no cache is used), loaded when a cache is read. */
function crc32Of() {
  const { crc32 } = require('node:zlib');
  return typeof crc32 === 'function' ? crc32 : undefined;
}

/**
 * V8's data in the code cache beside `file`, if there is one and it was made, whole, for `text`;
 * `found` tells whether there was a cache file at all.
 */
function cacheOf(file, text) {
  let cache;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    return { found: false };
  }
  const crc32 = cache.length > HEADER ? crc32Of() : undefined;
  if (crc32 === undefined) return { found: true };
  const data = cache.subarray(HEADER);
  const whole = cache.readUInt32LE(0) === crc32(text) && cache.readUInt32LE(4) === crc32(data);
  return { found: true, data: whole ? data : undefined };
}

/**
 * The exports of `name`, a file of dist/bin/, evaluated once a process. It is kept in require.cache
 * under its path, as a required file is; `module.codeCache` says whether its cache was used
 * (`none`: no cache file, or --debug; `rejected`: it did not fit this text, this Node or these flags).
 */
function loadBundle(name) {
  const file = join(DIR, name);
  const loaded = Module._cache[file];
  if (loaded) return loaded.exports;
  const bytes = readFileSync(file);
  const cache = recorded || debugging ? { found: false } : cacheOf(file, bytes);
  // The build wrote ASCII only (scripts/bundle.js): read as latin1, the text is V8's one-byte string as is.
  const script = new Script(bytes.toString('latin1'), { filename: file, cachedData: cache.data });
  recorded?.push([file, bytes, script]);
  const mod = new Module(file, require.main);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(DIR);
  mod.codeCache = !cache.found ? 'none' : cache.data === undefined || script.cachedDataRejected ? 'rejected' : 'used';
  Module._cache[file] = mod;
  try {
    const body = script.runInThisContext();
    body.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, DIR, loadBundle, importBundle, pathToFileURL(file).href);
  } catch (error) {
    // As require does: a file that threw is not kept half-evaluated; the next load runs it, and throws, again.
    delete Module._cache[file];
    throw error;
  }
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
  const crc32 = crc32Of();
  if (crc32 === undefined) return;
  process.on('exit', () => {
    for (const [file, text, script] of recorded) {
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(crc32(text), 0);
      header.writeUInt32LE(crc32(data), 4);
      writeFileSync(`${file}.cache`, Buffer.concat([header, data]));
    }
  });
}

module.exports = { loadBundle, recordCodeCache };
