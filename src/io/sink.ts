/**
 * Where the report goes: a file (`--output`, written atomically by src/io/atomic-output.ts) or
 * standard output. Writes wait for the stream to drain, so a long NDJSON stream keeps memory flat, and
 * nothing ends the process before all is flushed. A write that fails (a full disk, an I/O error) is a
 * `WriteFailure`: the caller reports it and exits 2, never 0 with a report cut short.
 */
import { appendFile } from 'node:fs/promises';
import { fstatSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { EXIT } from '../exit-codes.js';
import { openAtomicOutput } from './atomic-output.js';
import { chunked } from './chunked.js';
import { WriteFailure, writeFully } from './write-error.js';

export interface Sink {
  write(content: string | Uint8Array): Promise<void>;
  /** The run completed: the report is delivered (an `--output` file replaces the previous one only now). */
  close(): Promise<void>;
  /** The run failed: an `--output` file keeps its previous content. */
  abort(): Promise<void>;
}

/**
 * Opens `--output` before any work, so a bad path is a usage error (exit 2), not a lost report.
 * `overwrite: false` (a template over a filled-in profile) refuses a file that already exists.
 */
export async function openSink(
  file: string | undefined,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<Sink | { error: string }> {
  if (!file) return stdoutSink();
  const output = await openAtomicOutput(file, { overwrite });
  if ('error' in output) return output;
  return { write: (text) => output.write(text), close: () => output.commit(), abort: () => output.abort() };
}

/**
 * Standard output. Redirected to a file (`> report.csv`) it is written here with every byte accounted
 * for: Node's own stream for files ignores a short write, which on a full disk cut a CSV mid-row and
 * still exited 0. A pipe or terminal goes through the stream; a reader that stops early (`| head`)
 * closes the pipe, and writing stops quietly, as other tools do.
 */
function stdoutSink(): Sink {
  const toFile = (() => {
    try {
      return fstatSync(1).isFile();
    } catch {
      return false;
    }
  })();
  return toFile ? stdoutFileSink() : stdoutStreamSink();
}

/**
 * Text goes out in chunks of about 64 KiB (src/io/chunked.ts; 10,000 results were 10,000 write calls),
 * and what is left when the run ends; a failed write is found at the next write or at the end, and
 * the run exits 2 either way.
 */
function stdoutFileSink(): Sink {
  let failure: WriteFailure | undefined;
  const out = chunked(async (bytes) => {
    await writeFully((chunk) => writeSync(1, chunk), bytes).catch((e: NodeJS.ErrnoException) => {
      failure = new WriteFailure('standard output', e);
      throw failure;
    });
  });
  return {
    async write(content) {
      if (failure) throw failure;
      await out.write(content);
    },
    async close() {
      if (failure) throw failure;
      await out.flush();
    },
    // What was gathered still goes out, as it did when every result was written at once.
    abort: () => out.flush().catch(() => undefined),
  };
}

/**
 * A pipe or a device (`| gzip`, `> /dev/null`) gets chunks of up to 64 KiB, as a file does: one write
 * per result cost as much as evaluating it (50,000 bench profiles to /dev/null: 5.7 s against 3.8 s to
 * a file). What is gathered goes out whenever the process would otherwise wait (reading its input),
 * so a reader of the pipe gets each result without waiting for the chunk to fill. A terminal gets each
 * piece as it comes.
 */
function stdoutStreamSink(): Sink {
  const stream = process.stdout;
  let closedByReader = false;
  let failure: WriteFailure | undefined;
  const record = (e: unknown) => {
    const error = e as NodeJS.ErrnoException;
    if (error?.code === 'EPIPE') closedByReader = true;
    else failure ??= new WriteFailure('standard output', error);
  };
  stream.on('error', record);
  const writeNow = async (content: string | Uint8Array) => {
    if (failure) throw failure;
    if (closedByReader) return;
    // `once` rejects on 'error' and removes its listeners either way.
    if (!stream.write(content)) await once(stream, 'drain').catch(record);
    if (failure) throw failure;
  };
  const closeNow = async () => {
    if (failure) throw failure;
  };
  if (stream.isTTY) return { write: writeNow, close: closeNow, abort: async () => undefined };
  const out = chunked(writeNow);
  let idleFlush: NodeJS.Immediate | undefined;
  const flush = () => {
    if (idleFlush) clearImmediate(idleFlush);
    idleFlush = undefined;
    return out.flush();
  };
  return {
    async write(content) {
      if (failure) throw failure;
      await out.write(content);
      // A failed write is kept in `failure`, and thrown by the next write or by close.
      idleFlush ??= setImmediate(() => {
        idleFlush = undefined;
        out.flush().catch(() => undefined);
      });
    },
    async close() {
      await flush();
      await closeNow();
    },
    // What was gathered still goes out, as it did when every piece was written at once.
    abort: () => flush().catch(() => undefined),
  };
}

export const discard: Sink = { write: async () => undefined, close: async () => undefined, abort: async () => undefined };

/** Append to a file another tool reads (a CI job summary), keeping what earlier steps wrote. */
export function appendText(file: string, text: string): Promise<void> {
  return appendFile(file, text, 'utf8');
}

/**
 * One whole output (the xlsx template's bytes, a `--schema-out` file) to a file, written as every
 * `--output` is (atomically: a failed write leaves what was there), or to standard output.
 */
export async function writeWhole(
  file: string | undefined,
  content: string | Uint8Array,
  { overwrite }: { overwrite: boolean },
): Promise<{ error: string } | undefined> {
  const sink = await openSink(file, { overwrite });
  if ('error' in sink) return sink;
  let failed: string | undefined;
  await deliver(
    sink,
    async () => {
      await sink.write(content);
      return EXIT.ok;
    },
    (line) => {
      failed = line;
    },
  );
  return failed === undefined ? undefined : { error: failed.replace(/^error: /, '') };
}

/**
 * Runs `produce`, which writes its report to `sink`, and settles the sink by its outcome: a completed
 * run (exit 0, 1 or 3) is delivered; a run that could not run (exit 2) or threw is discarded, so an
 * `--output` file keeps its previous content. A failed write is exit 2 with its message.
 */
export async function deliver(sink: Sink, produce: () => Promise<number>, error: (line: string) => void): Promise<number> {
  let code: number;
  try {
    code = await produce();
    if (code === EXIT.cannotRun) await sink.abort();
    else await sink.close();
  } catch (failure) {
    await sink.abort();
    if (!(failure instanceof WriteFailure)) throw failure;
    error(`error: ${failure.message}`);
    return EXIT.cannotRun;
  }
  return code;
}
