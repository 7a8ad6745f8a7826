/**
 * Where the report goes: a file (`--output`) or standard output. Writes wait for the stream to drain,
 * so a long NDJSON stream keeps memory flat, and nothing ends the process before all is flushed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(file: string | undefined): Sink {
  let stream: Writable | undefined;
  const open = (): Writable => (stream ??= file ? createWriteStream(file, { encoding: 'utf8' }) : process.stdout);
  return {
    async write(text) {
      const s = open();
      if (!s.write(text)) await Promise.race([once(s, 'drain'), once(s, 'error').then(([e]) => Promise.reject(e))]);
    },
    async close() {
      if (stream && file) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

export const discard: Sink = { write: async () => undefined, close: async () => undefined };
