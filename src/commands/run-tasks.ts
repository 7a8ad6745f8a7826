/**
 * How `check` runs its inputs: as a list (files) or a stream (NDJSON lines), sharded, evaluated in
 * this thread or in worker threads, and handed back as packed results in input order.
 */
import { availableParallelism } from 'node:os';
import type { Input } from '../io/inputs.js';
import { ndjsonTasks } from '../io/ndjson.js';
import type { Prepared } from '../pipeline.js';
import type { RuleVersion } from '../rules/load.js';
import type { CheckIo, CheckOptions } from './check.js';
import { packedResultOf, type Packed, type Task } from './evaluate-input.js';
import { chunks, orderedMap } from './ordered.js';
import { inShard, type Shard } from './shard.js';

export interface Running {
  results: AsyncGenerator<Packed>;
  /** How many inputs, when they are listed; undefined for a stream. */
  count: number | undefined;
}

export async function runTasks(inputs: Input[], versions: RuleVersion[], prepared: Prepared, options: CheckOptions, io: CheckIo): Promise<Running> {
  const listed = options.inputFormat === 'ndjson' ? undefined : inputs.filter((i) => inShard(i.file, options.shard));
  const tasks = listed ? listed.map(taskOf) : ndjsonStream(inputs, options.shard, io);
  const jobs = options.jobs ?? autoJobs(listed?.length);
  const results = jobs > 1 ? await pooled(tasks, jobs, versions, options, io) : inline(tasks, prepared, options, io);
  return { results, count: listed?.length };
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
function autoJobs(count: number | undefined): number {
  const cores = availableParallelism();
  if (cores < 4 || (count !== undefined && count < 200)) return 1;
  return Math.min(cores - 1, 8);
}

function inline(tasks: AsyncIterable<Task> | Iterable<Task>, prepared: Prepared, options: CheckOptions, io: CheckIo): AsyncGenerator<Packed> {
  const taskOptions = { lang: options.lang, gates: options.gates, stdin: io.stdinBytes, read: io.readProfile };
  return orderedMap(tasks, (task) => packedResultOf(prepared, task, taskOptions, true), 1);
}

async function pooled(tasks: AsyncIterable<Task> | Iterable<Task>, jobs: number, versions: RuleVersion[], options: CheckOptions, io: CheckIo): Promise<AsyncGenerator<Packed>> {
  const { Pool } = await import('../io/pool.js');
  const pool = new Pool(jobs, { versions, asOf: options.asOf, programmes: options.programmes, pins: options.pins ?? [], lang: options.lang, gates: options.gates });
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
