#!/usr/bin/env node
/**
 * The one-thread floor for an NDJSON stream of profiles, as issue 10 defines it: read the file in
 * chunks, split lines, `JSON.parse` each, and write one short JSON line per profile (its line number,
 * whether it parsed to an object, and the company's name), with back-pressure. Memory stays flat. No
 * validation and no evaluation: what any tool reading, parsing and answering each line must spend.
 *
 * With `--answers <file.ndjson>` (results of `check`, one per line), each profile is answered instead
 * with the next of those results, its file and company name set from this line, through
 * `JSON.stringify`: what any tool writing an answer of that shape and size must spend, with no
 * validation and no evaluation. The benchmark passes results `check` wrote for the stream's first lines.
 *
 *   node bench/floors/ndjson.js <file.ndjson> [--answers <results.ndjson>] > out.ndjson
 */
import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const [file, flag, answersFile] = process.argv.slice(2);
const answers =
  flag === '--answers'
    ? readFileSync(answersFile, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('{"file":'))
        .map((l) => JSON.parse(l))
    : [];

let lines = 0;
let rest = '';
const out = process.stdout;

/**
 * Short lines are gathered into one string per chunk read. Answers of 2–3 kB go into a buffer of
 * 64 KiB instead, as a buffered writer would: gathered into one string, 150 of them took about 40 µs
 * each to encode (flattening the concatenation), more than making them. Nothing is awaited per line.
 */
let pending = '';
let chunk = Buffer.allocUnsafe(1 << 16);
let used = 0;
/** Bytes that did not fit in the buffer, written before anything else by the next flush. */
let held = [];
const add = (text) => {
  if (answers.length === 0) pending += text;
  else if (used + text.length * 3 <= chunk.length) used += chunk.write(text, used);
  else {
    held.push(chunk.subarray(0, used), Buffer.from(text));
    chunk = Buffer.allocUnsafe(chunk.length);
    used = 0;
  }
};
const send = async (bytes) => {
  // Wait when the sink is full.
  if (!out.write(bytes)) await once(out, 'drain');
};
const flush = async () => {
  if (pending !== '') await send(pending);
  pending = '';
  for (const bytes of held) await send(bytes);
  held = [];
  if (used > 0) await send(chunk.subarray(0, used));
  chunk = Buffer.allocUnsafe(chunk.length);
  used = 0;
};

const short = (value, ok) => ({ line: lines, ok, name: ok ? (value.company?.name ?? null) : null });

/** The next recorded result, as this line's: its file and company name from the line. */
const answer = (value, ok) => {
  const result = answers[lines % answers.length];
  result.file = `${file}:${lines}`;
  if (result.company) result.company.name = ok ? (value.company?.name ?? null) : null;
  return result;
};

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
  add(`${JSON.stringify(answers.length > 0 ? answer(value, ok) : short(value, ok))}\n`);
};

for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const parts = (rest + text).split('\n');
  rest = parts.pop();
  for (const line of parts) handle(line);
  // One write per chunk read (and per full buffer), as a buffered writer would.
  await flush();
}
handle(rest);
await flush();
