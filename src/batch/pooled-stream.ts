/**
 * A stream (`--input-format ndjson`) on worker threads: this thread only moves work. It reads the
 * inputs, cuts them into slices of whole lines (src/batch/ndjson-tasks.ts), hands each to the least
 * busy worker, and yields the answers in input order. Every worker evaluates; for json, ndjson and csv
 * each also writes its batch's output (src/batch/made.ts), so this thread writes bytes it never
 * encodes. Measured on 2 cores (the comment of autoJobs in run-tasks.ts).
 */
import type { Input } from '../io/inputs.js';
import type { CheckIo } from '../commands/check.js';
import type { Packed, Task } from './evaluate-input.js';
import type { Made } from './made.js';
import { streamParts, type Slice } from './ndjson-tasks.js';
import { orderedMap } from './ordered.js';
import type { WorkerSetup } from './pool.js';

/** Batches in flight per worker: enough that a worker never waits, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Each worker's young generation, smaller than V8's default for a thread: two workers of a 50,000-line
 * stream on 2 cores peaked at 174–189 MB with the default and 143–159 MB with this (a worker's heap
 * 27 MB instead of 43 MB), for a third more scavenges and no change of time beyond the noise of a
 * loaded machine.
 */
const STREAM_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export async function pooledStream(
  inputs: Input[],
  workers: number,
  setup: WorkerSetup,
  io: CheckIo,
): Promise<AsyncGenerator<Packed | Made>> {
  const { Pool } = await import('./pool.js');
  const pool = new Pool(workers, setup, STREAM_WORKER_LIMITS);
  const send = (part: Slice | Task) => pool.send('bytes' in part ? { slice: part } : { tasks: [part] });
  return (async function* () {
    try {
      for await (const answer of orderedMap(
        streamParts(inputs, setup.shard, () => io.stdinStream()),
        send,
        workers * IN_FLIGHT_PER_WORKER,
      )) {
        if (Array.isArray(answer)) yield* answer;
        else yield answer;
      }
    } finally {
      await pool.close();
    }
  })();
}
