/**
 * The reader thread of read-ahead.ts: reads the listed profile files in order, with the same function
 * as the main thread (readProfileFile), and posts them in batches on `port`, each with the index of its
 * first file. It starts each batch at the main thread's next file when the main thread has got ahead
 * (it reads for itself while this thread starts), and stays at most `inFlight` batches ahead of those
 * the main thread has taken. Once that far ahead it sleeps until no more than `lowWater` are left, then
 * reads on: waking a sleeping thread can cost the waker its core on a busy machine, so it is rare.
 */
import { workerData } from 'node:worker_threads';
import { type Batch, type ReaderSetup, SHARED } from './read-ahead.js';
import { readProfileFile } from './read-text.js';

/** Reads and posts batches until the list is done. */
function runReader({ files, port, batchFiles, batchChars, inFlight, lowWater, shared: buffer }: ReaderSetup): void {
  const shared = new Int32Array(buffer);
  let next = 0;
  for (let sent = 0; ; sent++) {
    if (sent - Atomics.load(shared, SHARED.taken) >= inFlight) {
      Atomics.store(shared, SHARED.sleeping, 1);
      // In slices, so that a wake-up cannot be missed for long and a thread told to stop is never held up.
      for (let seen = Atomics.load(shared, SHARED.taken); sent - seen > lowWater; seen = Atomics.load(shared, SHARED.taken))
        Atomics.wait(shared, SHARED.taken, seen, 100);
      Atomics.store(shared, SHARED.sleeping, 0);
    }
    next = Math.max(next, Atomics.load(shared, SHARED.next));
    if (next >= files.length) break;
    const batch: Batch = { start: next, reads: [] };
    let chars = 0;
    while (next < files.length && batch.reads.length < batchFiles && chars < batchChars) {
      const read = readProfileFile(files[next++]!);
      if (read.ok) chars += read.text.length;
      batch.reads.push(read);
    }
    port.postMessage(batch);
    Atomics.store(shared, SHARED.sent, sent + 1);
  }
  port.close();
}

runReader(workerData as ReaderSetup);
