#!/usr/bin/env node
/**
 * The one-thread floor for a folder of YAML profiles: list the files as the CLI does (recursive,
 * sorted), read each and parse it with the same `yaml` package. No validation, no evaluation, no
 * output: what any tool must at least spend on one core.
 *
 *   node bench/floors/yaml.js <dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && ['.yaml', '.yml', '.json'].includes(extname(e.name)))
  .map((e) => join(e.parentPath, e.name))
  .sort();
let mappings = 0;
for (const file of files) {
  try {
    const value = parse(readFileSync(file, 'utf8'));
    if (value !== null && typeof value === 'object') mappings++;
  } catch {
    // a broken file still counts as read
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, mappings })}\n`);
