#!/usr/bin/env node
/**
 * Where a `node --cpu-prof` run spent its time: the functions with the most self time and the most
 * inclusive time, and self time by source file (a package under node_modules counts as one), as shares
 * of the samples, one table per .cpuprofile (one per thread). The benchmark uses `summariseProfiles`
 * to show what bounds a target it did not meet.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/subsidy-check.js check … ; node bench/profile-summary.js /tmp/prof [top]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const where = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules|bench)\//, '$1/');
const nameOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`.trimEnd();
/** A file, or its package under node_modules, or the V8 pseudo-frame ((garbage collector), (program), …). */
function fileOf(n) {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `node_modules/${pkg[1]}`;
  if (url.startsWith('node:')) return 'node: (built-in modules)';
  return where(url);
}

const sorted = (table, samples, top) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, v]) => ({ share: v / samples, name }));

/**
 * `under`: count only the samples with a frame of that function name on their stack (the timed part
 * of a benchmark, without its set-up), as shares of those samples. The garbage collector's samples sit
 * at the root, under no function: `gcShareOfAll` is its share of every sample.
 * @returns {{ file: string, seconds: number, samples: number, self: { share: number, name: string }[], inclusive: { share: number, name: string }[], byFile: { share: number, name: string }[] }[]}
 */
export function summariseProfiles(dir, top = 25, { under } = {}) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((file) => {
      const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const hits = new Map();
      for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
      const self = new Map();
      const inclusive = new Map();
      const byFile = new Map();
      let samples = 0;
      let gc = 0;
      for (const [id, count] of hits) {
        if (byId.get(id).callFrame.functionName === '(garbage collector)') gc += count;
        if (under !== undefined) {
          let at = id;
          while (at !== undefined && byId.get(at).callFrame.functionName !== under) at = parent.get(at);
          if (at === undefined) continue;
        }
        samples += count;
        const node = byId.get(id);
        const key = nameOf(node);
        self.set(key, (self.get(key) ?? 0) + count);
        byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + count);
        const seen = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const k = nameOf(byId.get(at));
          if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + count);
          seen.add(k);
        }
      }
      return {
        file,
        seconds: (profile.endTime - profile.startTime) / 1e6,
        samples,
        gcShareOfAll: gc / profile.samples.length,
        self: sorted(self, samples, top),
        inclusive: sorted(inclusive, samples, top),
        byFile: sorted(byFile, samples, top),
      };
    });
}

const pct = (x) => `${(100 * x).toFixed(1).padStart(5)}%`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, topText = '25'] = process.argv.slice(2);
  for (const p of summariseProfiles(dir, Number(topText))) {
    console.log(`\n== ${p.file}: ${p.seconds.toFixed(2)} s, ${p.samples} samples, garbage collector ${(100 * p.gcShareOfAll).toFixed(1)}%`);
    for (const title of ['self', 'inclusive', 'byFile']) {
      console.log(`-- ${title === 'byFile' ? 'self time by file' : title}`);
      for (const row of p[title]) console.log(`${pct(row.share)}  ${row.name}`);
    }
  }
}
