/**
 * Where the report goes: a file (`--output`) or standard output. Writes wait for the stream to drain,
 * so a long NDJSON stream keeps memory flat, and nothing ends the process before all is flushed.
 */
import { appendFile, open, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { describeError } from './inputs.js';
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `--output` before any work, so a bad path is a usage error (exit 2), not a lost report. */
export async function openSink(file: string | undefined): Promise<Sink | { error: string }> {
  let stream: Writable = process.stdout;
  if (file) {
    const handle = await open(file, 'w').catch((e: NodeJS.ErrnoException) => e);
    if (handle instanceof Error) return { error: `cannot write ${file}: ${describeError(handle)}` };
    stream = handle.createWriteStream({ encoding: 'utf8' });
  }
  // A reader that stops early (`| head`) closes the pipe: stop writing, quietly, as other tools do.
  let closedByReader = false;
  const isClosedPipe = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'EPIPE';
  stream.on('error', (e) => {
    if (isClosedPipe(e)) closedByReader = true;
  });
  return {
    async write(text) {
      if (closedByReader) return;
      // `once` rejects on 'error' and removes its listeners either way.
      if (!stream.write(text)) await once(stream, 'drain').catch((e: unknown) => (isClosedPipe(e) ? void (closedByReader = true) : Promise.reject(e)));
    },
    async close() {
      if (file) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

export const discard: Sink = { write: async () => undefined, close: async () => undefined };

/** Append to a file another tool reads (a CI job summary), keeping what earlier steps wrote. */
export function appendText(file: string, text: string): Promise<void> {
  return appendFile(file, text, 'utf8');
}

/**
 * A binary output (the xlsx template) to `--output` or standard output. The file is written under a
 * temporary name and renamed, so a failed write leaves no half workbook where a good one was.
 */
export async function writeBinary(file: string | undefined, bytes: Uint8Array): Promise<{ error: string } | undefined> {
  if (!file) {
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
    return undefined;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
    return undefined;
  } catch (error) {
    await rm(temporary, { force: true });
    return { error: `cannot write ${file}: ${describeError(error as NodeJS.ErrnoException)}` };
  }
}
