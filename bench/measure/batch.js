/**
 * Whole runs as child processes, against their one-thread floors, with wall time and peak RSS:
 * a folder of YAML files (`check <dir> --format json`), and an NDJSON stream (`check <file>
 * --input-format ndjson --format ndjson`, or the library stand-in when the CLI cannot read NDJSON).
 * Commands alternate with their floor; each figure is the median of the repetitions. A run that
 * outlasts the time budget is stopped and reported as timed out (its peak RSS so far is kept).
 */
import { fileURLToPath } from 'node:url';
import { CLI } from '../lib/cli.js';
import { measureChild } from '../lib/child.js';
import { median } from '../lib/stats.js';

const script = (path) => fileURLToPath(new URL(path, import.meta.url));
const OK_EXITS = [0, 1, 3]; // 3: the sets hold invalid profiles on purpose

async function repeat(commands, reps, budgetSeconds, log, label) {
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < reps; i++) {
    for (const [name, { argv, reps: own }] of Object.entries(commands)) {
      if ((own !== undefined && i >= own) || runs[name].some((r) => r.timedOut)) continue;
      const run = await measureChild(argv, { budgetSeconds });
      if (!run.timedOut && !OK_EXITS.includes(run.exitCode)) throw new Error(`${argv.join(' ')} exited ${run.exitCode}: ${run.stderr.slice(-2000)}`);
      runs[name].push(run);
      log(`${label} ${name}: ${run.timedOut ? `stopped at the ${budgetSeconds} s budget` : `${run.seconds.toFixed(2)} s`}, ${((run.maxRssBytes ?? 0) / 2 ** 20).toFixed(0)} MB`);
    }
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [
      name,
      {
        command: commands[name].argv.slice(1).map((a) => a.replace(/^.*\/(bin|bench)\//, '$1/')).join(' '),
        seconds: median(rs.map((r) => r.seconds)),
        maxRssBytes: Math.max(...rs.map((r) => r.maxRssBytes ?? NaN)),
        timedOut: rs.some((r) => r.timedOut),
        samples: rs.map((r) => ({ seconds: r.seconds, maxRssBytes: r.maxRssBytes, exitCode: r.exitCode, timedOut: r.timedOut })),
      },
    ]),
  );
}

export async function measureYamlFolder({ set, asOf, reps, budgetSeconds, capabilities, log = () => {} }) {
  const cli = [process.execPath, CLI, 'check', set.path, '--format', 'json', '--as-of', asOf];
  const commands = { floor: { argv: [process.execPath, script('../floors/yaml.js'), set.path] }, cli: { argv: cli } };
  if (capabilities.jobs) commands.cliOneJob = { argv: [...cli, '--jobs', '1'], reps: 1 };
  return { count: set.count, ...(await repeat(commands, reps, budgetSeconds, log, `yaml ${set.count}`)) };
}

export async function measureNdjson({ set, asOf, reps, budgetSeconds, capabilities, log = () => {} }) {
  const tool = capabilities.inputFormatNdjson
    ? { argv: [process.execPath, CLI, 'check', set.path, '--input-format', 'ndjson', '--format', capabilities.ndjsonOutput ? 'ndjson' : 'json', '--as-of', asOf], kind: 'cli' }
    : { argv: [process.execPath, script('./library-ndjson.js'), set.path, asOf], kind: 'library stand-in (the CLI has no --input-format ndjson)' };
  const commands = { floor: { argv: [process.execPath, script('../floors/ndjson.js'), set.path] }, tool: { argv: tool.argv } };
  return { count: set.count, toolKind: tool.kind, ...(await repeat(commands, reps, budgetSeconds, log, `ndjson ${set.count}`)) };
}
