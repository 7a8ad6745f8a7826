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
import { WriteFailure, writeFully } from './write-error.js';
import { gather } from './gather.js';

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
 * Text is gathered into writes of 64 kB (src/io/gather.ts), as `--output` does: a streamed report
 * writes one piece per result, and a system call for each was a tenth of a 10,000-line NDJSON run.
 * Closing (or aborting) writes what is gathered.
 */
function stdoutFileSink(): Sink {
  let failure: WriteFailure | undefined;
  const writeBytes = async (bytes: Uint8Array) => {
    await writeFully((chunk) => writeSync(1, chunk), bytes).catch((e: NodeJS.ErrnoException) => {
      failure = new WriteFailure('standard output', e);
      throw failure;
    });
  };
  const gathered = gather(writeBytes);
  return {
    async write(content) {
      if (failure) throw failure;
      if (typeof content === 'string') return gathered.add(content);
      await gathered.flush();
      await writeBytes(content);
    },
    async close() {
      if (failure) throw failure;
      await gathered.flush();
    },
    abort: () => gathered.flush().catch(() => undefined),
  };
}

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
  return {
    async write(content) {
      if (failure) throw failure;
      if (closedByReader) return;
      // `once` rejects on 'error' and removes its listeners either way.
      if (!stream.write(content)) await once(stream, 'drain').catch(record);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
    },
    abort: async () => undefined,
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
