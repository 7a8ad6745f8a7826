/**
 * How `check` runs its inputs: as a list (files) or a stream (NDJSON lines), sharded, evaluated in
 * this thread or in worker threads, and handed back as packed results in input order.
 */
import { availableParallelism } from 'node:os';
import { isSheetFile, type Input } from '../io/inputs.js';
import { ndjsonTasks } from './ndjson-tasks.js';
import type { Prepared } from '../pipeline.js';
import type { FormatName } from '../formats/registry.js';
import type { Detail } from '../report/model.js';
import type { RuleVersion } from '../rules/load.js';
import type { CheckIo, CheckOptions } from '../commands/check.js';
import { packedResultOf, type Packed, type Task } from './evaluate-input.js';
import { chunks, orderedMap } from './ordered.js';
import { inShard, type Shard } from './shard.js';

export interface Running {
  results: AsyncGenerator<Packed>;
  /** How many inputs, when they are listed; undefined for a stream. */
  count: number | undefined;
}

export async function runTasks(inputs: Input[], versions: RuleVersion[], prepared: Prepared, options: CheckOptions, io: CheckIo): Promise<Running> {
  // A client sheet is sharded by company, once it is read: its inputs pass here whole.
  const listed = options.inputFormat === 'ndjson' ? undefined : inputs.filter((i) => isSheetFile(i.file) || inShard(i.file, options.shard));
  const sheets = listed?.some((i) => isSheetFile(i.file)) ?? false;
  const tasks = !listed ? ndjsonStream(inputs, options.shard, io) : sheets ? await withSheets(listed, versions, prepared, options, io) : listed.map(taskOf);
  const count = sheets ? (tasks as Task[]).length : listed?.length;
  const jobs = workersFor(options.jobs, count, availableParallelism());
  const detail = detailFor(options.format, options.detail, count);
  const results = jobs > 1 ? await pooled(tasks, jobs, versions, options, detail, io) : inline(tasks, prepared, options, detail, io);
  return { results, count };
}

/** Inputs with client sheets among them: each sheet becomes its companies, in row order, where it stood. */
async function withSheets(listed: Input[], versions: RuleVersion[], prepared: Prepared, options: CheckOptions, io: CheckIo): Promise<Task[]> {
  const { sheetInputTasks } = await import('../sheets/tasks.js');
  const sheet = { sheet: options.sheet, versions, vocabulary: prepared.vocabulary, readBytes: io.readBytes };
  const tasks: Task[] = [];
  for (const input of listed) {
    if (isSheetFile(input.file) && !input.unreadable) tasks.push(...(await sheetInputTasks(input.file, sheet)).filter((t) => inShard(t.file, options.shard)));
    else tasks.push(taskOf(input));
  }
  return tasks;
}

/**
 * What the chosen format shows: json and ndjson as `--detail` says; csv, junit, github and the table of
 * many files only the compact result; one file's table and the client reports everything.
 */
export function detailFor(format: FormatName, asked: Detail, count: number | undefined): Detail {
  if (format === 'json' || format === 'ndjson') return asked;
  if (format === 'csv' || format === 'junit' || format === 'github') return 'compact';
  if (format === 'table' && count !== 1) return 'compact';
  return 'full';
}

/**
 * Never more workers than inputs or cores: each worker is a V8 isolate that prepares the rules
 * (`--jobs 64` on 60 inputs took 12 s and 966 MB, bench/RESULTS.md). Without `--jobs`, decided by the batch.
 */
export function workersFor(asked: number | undefined, count: number | undefined, cores: number): number {
  const wanted = asked ?? autoJobs(count, cores);
  return Math.max(1, Math.min(wanted, cores, count ?? Infinity));
}

function taskOf(input: Input): Task {
  return { file: input.file, format: input.format, ...(input.unreadable ? { unreadable: input.unreadable } : {}) };
}

async function* ndjsonStream(inputs: Input[], shard: Shard | undefined, io: CheckIo): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.unreadable) {
      yield taskOf(input);
      continue;
    }
    for await (const task of ndjsonTasks(input.file, io.stdinStream())) if (inShard(task.file, shard)) yield task;
  }
}

/**
 * Threads pay for themselves only with cores to spare: the main thread is busy writing every result,
 * so on two cores one thread measured faster (bench/RESULTS.md). With four or more, and a large
 * batch or a stream, all cores but the writer's evaluate.
 */
function autoJobs(count: number | undefined, cores: number): number {
  if (cores < 4 || (count !== undefined && count < 200)) return 1;
  return Math.min(cores - 1, 8);
}

function inline(tasks: AsyncIterable<Task> | Iterable<Task>, prepared: Prepared, options: CheckOptions, detail: Detail, io: CheckIo): AsyncGenerator<Packed> {
  const taskOptions = { lang: options.lang, gates: options.gates, stdin: io.stdinBytes, read: io.readProfile, detail };
  return orderedMap(tasks, (task) => packedResultOf(prepared, task, taskOptions, true), 1);
}

async function pooled(tasks: AsyncIterable<Task> | Iterable<Task>, jobs: number, versions: RuleVersion[], options: CheckOptions, detail: Detail, io: CheckIo): Promise<AsyncGenerator<Packed>> {
  const { Pool } = await import('./pool.js');
  const pool = new Pool(jobs, { versions, asOf: options.asOf, programmes: options.programmes, pins: options.pins ?? [], lang: options.lang, gates: options.gates, detail });
  // Standard input is read here, once; workers get its text.
  const withStdin = async function* () {
    for await (const task of tasks) yield task.file === '-' && task.text === undefined ? await stdinTask(task, io) : task;
  };
  return (async function* () {
    try {
      for await (const batch of orderedMap(chunks(withStdin(), 16), (batch) => pool.run(batch), jobs * 4)) yield* batch;
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
