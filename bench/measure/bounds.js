/**
 * What bounds a target the run did not meet, measured: the command behind it run again under
 * `node --cpu-prof` on a bounded input (a 1,000-file slice of the YAML folder, a 10,000-line prefix of
 * the NDJSON stream, 2 s of evaluation) and summarised (bench/profile-summary.js): the functions with
 * the most self time, the most inclusive time, and self time by file or package, per thread. For a
 * peak RSS, a profile of time says nothing: the same command on the 10,000-line prefix gives a second
 * peak, and the growth between the two, per profile, says whether the output is held in memory.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseProfiles } from '../profile-summary.js';
import { CLI } from '../lib/cli.js';
import { measureChild } from '../lib/child.js';
import { shown } from './batch.js';

const EVALUATE_ONE = fileURLToPath(new URL('./evaluate-one.js', import.meta.url));
const THREAD_HOOK = new URL('../lib/thread-cpu-hook.js', import.meta.url).href;
const TOP = 8;

/** Run `argv` (a Node command) under --cpu-prof and summarise every thread's profile. */
async function profiled(argv, budgetSeconds, under) {
  const dir = mkdtempSync(join(tmpdir(), 'subsidy-bench-prof-'));
  try {
    const run = await measureChild([argv[0], '--cpu-prof', `--cpu-prof-dir=${dir}`, ...argv.slice(1)], { budgetSeconds, rss: false });
    const threads = readdirSync(dir).length > 0 ? summariseProfiles(dir, TOP, { under }) : [];
    return {
      command: `node --cpu-prof ${shown(argv)}`,
      seconds: run.seconds,
      exitCode: run.exitCode,
      timedOut: run.timedOut,
      threads: threads.map(({ file, ...rest }) => rest),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * CPU time per thread of `argv` (a Node command), on Linux: the main thread, and the others (worker
 * isolates, V8's compiler and garbage collector) largest first. Null where /proc is not there.
 */
async function threadCpu(argv, budgetSeconds) {
  if (!existsSync('/proc/self/task')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'subsidy-bench-threads-'));
  const file = join(dir, 'threads.json');
  try {
    const env = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${THREAD_HOOK}`.trim(), SUBSIDY_BENCH_THREADS_FILE: file };
    const run = await measureChild(argv, { env, budgetSeconds, rss: false, stdout: 'file' });
    if (!existsSync(file)) return null;
    const { main, others } = JSON.parse(readFileSync(file, 'utf8'));
    return { command: shown(argv), seconds: run.seconds, main, others };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {{ unmet: Set<string>, seed: number, asOf: string, yamlFiles?: string[], oneFile?: string, ndjsonPrefix?: { path: string, count: number }, ndjsonRuns?: { count: number, csv?: any, junit?: any, tool?: any }[], budgetSeconds: number, log: (t: string) => void }} input
 * `unmet` holds the keys of the targets not met: evaluation, detail, startup, yaml, ndjson, rss-ndjson, rss-csv, rss-junit.
 */
export async function measureBounds({ unmet, seed, asOf, yamlFiles, oneFile, ndjsonPrefix, ndjsonRuns = [], budgetSeconds, log }) {
  const bounds = [];
  const add = async (target, why, argv, under) => {
    log(`bounds: profiling ${target}`);
    bounds.push({ target, why, ...(await profiled(argv, budgetSeconds, under)) });
  };
  // Only the timed passes (under evaluate-one.js's `timed`), not the reading of the profiles before them.
  if (unmet.has('evaluation'))
    await add(
      'evaluation (decisions)',
      'evaluate() on 1,000 generated profiles, 2 s timed; samples of the timed passes only',
      [process.execPath, EVALUATE_ONE, 'ours', String(seed), '1000', '2'],
      'timed',
    );
  if (unmet.has('detail'))
    await add(
      'full-detail path',
      'evaluate(…, { detail: true }) on 1,000 generated profiles, 2 s timed; samples of the timed passes only',
      [process.execPath, EVALUATE_ONE, 'ours-detail', String(seed), '1000', '2'],
      'timed',
    );
  if (unmet.has('startup') && oneFile)
    await add('check on one YAML file', 'one run', [process.execPath, CLI, 'check', oneFile, '--as-of', asOf]);
  if (unmet.has('yaml') && yamlFiles)
    await add('YAML folder', `the first ${yamlFiles.length} files, --jobs 1`, [
      process.execPath,
      CLI,
      'check',
      ...yamlFiles,
      '--format',
      'json',
      '--as-of',
      asOf,
      '--jobs',
      '1',
    ]);
  // Where a second thread's time goes: the same slice on one thread and on two, CPU per thread.
  const threads = [];
  if (unmet.has('yaml') && yamlFiles)
    for (const jobs of ['1', '2']) {
      const argv = [process.execPath, CLI, 'check', ...yamlFiles, '--format', 'json', '--as-of', asOf, '--jobs', jobs];
      log(`bounds: CPU per thread, --jobs ${jobs}`);
      const t = await threadCpu(argv, budgetSeconds);
      if (t) threads.push({ target: `YAML folder, the first ${yamlFiles.length} files, --jobs ${jobs}`, ...t });
    }
  if (unmet.has('ndjson') && ndjsonPrefix)
    await add('NDJSON stream', `the first ${ndjsonPrefix.count} lines, ndjson out`, [
      process.execPath,
      CLI,
      'check',
      ndjsonPrefix.path,
      '--input-format',
      'ndjson',
      '--format',
      'ndjson',
      '--as-of',
      asOf,
    ]);
  const memory = [];
  for (const [key, format] of [
    ['rss-ndjson', 'ndjson'],
    ['rss-csv', 'csv'],
    ['rss-junit', 'junit'],
  ]) {
    if (!unmet.has(key) || !ndjsonPrefix) continue;
    const run = await measureChild(
      [process.execPath, CLI, 'check', ndjsonPrefix.path, '--input-format', 'ndjson', '--format', format, '--as-of', asOf],
      { budgetSeconds, stdout: 'file' },
    );
    const points = [{ count: ndjsonPrefix.count, maxRssBytes: run.maxRssBytes }];
    for (const r of ndjsonRuns) {
      const m = r[format === 'ndjson' ? 'tool' : format];
      if (m?.maxRssBytes && !m.timedOut) points.push({ count: r.count, maxRssBytes: m.maxRssBytes });
    }
    const last = points.at(-1);
    const perProfile = points.length > 1 ? (last.maxRssBytes - points[0].maxRssBytes) / (last.count - points[0].count) : null;
    memory.push({ target: `peak RSS of ${format}`, points, bytesPerProfile: perProfile });
    log(`bounds: peak RSS of ${format}: ${points.map((p) => `${p.count} → ${(p.maxRssBytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`);
  }
  return { profiles: bounds, memory, threads };
}

/**
 * What the default NDJSON output spends its bytes on: the tool run on the first profiles, every result
 * line walked, and each value's JSON bytes (with its key) charged to its path, arrays collapsed
 * (`programmes[].measures[].summary`), and the bytes of key names to `<object path> keys`; the paths
 * with the most bytes, as shares of the whole output (header and summary lines included).
 */
export async function outputBreakdown({ prefix, asOf, log }) {
  const argv = [process.execPath, CLI, 'check', prefix.path, '--input-format', 'ndjson', '--format', 'ndjson', '--as-of', asOf];
  const run = await measureChild(argv, { stdout: 'pipe', rss: false });
  const bytes = new Map();
  let total = 0;
  let results = 0;
  const charge = (path, n) => bytes.set(path, (bytes.get(path) ?? 0) + n);
  const walk = (value, path, depth) => {
    if (depth >= 4 || value === null || typeof value !== 'object') {
      charge(path, Buffer.byteLength(JSON.stringify(value)));
      return;
    }
    const list = Array.isArray(value);
    for (const [k, v] of Object.entries(value)) {
      if (!list) charge(`${path || '(result)'} keys`, Buffer.byteLength(JSON.stringify(k)) + 2); // "key": and the comma
      walk(v, list ? `${path}[]` : path ? `${path}.${k}` : k, list ? depth : depth + 1);
    }
  };
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue;
    total += Buffer.byteLength(line) + 1;
    const value = JSON.parse(line);
    if (value.file === undefined) continue; // the header and summary lines
    results++;
    walk(value, '', 0);
  }
  const top = [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([path, n]) => ({ path, share: n / total, bytesPerProfile: n / results }));
  log(`bounds: output breakdown over ${results} result lines, ${(total / results / 1024).toFixed(2)} kB each`);
  return { command: shown(argv), profiles: prefix.count, results, bytesPerProfile: total / prefix.count, top };
}

/** The bounds as text, for the terminal and for latest.md. */
export function boundsText({ profiles, memory, output, threads = [] }) {
  const lines = [];
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  for (const b of profiles) {
    lines.push(`### ${b.target}: ${b.why}`, '', `\`${b.command}\` (${b.seconds.toFixed(2)} s)`, '');
    for (const [i, t] of b.threads.entries()) {
      lines.push(
        `${b.threads.length > 1 ? `thread ${i + 1} of ${b.threads.length}, ` : ''}${t.seconds.toFixed(2)} s, ${t.samples} samples counted; garbage collector ${pct(t.gcShareOfAll)} of all samples:`,
      );
      lines.push(`- self: ${t.self.map((r) => `${pct(r.share)} ${r.name}`).join('; ')}`);
      lines.push(`- by file: ${t.byFile.map((r) => `${pct(r.share)} ${r.name}`).join('; ')}`);
      lines.push(
        `- inclusive: ${t.inclusive
          .slice(1)
          .map((r) => `${pct(r.share)} ${r.name}`)
          .join('; ')}`,
      );
    }
    lines.push('');
  }
  for (const t of threads) {
    const total = t.main + t.others.reduce((a, b) => a + b, 0);
    lines.push(
      `### CPU per thread: ${t.target}`,
      '',
      `\`${t.command}\` (${t.seconds.toFixed(2)} s): ${total.toFixed(2)} s of CPU; main thread ${t.main.toFixed(2)} s; other threads (worker isolates, V8's compiler and garbage collector) ${t.others.map((s) => `${s.toFixed(2)} s`).join(', ') || 'none'}`,
      '',
    );
  }
  for (const m of memory) {
    const growth =
      m.bytesPerProfile === null
        ? 'one point only'
        : `${(m.bytesPerProfile / 1024).toFixed(1)} kB more per profile${m.bytesPerProfile > 1024 ? ': the run holds what it outputs' : ': flat'}`;
    lines.push(
      `### ${m.target}`,
      '',
      `${m.points.map((p) => `${p.count} profiles: ${(p.maxRssBytes / 2 ** 20).toFixed(0)} MB`).join('; ')} — ${growth}`,
      '',
    );
  }
  if (output) {
    lines.push(
      `### default output per profile: ${(output.bytesPerProfile / 1024).toFixed(2)} kB`,
      '',
      `\`${output.command}\` on the first ${output.profiles} profiles; bytes by path (arrays collapsed), per profile:`,
      '',
    );
    for (const t of output.top) lines.push(`- ${pct(t.share)} ${t.path} (${t.bytesPerProfile.toFixed(0)} B)`);
    lines.push('');
  }
  return lines.join('\n');
}
