/**
 * `check` on one YAML profile against `node -e 0`, the cost of starting Node at all: both run as child
 * processes, alternately, many times; the figure is the median wall time of each.
 */
import { CLI } from '../lib/cli.js';
import { measureChild } from '../lib/child.js';
import { median } from '../lib/stats.js';

export async function measureStartup({ file, asOf, reps, log = () => {} }) {
  const check = [process.execPath, CLI, 'check', file, '--as-of', asOf];
  const bare = [process.execPath, '-e', '0'];
  const samples = { node: [], check: [] };
  const exitCodes = new Set();
  for (let i = 0; i < 3; i++) await measureChild(check, { rss: false }); // warm the file cache
  for (let i = 0; i < reps; i++) {
    samples.node.push((await measureChild(bare, { rss: false })).seconds);
    const run = await measureChild(check, { rss: false });
    exitCodes.add(run.exitCode);
    samples.check.push(run.seconds);
  }
  log(`startup: ${reps} runs each`);
  return {
    file,
    command: `node bin/subsidy-check.js check ${file} --as-of ${asOf}`,
    reps,
    exitCodes: [...exitCodes],
    node: median(samples.node),
    check: median(samples.check),
    samples,
  };
}
