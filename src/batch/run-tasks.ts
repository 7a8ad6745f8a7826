/**
 * How `check` runs its inputs: as a list (files) or a stream (NDJSON lines), sharded, evaluated in
 * this thread or in worker threads, and handed back in input order: as packed results, or, for a
 * stream in json, ndjson or csv, as slices of lines whose output is already made.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isSheetFile, type Input } from '../io/inputs.js';
import { lineTask, streamTasks } from './ndjson-tasks.js';
import type { Prepared } from '../pipeline.js';
import type { FormatName } from '../formats/registry.js';
import type { Detail } from '../report/model.js';
import type { RuleVersion } from '../rules/load.js';
import type { CheckIo, CheckOptions } from '../commands/check.js';
import { inputTask, packedResultOf, type Packed, type Task } from './evaluate-input.js';
import { chunks, orderedMap } from './ordered.js';
import { inShard } from './shard.js';
import { leavesOutNotes, madeApart, streamFor } from './streamed.js';
import type { Made } from './made.js';
import type { WorkerSetup } from './pool.js';

export interface Running {
  /** Results one by one, or (a stream in json, ndjson or csv, on any number of threads) batches of made output. */
  results: AsyncGenerator<Packed | Made>;
  /** How many inputs, when they are listed; undefined for a stream. */
  count: number | undefined;
}

export async function runTasks(
  inputs: Input[],
  versions: RuleVersion[],
  prepared: Prepared,
  options: CheckOptions,
  io: CheckIo,
): Promise<Running> {
  if (options.inputFormat === 'ndjson' && madeApart(options.format))
    return { results: await madeStream(inputs, versions, prepared, options, io), count: undefined };
  // A client sheet is sharded by company, and a stream's line by its name, once read: they pass here whole.
  const readFirst = (i: Input) => isSheetFile(i.file) || i.line !== undefined;
  const listed = options.inputFormat === 'ndjson' ? undefined : inputs.filter((i) => readFirst(i) || inShard(i.file, options.shard));
  const read = listed?.some(readFirst) ?? false;
  const tasks = !listed
    ? streamTasks(inputs, options.shard, () => io.stdinStream())
    : read
      ? await readTasks(listed, versions, prepared, options, io)
      : listed.map(inputTask);
  const count = read ? (tasks as Task[]).length : listed?.length;
  const jobs = workersFor(options.jobs, count, availableParallelism());
  const detail = detailFor(options.format, options.detail, count);
  const results =
    jobs > 1 ? await pooled(tasks, jobs, versions, prepared, options, detail, io) : inline(tasks, prepared, options, detail, io);
  return { results, count };
}

/**
 * A stream in json, ndjson or csv goes by slices of lines, each slice's output made into one buffer
 * (made-stream.ts): by this thread alone, or by this thread and `jobs - 1` workers. The other formats
 * are written in this thread from result objects, result by result (junit of 50,000 lines took 4.6 s
 * that way on workers against 3.7 s on one thread): they take the pool below, as listed inputs do.
 */
async function madeStream(inputs: Input[], versions: RuleVersion[], prepared: Prepared, options: CheckOptions, io: CheckIo) {
  const { pooledStream, streamHere } = await import('./made-stream.js');
  const { MadeBatches } = await import('./made.js');
  const jobs = workersFor(options.jobs, undefined, availableParallelism());
  const detail = detailFor(options.format, options.detail, undefined);
  const formatOptions = { lang: options.lang, color: options.color, width: options.width };
  // The pieces of each result, as a worker makes them: no head or tail here (check writes those).
  const stream = await streamFor(options.format, formatOptions, []);
  if (!stream) throw new Error(`${options.format} is written apart, so it streams`);
  const here = { ...optionsHere(options, detail, io), shard: options.shard };
  if (jobs > 1) {
    const setup = { ...workerSetup(versions, options, detail), pieces: { format: options.format, options: formatOptions } };
    return pooledStream(inputs, jobs, setup, new MadeBatches(prepared, here, stream.result), io);
  }
  return streamHere(inputs, prepared, here, stream, io);
}

