#!/usr/bin/env node
/**
 * A stand-in for `check --input-format ndjson` while the CLI lacks it: the library streamed by hand
 * on one thread. All bundled rules loaded and compiled once; each line read with `checkText` (JSON),
 * turned into its report entry with `fileResult`, and written as one JSON line with back-pressure.
 *
 *   node bench/measure/library-ndjson.js <file.ndjson> <asOf>  > results.ndjson
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, fileResult, loadRules, prepare } from '../../dist/index.js';

const [file, asOf] = process.argv.slice(2);
const root = new URL('../../rules/', import.meta.url).pathname;
const texts = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `rules/${d.name}/${f}`),
  )
  .sort()
  .map((f) => ({ file: f, text: readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8') }));
const prepared = prepare(loadRules(texts).versions, asOf);

let lineNo = 0;
let buffer = '';
const flush = async () => {
  if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  buffer = '';
};
const handle = (line) => {
  lineNo++;
  if (line.trim() === '') return;
  buffer += `${JSON.stringify(fileResult(checkText(prepared, `${file}:${lineNo}`, 'json', line), 'en'))}\n`;
};
let rest = '';
for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const parts = (rest + chunk).split('\n');
  rest = parts.pop();
  for (const line of parts) handle(line);
  if (buffer.length > 1 << 16) await flush();
}
handle(rest);
await flush();
