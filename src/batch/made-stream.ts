/**
 * A stream (`--input-format ndjson`) in json, ndjson or csv, made slice by slice: the inputs are read
 * and cut into slices of whole lines (src/batch/ndjson-tasks.ts), and each slice's output is made into
 * one buffer (src/batch/made.ts), which `check` writes as it comes. With threads (`pooledStream`) this
 * thread reads, hands slices to the workers, makes slices itself while they have enough queued, and
 * yields the buffers in input order, writing the workers' bytes without encoding them again. On one
 * thread (`streamHere`) it makes every slice. Both make a slice with the same code, so `--jobs` changes
 * no byte. Measured on 2 cores in the comment of autoJobs (run-tasks.ts).
 */
import type { Input } from '../io/inputs.js';
import type { CheckIo } from '../commands/check.js';
import type { Task, TaskOptions } from './evaluate-input.js';
import { MadeBatches, type Made } from './made.js';
import { sliceTasks, streamParts, type Slice } from './ndjson-tasks.js';
import type { Prepared } from '../pipeline.js';
import type { Streamed } from './streamed.js';
import { sharedMap } from './ordered.js';
import type { WorkerSetup } from './pool.js';
import type { Shard } from './shard.js';

/** Batches in flight per thread: enough that a worker never waits, few enough that memory stays flat. */
const IN_FLIGHT_PER_THREAD = 8;

/**
 * Slices each worker has unanswered before this thread takes one itself: while this thread makes a
 * slice it takes in no answer and sends nothing, and a worker makes a slice in about the same time.
 */
const QUEUED_PER_WORKER = 2;

/**
 * Each worker's young generation, smaller than V8's default for a thread: two workers of a 50,000-line
 * stream on 2 cores peaked at 174–189 MB with the default and 143–159 MB with this in alternating runs
 * (a worker's heap 27 MB instead of 43 MB), for a third more scavenges and no change of time beyond the
 * noise of a loaded machine. Three bench runs with it read 152–175 MB; 8 MB gave 170–172 MB, no better.
 */
const STREAM_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * `threads` threads make the stream: this one and `threads - 1` workers. This thread takes a slice
 * whenever the workers have enough queued (ordered.ts `sharedMap`), with the code `streamHere` runs.
 */
export async function pooledStream(
  inputs: Input[],
  threads: number,
  setup: WorkerSetup,
  here: MadeBatches,
  io: CheckIo,
): Promise<AsyncGenerator<Made>> {
  const { Pool } = await import('./pool.js');
  const workers = threads - 1;
  const pool = new Pool(workers, setup, STREAM_WORKER_LIMITS);
  // Every answer is made output: the setup asks for the format's pieces (run-tasks.ts).
  const away = {
    send: (part: Slice | Task) => pool.send('bytes' in part ? { slice: part } : { tasks: [part] }) as Promise<Made>,
    queued: () => pool.queued(),
  };
  const made = (part: Slice | Task) => here.made('bytes' in part ? sliceTasks(part, setup.shard) : [part]);
  return (async function* () {
    try {
      yield* sharedMap(
        streamParts(inputs, setup.shard, () => io.stdinStream()),
        made,
        away,
        workers * QUEUED_PER_WORKER,
        threads * IN_FLIGHT_PER_THREAD,
      );
    } finally {
      await pool.close();
    }
  })();
}

/**
 * The stream made here, slice by slice, as a worker makes it: the slice's tasks evaluated at once, its
 * output one buffer, one write, where task by task each line cost promises, turns of the event loop
 * and a write of its own.
 */
export async function* streamHere(
  inputs: Input[],
  prepared: Prepared,
  options: TaskOptions & { shard?: Shard },
  stream: Streamed,
  io: CheckIo,
): AsyncGenerator<Made> {
  const batches = new MadeBatches(prepared, options, stream.result);
  for await (const part of streamParts(inputs, options.shard, () => io.stdinStream()))
    yield await batches.made('bytes' in part ? sliceTasks(part, options.shard) : [part]);
}
