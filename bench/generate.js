#!/usr/bin/env node
/**
 * Seeded profile sets for the benchmarks: folders of YAML files (1k, 10k) and NDJSON streams
 * (100k, 1M; one JSON profile per line). The same seed gives the same bytes; profile i is the same in
 * every set, so smaller sets are prefixes of larger ones.
 *
 *   node bench/generate.js --seed 20220705 --out /tmp/profiles --yaml 1000,10000 --ndjson 100000,1000000
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProfile } from './profiles.js';
import { toYaml } from './lib/yaml-text.js';

export const DEFAULT_SEED = 20220705;

/** `1000` → `1k`, `1000000` → `1M`. */
function sizeLabel(n) {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}

/** Profile i as YAML text: some files open with a comment, as hand-kept files do. */
export function yamlText(seed, i) {
  const profile = generateProfile(seed, i);
  return toYaml(profile, i % 3 === 0 ? `申报企业 #${i + 1}: ${profile.company.name}` : undefined);
}

export const jsonLine = (seed, i) => `${JSON.stringify(generateProfile(seed, i))}\n`;

/** A folder of `count` YAML files; the sha256 runs over names and contents in order. */
export async function writeYamlSet(root, seed, count) {
  const dir = join(root, `yaml-${sizeLabel(count)}`);
  await mkdir(dir, { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const width = String(count).length;
  for (let i = 0; i < count; i += 256) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 256); j++) {
      const name = `applicant-${String(j + 1).padStart(width, '0')}.yaml`;
      const text = yamlText(seed, j);
      hash.update(name).update('\0').update(text);
      bytes += Buffer.byteLength(text);
      batch.push(writeFile(join(dir, name), text));
    }
    await Promise.all(batch);
  }
  return { kind: 'yaml', count, path: dir, bytes, sha256: hash.digest('hex') };
}

/** One NDJSON file of `count` profiles, written with back-pressure so memory stays flat. */
export async function writeNdjsonSet(root, seed, count) {
  const path = join(root, `profiles-${sizeLabel(count)}.ndjson`);
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let bytes = 0;
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += jsonLine(seed, i);
    if (chunk.length >= 1 << 16 || i === count - 1) {
      hash.update(chunk);
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return { kind: 'ndjson', count, path, bytes, sha256: hash.digest('hex') };
}

const sizes = (text) =>
  text
    ? text
        .split(',')
        .filter(Boolean)
        .map((s) => Number(s.replace(/k$/i, '000').replace(/M$/, '000000')))
    : [];

const USAGE = `Usage: node bench/generate.js --out DIR [--yaml SIZES] [--ndjson SIZES] [--seed N]

Writes generated profiles (same seed, same bytes; smaller sets are prefixes of larger ones):
  --out DIR        where to write (required)
  --yaml SIZES     folders of YAML files, comma-separated counts (default 1000,10000; "" for none)
  --ndjson SIZES   NDJSON files, one profile per line (default 100000,1000000; 1k and 1M work too)
  --seed N         default ${DEFAULT_SEED}

Example: node bench/generate.js --out /tmp/profiles --yaml 1000 --ndjson 50k`;

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      yaml: { type: 'string', default: '1000,10000' },
      ndjson: { type: 'string', default: '100000,1000000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    (values.help ? console.log : console.error)(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const seed = Number(values.seed);
  for (const n of sizes(values.yaml)) console.log(JSON.stringify(await writeYamlSet(values.out, seed, n)));
  for (const n of sizes(values.ndjson)) console.log(JSON.stringify(await writeNdjsonSet(values.out, seed, n)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