/** What a worker needs to evaluate as this thread would: the rules as plain data, and how results are made. */
function workerSetup(versions: RuleVersion[], options: CheckOptions, detail: Detail): WorkerSetup {
  return {
    versions,
    asOf: options.asOf,
    programmes: options.programmes,
    pins: options.pins ?? [],
    lang: options.lang,
    gates: options.gates,
    detail,
    notesOnce: leavesOutNotes(options.format, detail),
    ...(options.shard ? { shard: options.shard } : {}),
  };
}

/**
 * Inputs with client sheets or a stream's lines among them: each sheet becomes its companies, in row
 * order, a named company or line its one task, where it stood.
 */
async function readTasks(
  listed: Input[],
  versions: RuleVersion[],
  prepared: Prepared,
  options: CheckOptions,
  io: CheckIo,
): Promise<Task[]> {
  const { namedCompanyTask, sheetInputTasks } = await import('../sheets/tasks.js');
  const sheet = { sheet: options.sheet, versions, vocabulary: prepared.vocabulary, readBytes: io.readBytes };
  const tasks: Task[] = [];
  // A company named by two of its rows, or as well as its whole sheet, is checked once, under the name
  // it was first given: counted twice, it would count twice in the portfolio's total.
  const seen = new Set<string>();
  const firstTime = (input: Input, task: Task) => {
    if (!task.sheet) return true;
    const key = companyKey(input, task);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const kept = (input: Input, task: Task) => inShard(task.file, options.shard) && firstTime(input, task);
  for (const input of listed) {
    const one = input.named
      ? await namedCompanyTask(input.file, input.named, sheet)
      : input.line
        ? await lineTask(input.file, input.line, io.stdinStream())
        : undefined;
    if (one) {
      if (kept(input, one)) tasks.push(one);
    } else if (isSheetFile(input.file) && !input.unreadable)
      tasks.push(...(await sheetInputTasks(input.file, sheet)).filter((t) => kept(input, t)));
    else tasks.push(inputTask(input));
  }
  return tasks;
}

/** A sheet's company whichever spelling of its file named it: the sheet's path, then `:<sheet>!<first row>`. */
const companyKey = (input: Input, task: Task) => `${resolve(input.file)}${task.file.slice(input.file.length)}`;

/**
 * What the chosen format shows: json and ndjson as `--detail` says; csv, junit, github, the table of
 * many files and the markdown table of many listed files only the compact result; one file's table,
 * markdown that may be about one company (one file, or a stream) and the client reports everything.
 */
export function detailFor(format: FormatName, asked: Detail, count: number | undefined): Detail {
  if (format === 'json' || format === 'ndjson') return asked;
  if (format === 'csv' || format === 'junit' || format === 'github') return 'compact';
  if (format === 'table' && count !== 1) return 'compact';
  if (format === 'markdown' && count !== undefined && count !== 1) return 'compact';
  return 'full';
}

/**
 * How many threads evaluate (the main thread and `n - 1` workers, for a stream as for listed inputs),
 * never more than inputs or cores: each worker is a V8 isolate that prepares the rules (`--jobs 64` on
 * 60 inputs took 12 s and 966 MB, bench/RESULTS.md). Without `--jobs`, decided by the cores and the batch (autoJobs).
 */
export function workersFor(asked: number | undefined, count: number | undefined, cores: number): number {
  const wanted = asked ?? autoJobs(count, cores);
  return Math.max(1, Math.min(wanted, cores, count ?? Infinity));
}

/**
 * Without `--jobs`: one thread below 4 cores; from 4 cores a listed batch of 200 inputs or more, and
 * a stream, get a thread per core (up to 8). Each thread past the first is a V8 isolate that boots,
 * loads the worker bundle and optimises the same code again on V8's background threads, which one
 * thread already keeps busy on a second core. Measured on 10,000 YAML files on 2 cores (CPU time per
 * thread from /proc, three runs each, loaded machine): one thread spent 2.3–2.9 s of CPU (main thread
 * 1.4–1.6 s; V8's compiler and GC threads and the reader thread of read-ahead the rest), `--jobs 2`
 * 4.5 s (main 1.7–1.9 s, worker 1.2–1.3 s, V8's threads 1.4–1.6 s): more than two cores can do in the
 * time one thread takes. Before the read-ahead: one thread 2.9–3.4 s, `--jobs 2` 4.6–4.8 s (bench
 * on a quiet machine: 2.02 s against 2.27 s for `--jobs 2`). A prototype that split the pipeline instead
 * (a worker reads and parses every file, this thread evaluates and writes) compiled no code twice but
 * spent 3.8 s, cloning the read profiles across: no faster either; the reader thread passes only
 * texts. A stream on 2 cores (ndjson out, medians of 3 alternating runs, load ≈ 2.7): two workers,
 * the main thread only moving bytes (made-stream.ts), took 2.59 s on 50,000 lines against 3.01 s
 * on one thread (0.86×; CPU 4.8 s against 3.7 s) and 6.05 s on 200,000 against 8.94 s (0.68×), but
 * peaked at 143 MB and 175 MB (175–220 MB over runs) against 102 MB: a long stream passes the 150 MB
 * it is held to, so one thread stays the default below 4 cores, and `--jobs 2` is there for speed.
 * Those one-thread figures went task by task; made by slices as a worker makes them (made-stream.ts
 * `streamHere`), one thread took 0.88× of that time on 50,000 lines in ndjson, csv and json alike
 * (medians of six interleaved pairs, loaded machine), which narrows the gap to `--jobs 2`: in three
 * bench runs two workers then took 1.00–1.23× of one thread's time on 50,000 lines, and 0.88× on a
 * million (one run each, 211 MB against 107 MB; bench/RESULTS.md). Since, `--jobs 2` on a stream is
 * the main thread and one worker, as for listed inputs (made-stream.ts): against two workers that took
 * 0.92–1.02× of their time on 50,000 lines in ndjson, csv and json and 0.81–0.91× on 200,000 (medians
 * of three or four interleaved rounds a set, nine sets, load 1.6–6), for 0.86–1.07× their CPU, at
 * 139–158 MB and 163–173 MB (two workers 138–182 MB and 177–227 MB). Against one thread neither is a
 * clear gain: 0.95–1.51× of its time on 50,000 lines at 1.3–1.6× its CPU, 0.78–0.98× on 200,000 (two
 * workers 0.86–1.13×) but past 150 MB. On a quieter machine (load 0.2–1.8) it took 0.54× of one thread's
 * time on a million lines (23.5 s against 43.2 s, one run each) at 183 MB against 123 MB: the second core
 * pays when it is free, and costs the memory a stream is held to (bench/RESULTS.md).
 */
function autoJobs(count: number | undefined, cores: number): number {
  if (cores < 4) return 1;
  return count !== undefined && count < 200 ? 1 : Math.min(cores, 8);
}

/** A listed batch of at least this many files reads them ahead on a thread of its own (src/io/read-ahead.ts). */
const READ_AHEAD_FROM = 64;

async function* inline(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  prepared: Prepared,
  options: CheckOptions,
  detail: Detail,
  io: CheckIo,
): AsyncGenerator<Packed> {
  const files = Array.isArray(tasks) ? (tasks as Task[]).filter(readsFile).map((t) => t.file) : [];
  const ahead = files.length >= READ_AHEAD_FROM && io.readAhead ? await io.readAhead(files) : undefined;
  const here = { ...optionsHere(options, detail, io), ...(ahead ? { read: ahead.read } : {}) };
  try {
    yield* orderedMap(tasks, async (task) => packedResultOf(prepared, task, here, true), 1);
  } finally {
    await ahead?.close();
  }
}

/** Whether evaluating the task reads a profile file (as resultOf does): not a text, sheet, known problem or standard input. */
const readsFile = (task: Task) =>
  task.file !== '-' &&
  task.text === undefined &&
  task.sheet === undefined &&
  task.problems === undefined &&
  task.tooLarge === undefined &&
  task.unreadable === undefined;

/** How the main thread evaluates a task: as a worker does (src/batch/worker.ts), so `--jobs` changes no byte. */
function optionsHere(options: CheckOptions, detail: Detail, io: CheckIo) {
  return {
    lang: options.lang,
    gates: options.gates,
    stdin: io.stdinBytes,
    read: io.readProfile,
    detail,
    notesOnce: leavesOutNotes(options.format, detail),
  };
}

/** Batches kept queued at each worker while the main thread evaluates: enough that a worker never waits for work. */
const QUEUED_PER_WORKER = 3;

/**
 * `jobs` threads evaluate: the main thread and `jobs - 1` workers. The main thread only writes, which
 * left it idle most of a run while a third isolate (a worker per core) cost its start-up, its own
 * heap and JIT, and every result's trip between threads; so it takes a batch itself whenever the
 * workers have enough queued. Each batch is evaluated by one thread alone, and results are yielded in
 * input order whichever thread made them: the output does not depend on `--jobs`.
 */
async function pooled(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  jobs: number,
  versions: RuleVersion[],
  prepared: Prepared,
  options: CheckOptions,
  detail: Detail,
  io: CheckIo,
): Promise<AsyncGenerator<Packed>> {
  const { Pool } = await import('./pool.js');
  const workers = jobs - 1;
  const pool = new Pool(workers, workerSetup(versions, options, detail));
  const here = optionsHere(options, detail, io);
  const evaluateHere = async (batch: Task[]) => {
    const results: Packed[] = [];
    for (const task of batch) results.push(await packedResultOf(prepared, task, here, false));
    return results;
  };
  // The main thread's batches wait their turn, one at a time. Before each, the workers' answers are
  // taken in (setImmediate runs after pending messages), and a batch goes to a worker after all if
  // the workers are running short: a worker must not sit idle while this thread works through a queue.
  const workersShort = () => pool.queued() < QUEUED_PER_WORKER * workers;
  let turn: Promise<unknown> = Promise.resolve();
  const queuedHere = (batch: Task[]): Promise<Packed[]> => {
    // Wrapped, so that a batch handed to a worker does not hold up this thread's next turn.
    const decided = turn.then(async (): Promise<{ toWorker: Promise<Packed[]> } | { results: Packed[] }> => {
      await new Promise((resolve) => setImmediate(resolve));
      return workersShort() ? { toWorker: pool.run(batch) } : { results: await evaluateHere(batch) };
    });
    turn = decided.catch(() => undefined);
    return decided.then((d) => ('toWorker' in d ? d.toWorker : d.results));
  };
  const run = (batch: Task[]) => (workersShort() ? pool.run(batch) : queuedHere(batch));
  // Standard input is read here, once; workers get its text.
  const withStdin = async function* () {
    for await (const task of tasks) yield task.file === '-' && task.text === undefined ? await stdinTask(task, io) : task;
  };
  return (async function* () {
    try {
      for await (const batch of orderedMap(chunks(withStdin(), 16), run, jobs * 8)) yield* batch;
    } finally {
      await pool.close();
    }
  })();
}

async function stdinTask(task: Task, io: CheckIo): Promise<Task> {
  const { decode } = await import('../io/read-text.js');
  const read = decode(await io.stdinBytes());
  return read.ok ? { ...task, text: read.text } : { ...task, unreadable: read.reason };
}
