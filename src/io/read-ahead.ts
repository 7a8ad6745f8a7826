/**
 * Reading a listed batch of profile files ahead, on a thread of its own. On a batch of small files the
 * open, read and close system calls were a quarter of the main thread's time; a reader thread makes
 * them on the other core while this one evaluates, and hands over batches of texts, taken here
 * synchronously (receiveMessageOnPort) when they are needed: this thread never waits for the reader.
 * A file whose read has not arrived yet (while the reader starts, or when it falls behind) is read
 * here, as before, and the reader skips ahead to where this thread is.
 * (Reads through libuv's thread pool cost this thread more in callbacks than the calls themselves; a
 * message back to the reader for each batch taken cost about a millisecond each on a loaded machine,
 * so what was taken is counted in shared memory, and the reader is woken only when few batches are left.)
 * The reads are those of readProfileText, for the same files: a file asked for out of the listed order
 * (standard input, say) is read by the fallback too. The reader runs at most IN_FLIGHT batches ahead of
 * what was taken, each of at most BATCH_FILES files and about BATCH_CHARS characters, so memory stays
 * bounded whatever the batch.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { TextRead } from './read-text.js';

const BATCH_FILES = 64;
const BATCH_CHARS = 256 * 1024;
const IN_FLIGHT = 8;
/** The reader, once IN_FLIGHT batches ahead, is woken when this many are left. */
const LOW_WATER = 2;

export interface ReaderSetup {
  files: readonly string[];
  port: MessagePort;
  /** At most this many files per batch. */
  batchFiles: number;
  /** A batch ends after the file that takes its text past this many characters. */
  batchChars: number;
  inFlight: number;
  lowWater: number;
  /** Int32 counters shared with the main thread, at the indices of SHARED. */
  shared: SharedArrayBuffer;
}

/** Where each counter is in `shared`: batches taken by the main thread, its next file, batches sent, whether this thread sleeps. */
export const SHARED = { taken: 0, next: 1, sent: 2, sleeping: 3 } as const;

export interface Batch {
  start: number;
  reads: TextRead[];
}

export interface ReadAhead {
  /** The file's read: the reader thread's when it is the next listed file and has been read, else by `fallback`. */
  read(file: string): Promise<TextRead>;
  /** Stops the reader thread; later reads are made by `fallback`. */
  close(): Promise<void>;
}

export function readAhead(files: readonly string[], fallback: (file: string) => Promise<TextRead>): ReadAhead {
  const shared = new Int32Array(new SharedArrayBuffer(4 * Object.keys(SHARED).length));
  const { port1: port, port2 } = new MessageChannel();
  const setup: ReaderSetup = {
    files,
    port: port2,
    batchFiles: BATCH_FILES,
    batchChars: BATCH_CHARS,
    inFlight: IN_FLIGHT,
    lowWater: LOW_WATER,
    shared: shared.buffer as SharedArrayBuffer,
  };
  const worker = new Worker(new URL('./read-worker.js', import.meta.url), { workerData: setup, transferList: [port2] });
  // Nothing here waits for the thread: it must not keep the process alive, and its failure only means reading here.
  worker.unref();
  worker.on('error', () => undefined);
  /** Batches taken off the port and not yet passed; the index in `files` of the next read. */
  const batches: Batch[] = [];
  let next = 0;
  let closed = false;

  const pass = () => {
    batches.shift();
    const taken = Atomics.add(shared, SHARED.taken, 1) + 1;
    if (Atomics.load(shared, SHARED.sleeping) === 1 && Atomics.load(shared, SHARED.sent) - taken <= LOW_WATER)
      Atomics.notify(shared, SHARED.taken);
  };
  /** The reader's read of file `i`, when it has arrived. */
  const arrived = (i: number): TextRead | undefined => {
    for (;;) {
      while (batches.length > 0 && batches[0]!.start + batches[0]!.reads.length <= i) pass();
      const first = batches[0];
      if (first) return first.start <= i ? first.reads[i - first.start] : undefined;
      const message = closed ? undefined : receiveMessageOnPort(port);
      if (!message) return undefined;
      batches.push(message.message as Batch);
    }
  };

  return {
    async read(file) {
      if (files[next] !== file) return fallback(file);
      const i = next++;
      Atomics.store(shared, SHARED.next, next);
      return arrived(i) ?? fallback(file);
    },
    async close() {
      closed = true;
      batches.length = 0;
      port.close();
      await worker.terminate();
    },
  };
}
