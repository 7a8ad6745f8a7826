// `node --import ./register.mjs …`: logs every ES module file the run loads (hooks.mjs), and at exit
// every CommonJS file it required (the bundle's files included: bin/bundle-loader.js keeps them in
// require.cache) and every public Node built-in it loaded (as node:<name>), so a test can see what a
// command read to start; and, as code-cache:<used|rejected|none> <url>, how each bundle file was compiled.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const required = Object.keys(cache).map((file) => `${pathToFileURL(file).href}\n`);
  const builtins = process.moduleLoadList.filter((m) => /^NativeModule (?!internal\/)/.test(m)).map((m) => `node:${m.slice(13)}\n`);
  const compiled = Object.entries(cache)
    .filter(([, module]) => module.codeCache)
    .map(([file, module]) => `code-cache:${module.codeCache} ${pathToFileURL(file).href}\n`);
  appendFileSync(process.env.LOAD_LOG, [...required, ...builtins, ...compiled].join(''));
});
