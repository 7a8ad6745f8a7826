#!/usr/bin/env node
/**
 * The one-thread floor for an NDJSON stream of profiles: read it in chunks, split lines, JSON.parse
 * each and validate it (floors/validate.js). Memory stays flat; nothing is written but a count.
 *
 *   node bench/floors/ndjson.js <file.ndjson>
 */
import { createReadStream } from 'node:fs';
import { validProfile } from './validate.js';

let lines = 0;
let valid = 0;
let rest = '';
const handle = (line) => {
  if (line.trim() === '') return;
  lines++;
  try {
    if (validProfile(JSON.parse(line))) valid++;
  } catch {
    // a line that is not JSON is an invalid input, still counted
  }
};
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const parts = (rest + chunk).split('\n');
  rest = parts.pop();
  for (const line of parts) handle(line);
}
handle(rest);
process.stdout.write(`${JSON.stringify({ lines, valid })}\n`);
