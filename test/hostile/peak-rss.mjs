/**
 * Runs the built CLI in this process, as bin/subsidy-check.js does, and on exit writes the process's
 * peak resident set size in KiB (worker threads included) to the file named by $PEAK_RSS_FILE.
 * Portable where /usr/bin/time is not: `node test/hostile/peak-rss.mjs check …`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

process.on('exit', () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
const { loadBundle } = createRequire(import.meta.url)('../../bin/bundle-loader.js');
await loadBundle('cli.js').main(process.argv);
