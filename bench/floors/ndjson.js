#!/usr/bin/env node
/**
 * The one-thread floor for an NDJSON stream of profiles, as issue 10 defines it: read the file in
 * chunks, split lines, `JSON.parse` each, and write one short JSON line per profile (its line number,
 * whether it parsed to an object, and the company's name), with back-pressure. Memory stays flat. No
 * validation and no evaluation: what any tool reading, parsing and answering each line must spend.
 *
 *   node bench/floors/ndjson.js <file.ndjson> > out.ndjson
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';

let lines = 0;
let rest = '';
let pending = '';
const out = process.stdout;

const handle = (line) => {
  if (line.trim() === '') return;
  lines++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    value = null; // a line that is not JSON is an invalid input, still answered
  }
  const ok = value !== null && typeof value === 'object';
  pending += `${JSON.stringify({ line: lines, ok, name: ok ? (value.company?.name ?? null) : null })}\n`;
};

for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const parts = (rest + chunk).split('\n');
  rest = parts.pop();
  for (const line of parts) handle(line);
  // One write per chunk read, as a buffered writer would; wait when the sink is full.
  if (!out.write(pending)) await once(out, 'drain');
  pending = '';
}
handle(rest);
out.write(pending);
