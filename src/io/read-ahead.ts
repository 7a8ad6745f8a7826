/**
 * Reading a listed batch of profile files ahead, on a thread of its own. On a batch of small files the
 * open, read and close system calls were a quarter of the main thread's time; a reader thread makes
 * them on the other core while this one evaluates, and hands over each batch's texts in one message.
 * (Reads through libuv's thread pool cost this thread more in callbacks than the calls themselves.)
 * The reads are those of readProfileText, in the listed order: a file asked for out of that order
 * (standard input, say), and any read once the reader thread has failed, is read here as before. The reader runs at most
 * IN_FLIGHT batches ahead of what was taken, each of at most BATCH_FILES files and about BATCH_CHARS
 * characters, so memory stays bounded whatever the batch.
 */
import { Worker } from 'node:worker_threads';
import type { TextRead } from './read-text.js';
import type { ReaderSetup } from './read-worker.js';

const BATCH_FILES = 64;
const BATCH_CHARS = 1024 * 1024;
const IN_FLIGHT = 3;

export interface ReadAhead {
  /** The file's read: from the reader thread when it is the next listed file, else by `fallback`. */
  read(file: string): Promise<TextRead>;
  /** Stops the reader thread; later reads are made by `fallback`. */
  close(): Promise<void>;
}

export function readAhead(files: readonly string[], fallback: (file: string) => Promise<TextRead>): ReadAhead {
  const setup: ReaderSetup = { files, batchFiles: BATCH_FILES, batchChars: BATCH_CHARS };
  const worker = new Worker(new URL('./read-worker.js', import.meta.url), { workerData: setup });
  /** Batches received, the first partly taken from `at`; reads asked for before they arrived, in order. */
  const batches: TextRead[][] = [];
  let at = 0;
  const waiting: ((read: TextRead | undefined) => void)[] = [];
  /** The index in `files` of the next read to hand out. */
  let next = 0;
  let stopped = false;

  const take = (): TextRead => {
    const batch = batches[0]!;
    const read = batch[at++]!;
    if (at === batch.length) {
      batches.shift();
      at = 0;
      if (!stopped) worker.postMessage(null); // a batch taken: the reader may read one more
    }
    return read;
  };
  const deliver = () => {
    while (waiting.length > 0 && batches.length > 0) waiting.shift()!(take());
    if (stopped) for (const answer of waiting.splice(0)) answer(undefined);
  };
  const stop = () => {
    stopped = true;
    deliver();
  };
  worker.on('message', (reads: TextRead[]) => {
    batches.push(reads);
    deliver();
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  for (let i = 0; i < IN_FLIGHT; i++) worker.postMessage(null);

  const close = async () => {
    stop();
    await worker.terminate();
  };
  return {
    async read(file) {
      if (stopped || files[next] !== file) return fallback(file);
      next++;
      if (batches.length > 0) return take();
      const read = await new Promise<TextRead | undefined>((answer) => waiting.push(answer));
      return read ?? fallback(file);
    },
    close,
  };
}
