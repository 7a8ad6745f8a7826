#!/usr/bin/env node
/**
 * The benchmark run (`npm run bench`, after the build and `npm --prefix bench ci`): generate the
 * profile sets, check that ours, the hand-written function, json-rules-engine and ZEN agree on every
 * profile, then measure every target of issue 10 in one run, print a table of ratios against the
 * targets, profile what bounds each target not met, and write the results to bench/out/. Targets are
 * reported, never asserted; only a disagreement fails the run (exit 1).
 *
 *   npm run bench                      # 10k YAML files, 50k NDJSON profiles (~15 min on 2 loaded cores)
 *   npm run bench -- --full            # also 1M NDJSON profiles (ndjson, csv, junit): ~30 min more
 *   npm run bench -- --quick           # a short run: 1k YAML, 10k NDJSON, fewer repetitions
 *   npm run bench -- --yaml 10000 --ndjson 50000 --only agree,yaml,ndjson
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAgreement } from './agree.js';
import { DEFAULT_SEED, writeNdjsonSet, writeYamlSet } from './generate.js';
import { cliCapabilities } from './lib/cli.js';
import { markdownTable, rowsOf, textTable } from './lib/report.js';
import { measureNdjson, measureYamlFolder } from './measure/batch.js';
import { boundsText, measureBounds, outputBreakdown } from './measure/bounds.js';
import { measureEvaluation } from './measure/evaluation.js';
import { measureStartup } from './measure/startup.js';
import { AS_OF, prepareOurs } from './peers/ours.js';

const STEPS = ['agree', 'evaluation', 'startup', 'yaml', 'ndjson', 'bounds'];

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    yaml: { type: 'string' },
    ndjson: { type: 'string' },
    agree: { type: 'string' },
    reps: { type: 'string' },
    'startup-reps': { type: 'string' },
    'eval-rounds': { type: 'string' },
    'eval-seconds': { type: 'string' },
    'eval-profiles': { type: 'string', default: '1000' },
    only: { type: 'string', default: STEPS.join(',') },
    budget: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (flags.help) {
  process.stdout.write(`npm run bench -- [options]
  --quick                 short run: --yaml 1000 --ndjson 10000 --reps 1 --startup-reps 10 --eval-rounds 2 --eval-seconds 0.5
  --full                  also the million-profile NDJSON stream: --ndjson 50000,1000000 (long: ndjson, csv and junit of it)
  --yaml <n,n>            YAML folder sizes (default 10000)
  --ndjson <n,n>          NDJSON stream sizes (default 50000; with --full 50000,1000000); '' for none
  --agree <n>             profiles checked for agreement (default: all of the largest YAML set)
  --reps <n>              repetitions of each end-to-end run (default 3; always 1 from 50k NDJSON lines)
  --startup-reps <n>      runs of check on one file and of node -e 0 (default 20)
  --eval-rounds <n>       rounds over the evaluation engines (default 3)
  --eval-seconds <s>      timed seconds per engine and round (default 2)
  --eval-profiles <n>     generated profiles per evaluation pass (default 1000)
  --budget <s>            stop an end-to-end run after this many seconds, report it as timed out (default 600; quick 120)
  --only <steps>          some of ${STEPS.join(',')}
  --seed <n>              generator seed (default ${DEFAULT_SEED})
  --keep                  keep the generated profiles (their folder is printed)
`);
  process.exit(0);
}

const sizes = (text, fallback) =>
  text === undefined
    ? fallback
    : text
        .split(',')
        .filter(Boolean)
        .map((s) => Number(s.replace(/k$/i, '000').replace(/M$/, '000000')));
const quick = flags.quick;
const config = {
  seed: Number(flags.seed),
  yaml: sizes(flags.yaml, quick ? [1000] : [10000]),
  ndjson: sizes(flags.ndjson, quick ? [10000] : flags.full ? [50000, 1000000] : [50000]),
  reps: Number(flags.reps ?? (quick ? 1 : 3)),
  startupReps: Number(flags['startup-reps'] ?? (quick ? 10 : 20)),
  evalRounds: Number(flags['eval-rounds'] ?? (quick ? 2 : 3)),
  evalSeconds: Number(flags['eval-seconds'] ?? (quick ? 0.5 : 2)),
  evalProfiles: Number(flags['eval-profiles']),
  budgetSeconds: Number(flags.budget ?? (quick ? 120 : 600)),
  steps: flags.only.split(',').filter((s) => STEPS.includes(s)),
};

const started = Date.now();
const log = (text) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`);
const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const machine = {
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedChanges: (git('status', '--porcelain') ?? '').split('\n').filter(Boolean).length,
};
const capabilities = cliCapabilities();
log(`node ${machine.node}, ${machine.nproc} cores, load ${machine.loadAverageAtStart.join(' ')}; CLI: ${JSON.stringify(capabilities)}`);

const dir = mkdtempSync(join(tmpdir(), 'subsidy-check-bench-'));
const args = process.argv.slice(2).join(' ');
const results = { command: `npm run bench${args ? ` -- ${args}` : ''}`, config, machine, capabilities, sets: [], loadAverageBefore: {} };
let disagreed = false;
/** The machine may be shared: note its one-minute load before each step. */
const before = (step) => {
  results.loadAverageBefore[step] = Number(loadavg()[0].toFixed(2));
  return config.steps.includes(step);
};
try {
  for (const n of config.yaml) {
    results.sets.push(await writeYamlSet(dir, config.seed, n));
    log(`generated ${n} YAML files`);
  }
  const needsNdjson = config.steps.includes('ndjson');
  for (const n of needsNdjson ? config.ndjson : []) {
    results.sets.push(await writeNdjsonSet(dir, config.seed, n));
    log(`generated ${n} NDJSON lines`);
  }
  const yamlSets = results.sets.filter((s) => s.kind === 'yaml');
  /** The first `count` profiles as an NDJSON file: a set of the run when it has that size, else written now. */
  const ndjsonPrefix = async (count) =>
    results.sets.find((s) => s.kind === 'ndjson' && s.count === count) ?? (await writeNdjsonSet(dir, config.seed, count));
  const largestYaml = yamlSets.at(-1);

  if (before('agree') && largestYaml) {
    const prepared = await prepareOurs();
    const names = readdirSync(largestYaml.path).sort();
    const limit = flags.agree === undefined ? names.length : Number(flags.agree);
    const inputs = names
      .slice(0, limit)
      .map((name) => ({ file: join(largestYaml.path, name), format: 'yaml', text: readFileSync(join(largestYaml.path, name), 'utf8') }));
    results.agreement = await checkAgreement(prepared, inputs);
    disagreed = results.agreement.disagreements > 0;
    log(
      `agreement: ${results.agreement.compared} profiles compared, ${results.agreement.disagreements} disagreements, ${results.agreement.invalid} invalid`,
    );
  }
  if (before('evaluation')) {
    results.evaluation = await measureEvaluation({
      seed: config.seed,
      count: config.evalProfiles,
      rounds: config.evalRounds,
      seconds: config.evalSeconds,
      log,
    });
  }
  if (before('startup') && yamlSets[0]) {
    const file = join(yamlSets[0].path, readdirSync(yamlSets[0].path).sort()[0]);
    results.startup = await measureStartup({ file, asOf: AS_OF, reps: config.startupReps, log });
  }
  if (before('yaml')) {
    results.yaml = [];
    for (const set of yamlSets)
      results.yaml.push(
        await measureYamlFolder({ set, asOf: AS_OF, reps: config.reps, budgetSeconds: config.budgetSeconds, capabilities, log }),
      );
  }
  if (before('ndjson') && needsNdjson) {
    results.ndjson = [];
    for (const set of results.sets.filter((s) => s.kind === 'ndjson')) {
      // One run each from 50k lines: a long run averages itself, and the budget is what it is.
      const measured = await measureNdjson({
        set,
        asOf: AS_OF,
        reps: set.count >= 50_000 ? 1 : config.reps,
        budgetSeconds: config.budgetSeconds,
        capabilities,
        log,
      });
      for (const name of ['tool', 'csv', 'junit']) {
        const done = results.ndjson.filter((n) => n[name] && !n[name].timedOut && !n[name].failed).at(-1);
        if (measured[name]?.timedOut && done) measured[name].projectedSeconds = (done[name].seconds * set.count) / done.count;
      }
      results.ndjson.push(measured);
    }
  }
  results.rows = rowsOf(results);
  const unmet = new Set(results.rows.filter((r) => r.met === false && r.key).map((r) => r.key));
  if (before('bounds') && unmet.size > 0) {
    log(`targets not met: ${[...unmet].join(', ')}; profiling what bounds them`);
    const ndjsonSet = results.sets.find((s) => s.kind === 'ndjson');
    const prefix = unmet.has('ndjson') || [...unmet].some((k) => k.startsWith('rss-')) ? await ndjsonPrefix(10_000) : undefined;
    const yamlNames = largestYaml ? readdirSync(largestYaml.path).sort().slice(0, 1000) : [];
    try {
      results.bounds = await measureBounds({
        unmet,
        seed: config.seed,
        asOf: AS_OF,
        yamlFiles: yamlNames.map((n) => join(largestYaml.path, n)),
        oneFile: yamlNames[0] && join(largestYaml.path, yamlNames[0]),
        ndjsonPrefix: prefix,
        ndjsonRuns: results.ndjson ?? [],
        budgetSeconds: config.budgetSeconds,
        log,
      });
      if (unmet.has('output') && ndjsonSet)
        results.bounds.output = await outputBreakdown({ prefix: await ndjsonPrefix(2_000), asOf: AS_OF, log });
    } catch (error) {
      // What bounds a target is a finding of its own: its failure must not lose the run's measurements.
      log(`bounds: failed: ${error.stack ?? error}`);
      results.boundsError = String(error);
    }
  }
} finally {
  if (flags.keep) log(`profiles kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
results.wallSeconds = Math.round((Date.now() - started) / 1000);
const rows = results.rows ?? rowsOf(results);
results.rows = rows;
const bounds = results.bounds ? boundsText(results.bounds) : '';

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(new URL(`results-${stamp}.json`, out), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('latest.json', out), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('latest.md', out), `${markdownTable(rows)}\n${bounds ? `\n## What bounds the targets not met\n\n${bounds}` : ''}`);

const a = results.agreement;
process.stdout.write(
  `\nsubsidy-check benchmarks — ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}, ${results.wallSeconds} s\n`,
);
if (a) {
  const mix = a.byProfile;
  process.stdout.write(
    `agreement: ${a.compared} profiles (${a.profiles} read, ${a.invalid} invalid) — ours, hand-written, json-rules-engine, ZEN: ${a.disagreements === 0 ? 'all agree' : `${a.disagreements} DISAGREE`}; profiles eligible ${mix.eligible}, undetermined ${mix.undetermined}, ineligible ${mix.ineligible}\n`,
  );
  process.stdout.write(
    `  cases of the corrected rules: ${JSON.stringify(a.cases)}${a.disagreements ? `; differing from ours: ${JSON.stringify(a.byPeer)}` : ''}\n`,
  );
  for (const ex of a.examples) process.stdout.write(`  ${JSON.stringify(ex)}\n`);
}
process.stdout.write(
  `\n${textTable(rows)}\n${bounds ? `\nWhat bounds the targets not met (measured):\n\n${bounds}` : ''}\nresults: bench/out/latest.json, bench/out/latest.md\n`,
);
if (disagreed) process.exitCode = 1;
