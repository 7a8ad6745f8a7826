/**
 * A batch's output made where it was evaluated: the pieces of the format written into one buffer of
 * UTF-8, with each result's brief (what the summary, the diagnostics on stderr and the exit code
 * need). A worker sends the buffer transferred rather than copied, so the thread that writes only
 * moves bytes: receiving each result as a JSON string and encoding it again there made it the
 * bottleneck of a stream on two cores, while the worker waited (bench/RESULTS.md). One thread makes
 * a stream's batches with the same code (made-stream.ts `streamHere`).
 */
import type { Brief } from '../report/model.js';
import { MAX_UTF8_PER_UNIT } from '../io/chunked.js';
import { packedResultOf, type Packed, type Task, type TaskOptions } from './evaluate-input.js';
import type { Prepared } from '../pipeline.js';

export interface Made {
  /** Each result's brief, in input order. */
  briefs: Brief[];
  /** The results' pieces of the format, in order, as one buffer of its own. */
  bytes: Uint8Array;
}

/**
 * Batches of tasks made into output: each task evaluated and its piece of the format added to the
 * batch's buffer. A worker answers a slice of a stream with it (worker.ts), and one thread goes through
 * a stream in json, ndjson or csv with it (made-stream.ts `streamHere`), so a slice's bytes are the
 * same whichever thread made them. A task that needs no reading (every line of a stream) is evaluated at
 * once: a slice of a hundred lines costs one turn of the event loop, not a hundred.
 */
export class MadeBatches {
  /** How many bytes the last batch made: the next is likely about as large. */
  private lastMade = 0;

  /** `piece`: the format's piece of a result (streamed.ts `result`), `index` counted within the batch. */
  constructor(
    private readonly prepared: Prepared,
    private readonly options: TaskOptions,
    private readonly piece: (packed: Packed, index: number) => string,
  ) {}

  async made(tasks: readonly Task[]): Promise<Made> {
    const bytes = new MadeBytes(this.lastMade);
    const briefs: Brief[] = [];
    for (const [index, task] of tasks.entries()) {
      const evaluated = packedResultOf(this.prepared, task, this.options, true);
      const result = evaluated instanceof Promise ? await evaluated : evaluated;
      bytes.add(this.piece(result, index));
      briefs.push(result.brief);
    }
    const made = { briefs, bytes: bytes.bytes() };
    this.lastMade = made.bytes.length;
    return made;
  }
}

/** UTF-8 gathered into one growing buffer of its own, which can be transferred to another thread. */
class MadeBytes {
  private buffer: Buffer;
  private used = 0;

  /** `expected`: about how many bytes will be added (the last batch's), so the buffer rarely grows. */
  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafeSlow(expected + 64 * 1024);
  }

  add(text: string): void {
    const room = this.used + text.length * MAX_UTF8_PER_UNIT;
    if (room > this.buffer.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(room, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.used);
      this.buffer = larger;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** What was added; the buffer is handed over with it. */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, 0, this.used);
  }
}
