/**
 * Whole runs as child processes, against their one-thread floors, with wall time and peak RSS:
 * a folder of YAML files (`check <dir> --format json`: default jobs, `--jobs 1`, `--jobs 2`), and an
 * NDJSON stream (`check <file> --input-format ndjson --format ndjson`, then csv and junit of the same
 * stream; or the library stand-in when the CLI cannot read NDJSON). Every command writes its standard
 * output to a temporary file whose size is counted (the output bytes per profile), floors included.
 * Commands alternate with their floor; each figure is the median of the repetitions. A run that
 * outlasts the time budget is stopped and reported as timed out (its peak RSS so far is kept).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CLI } from '../lib/cli.js';
import { measureChild } from '../lib/child.js';
import { median } from '../lib/stats.js';

const script = (path) => fileURLToPath(new URL(path, import.meta.url));
const OK_EXITS = [0, 1, 3]; // 3: the sets hold invalid profiles on purpose

/** Where a command line is shown: paths relative to the repository; a long run of profile files as its first, last and count. */
export const shown = (argv) => {
  const args = argv.slice(1).map((a) => a.replace(/^.*\/(bin|bench)\//, '$1/').replace(/^.*\/subsidy-check-bench-[^/]+\//, '<profiles>/'));
  const files = args.map((a, i) => (a.startsWith('<profiles>/') ? i : -1)).filter((i) => i >= 0);
  if (files.length <= 3) return args.join(' ');
  const [first, last] = [files[0], files.at(-1)];
  return [...args.slice(0, first + 1), `… (${files.length} files) …`, ...args.slice(last)].join(' ');
};

async function repeat(commands, reps, budgetSeconds, log, label) {
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < reps; i++) {
    for (const [name, { argv, reps: own }] of Object.entries(commands)) {
      if ((own !== undefined && i >= own) || runs[name].some((r) => r.timedOut)) continue;
      const run = await measureChild(argv, { budgetSeconds, stdout: 'file' });
      if (!run.timedOut && !OK_EXITS.includes(run.exitCode)) {
        // A crash (out of memory, say) is a finding, not a reason to lose the rest of the run.
        log(`${label} ${name}: exited ${run.exitCode}: ${run.stderr.slice(-400).trim()}`);
      }
      runs[name].push(run);
      log(
        `${label} ${name}: ${run.timedOut ? `stopped at the ${budgetSeconds} s budget` : `${run.seconds.toFixed(2)} s`}, ${((run.maxRssBytes ?? 0) / 2 ** 20).toFixed(0)} MB, ${((run.stdoutBytes ?? 0) / 2 ** 20).toFixed(1)} MB out`,
      );
    }
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => {
      const failed = rs.find((r) => !r.timedOut && !OK_EXITS.includes(r.exitCode));
      return [
        name,
        {
          command: shown(commands[name].argv),
          seconds: median(rs.map((r) => r.seconds)),
          maxRssBytes: Math.max(...rs.map((r) => r.maxRssBytes ?? NaN)),
          stdoutBytes: median(rs.map((r) => r.stdoutBytes ?? NaN)),
          timedOut: rs.some((r) => r.timedOut),
          failed: failed ? { exitCode: failed.exitCode, stderr: failed.stderr.slice(-400).trim() } : null,
          samples: rs.map((r) => ({
            seconds: r.seconds,
            maxRssBytes: r.maxRssBytes,
            stdoutBytes: r.stdoutBytes,
            exitCode: r.exitCode,
            timedOut: r.timedOut,
          })),
        },
      ];
    }),
  );
}

/** `check <dir> --format json`: default jobs (`reps` times), `--jobs 1` and `--jobs 2` once, against the floor. */
export async function measureYamlFolder({ set, asOf, reps, budgetSeconds, capabilities, log = () => {} }) {
  const cli = [process.execPath, CLI, 'check', set.path, '--format', 'json', '--as-of', asOf];
  const commands = { floor: { argv: [process.execPath, script('../floors/yaml.js'), set.path] }, cli: { argv: cli } };
  if (capabilities.jobs) {
    commands.cliOneJob = { argv: [...cli, '--jobs', '1'], reps: 1 };
    commands.cliTwoJobs = { argv: [...cli, '--jobs', '2'], reps: 1 };
  }
  return { count: set.count, ...(await repeat(commands, reps, budgetSeconds, log, `yaml ${set.count}`)) };
}

/** The floor, then ndjson (default detail; default jobs and `--jobs 2`), csv and junit of the same stream, `reps` times each. */
export async function measureNdjson({ set, asOf, reps, budgetSeconds, capabilities, log = () => {} }) {
  const floor = { argv: [process.execPath, script('../floors/ndjson.js'), set.path] };
  if (!capabilities.inputFormatNdjson) {
    const tool = { argv: [process.execPath, script('./library-ndjson.js'), set.path, asOf] };
    return {
      count: set.count,
      toolKind: 'library stand-in (the CLI has no --input-format ndjson)',
      ...(await repeat({ floor, tool }, reps, budgetSeconds, log, `ndjson ${set.count}`)),
    };
  }
  const check = (format) => ({
    argv: [process.execPath, CLI, 'check', set.path, '--input-format', 'ndjson', '--format', format, '--as-of', asOf],
  });
  const commands = { floor, tool: check(capabilities.ndjsonOutput ? 'ndjson' : 'json') };
  // The floor again, answering each line with one of our results (what the output's size alone costs).
  if (capabilities.ndjsonOutput)
    commands.floorAnswers = { argv: [...floor.argv, '--answers', await ourAnswers(set.path, `${set.path}.answers`, check)] };
  // Two worker threads, the main thread only reading and writing (issue 10 item 4: both cores pay off).
  if (capabilities.jobs) commands.toolTwoJobs = { argv: [...commands.tool.argv, '--jobs', '2'] };
  for (const format of ['csv', 'junit']) if (capabilities.formats.includes(format)) commands[format] = check(format);
  return { count: set.count, toolKind: 'cli', ...(await repeat(commands, reps, budgetSeconds, log, `ndjson ${set.count}`)) };
}

/** How many of the stream's first lines `check` answers for the floor that writes results of our size. */
const ANSWERED_LINES = 500;

/** `check`'s ndjson results for the stream's first lines, written to `out` (the floor reads them with `--answers`). */
async function ourAnswers(path, out, check) {
  const lines = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lines.push(line);
    if (lines.length === ANSWERED_LINES) break;
  }
  const prefix = `${out}.input`;
  writeFileSync(prefix, `${lines.join('\n')}\n`);
  const run = await measureChild(
    check('ndjson').argv.map((a) => (a === path ? prefix : a)),
    { rss: false, stdout: 'pipe' },
  );
  if (!OK_EXITS.includes(run.exitCode)) throw new Error(`check of the first ${ANSWERED_LINES} lines exited ${run.exitCode}: ${run.stderr}`);
  writeFileSync(out, run.stdout);
  return out;
}
