/**
 * A stream (`--input-format ndjson`) on worker threads: this thread only moves work. It reads the
 * inputs, cuts them into slices of whole lines (src/batch/ndjson-tasks.ts), hands each to the least
 * busy worker, and yields the answers in input order. Every worker evaluates and writes its batch's
 * output (json, ndjson or csv; src/batch/made.ts), so this thread writes bytes it never encodes.
 * Measured on 2 cores in the comment of autoJobs (run-tasks.ts).
 */
import type { Input } from '../io/inputs.js';
import type { CheckIo } from '../commands/check.js';
import type { Task } from './evaluate-input.js';
import type { Made } from './made.js';
import { streamParts, type Slice } from './ndjson-tasks.js';
import { orderedMap } from './ordered.js';
import type { WorkerSetup } from './pool.js';

/** Batches in flight per worker: enough that a worker never waits, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Each worker's young generation, smaller than V8's default for a thread: two workers of a 50,000-line
 * stream on 2 cores peaked at 174–189 MB with the default and 143–159 MB with this in alternating runs
 * (a worker's heap 27 MB instead of 43 MB), for a third more scavenges and no change of time beyond the
 * noise of a loaded machine. Three bench runs with it read 152–175 MB; 8 MB gave 170–172 MB, no better.
 */
const STREAM_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export async function pooledStream(inputs: Input[], workers: number, setup: WorkerSetup, io: CheckIo): Promise<AsyncGenerator<Made>> {
  const { Pool } = await import('./pool.js');
  const pool = new Pool(workers, setup, STREAM_WORKER_LIMITS);
  // Every answer is made output: the setup asks for the format's pieces (run-tasks.ts).
  const send = (part: Slice | Task) => pool.send('bytes' in part ? { slice: part } : { tasks: [part] }) as Promise<Made>;
  return (async function* () {
    try {
      yield* orderedMap(
        streamParts(inputs, setup.shard, () => io.stdinStream()),
        send,
        workers * IN_FLIGHT_PER_WORKER,
      );
    } finally {
      await pool.close();
    }
  })();
}
