/**
 * The reader thread of read-ahead.ts: reads the listed profile files in order, with the same function
 * as the main thread (readProfileFile), and answers each request with the next batch of reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readProfileFile, type TextRead } from './read-text.js';

export interface ReaderSetup {
  files: readonly string[];
  /** At most this many files per batch. */
  batchFiles: number;
  /** A batch ends after the file that takes its text past this many characters. */
  batchChars: number;
}

const { files, batchFiles, batchChars } = workerData as ReaderSetup;
let next = 0;

// Each message asks for one batch; the main thread asks again as it takes batches, so reads stay a few batches ahead.
parentPort!.on('message', () => {
  const reads: TextRead[] = [];
  let chars = 0;
  while (next < files.length && reads.length < batchFiles && chars < batchChars) {
    const read = readProfileFile(files[next++]!);
    if (read.ok) chars += read.text.length;
    reads.push(read);
  }
  parentPort!.postMessage(reads);
});
