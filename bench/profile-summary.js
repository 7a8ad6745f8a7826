#!/usr/bin/env node
/**
 * Where a `node --cpu-prof` run spent its time: the functions with the most self time and the most
 * inclusive time, as shares of the samples, one table per .cpuprofile (one per thread).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/subsidy-check.js check … ; node bench/profile-summary.js /tmp/prof [top]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, topText = '25'] = process.argv.slice(2);
const top = Number(topText);
const where = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules|bench)\//, '$1/');
const nameOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const self = new Map();
  const inclusive = new Map();
  for (const [id, count] of hits) {
    const key = nameOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = nameOf(byId.get(at));
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + count);
      seen.add(k);
    }
  }
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  console.log(`\n== ${file}: ${seconds.toFixed(2)} s, ${profile.samples.length} samples`);
  for (const [title, table] of [['self', self], ['inclusive', inclusive]]) {
    console.log(`-- ${title}`);
    for (const [k, v] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / profile.samples.length).toFixed(1).padStart(5)}%  ${k}`);
  }
}
