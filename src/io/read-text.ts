/**
 * Reading one profile's text, within a size limit; problems as data. UTF-8 is read (a BOM is dropped);
 * UTF-16 with a byte-order mark, as Windows tools save "Unicode" text, is decoded too. Anything else
 * is refused with what it looks like: GBK is named, not guessed at, since a wrong guess would change
 * a company's name or facts in silence.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { describeError } from './inputs.js';

/** Profiles larger than this are refused (a regular file by its size, after its first 64 KiB): no company profile comes near it. */
export const MAX_PROFILE_BYTES = 5 * 1024 * 1024;

export type TextRead = { ok: true; text: string } | { ok: false; code: 'io/read' | 'io/encoding' | 'io/too-large'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };
const gb18030 = new TextDecoder('gb18030', { fatal: true });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function decode(bytes: Uint8Array): TextRead {
  // Standard input and devices are read only to just past the limit: how much more there was is unknown.
  if (bytes.length > MAX_PROFILE_BYTES) return { ok: false, code: 'io/too-large', reason: `more than ${MAX_PROFILE_BYTES} bytes` };
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return refused('UTF-32');
  const bom16 = startsWith(bytes, [0xff, 0xfe]) ? utf16.le : startsWith(bytes, [0xfe, 0xff]) ? utf16.be : undefined;
  if (bom16) return read(attempt(bom16, bytes), 'UTF-16 with invalid characters');
  const binary = binaryKind(bytes);
  if (binary) return refused(binary);
  const text = attempt(utf8, bytes);
  if (text !== undefined) return { ok: true, text };
  return refused(attempt(gb18030, bytes) === undefined ? 'not UTF-8' : 'GBK (GB18030)');
}

/** The text, or undefined when the bytes are not in the decoder's encoding. The decoders drop a leading BOM. */
function attempt(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

const read = (text: string | undefined, otherwise: string): TextRead => (text === undefined ? refused(otherwise) : { ok: true, text });

const refused = (reason: string): TextRead => ({ ok: false, code: 'io/encoding', reason });

/** What bytes that are no text look like, for the message: no YAML or JSON text holds a zero byte. */
function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'binary data, not text (an Excel workbook?)';
  if (!bytes.includes(0)) return undefined;
  return looksUtf16(bytes) ? 'UTF-16 without a byte-order mark' : 'binary data, not text';
}

/** ASCII text in UTF-16 has a zero in every other byte. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  const zeros = [0, 1].map((parity) => sample.filter((b, i) => i % 2 === parity && b === 0).length);
  return Math.max(...zeros) >= sample.length / 4 && Math.min(...zeros) === 0;
}

/**
 * Synchronous on purpose: one small file at a time, in a CLI or a worker thread, reads fastest without
 * a round trip through libuv's thread pool per file. The bytes go into one buffer kept for the thread
 * and are read until the end, so a profile of up to 64 KiB costs an open, two reads and a close (no
 * stat: a batch of 10,000 files spent more on stats and per-file buffers than on reading). A larger
 * regular file is refused by its size once its first 64 KiB are read; anything else (a device such
 * as /dev/zero, a pipe) is read only up to the limit.
 */
export async function readProfileText(file: string, stdin: () => Promise<Uint8Array>): Promise<TextRead> {
  return file === '-' ? decode(await stdin()) : readProfileFile(file);
}

/** One profile file's text, read synchronously (see readProfileText): what a reader thread runs too (read-ahead.ts). */
export function readProfileFile(file: string): TextRead {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const bytes = readUpToLimit(fd);
    if (bytes) return decode(bytes);
    const info = fstatSync(fd);
    return tooLarge(info.isFile() ? `${info.size} bytes` : `more than ${MAX_PROFILE_BYTES} bytes`);
  } catch (error) {
    return { ok: false, code: 'io/read', reason: describeError(error as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const tooLarge = (reason: string): TextRead => ({ ok: false, code: 'io/too-large', reason });

function isTooLargeFile(fd: number): boolean {
  const info = fstatSync(fd);
  return info.isFile() && info.size > MAX_PROFILE_BYTES;
}

/** Where this thread reads profiles; a larger file gets a larger buffer, up to one byte past the limit (so a file at the limit is read whole). */
const buffer = Buffer.allocUnsafe(64 * 1024);

/** The bytes up to the end (a view of the thread's buffer, valid until the next read), or undefined past the limit. */
function readUpToLimit(fd: number): Uint8Array | undefined {
  let total = 0;
  let into = buffer;
  for (;;) {
    if (total === into.length) {
      // Past the first buffer: a regular file is refused by its size before the rest is read.
      if (total > MAX_PROFILE_BYTES || (into === buffer && isTooLargeFile(fd))) return undefined;
      const larger = Buffer.allocUnsafe(Math.min(into.length * 4, MAX_PROFILE_BYTES + 1));
      into.copy(larger, 0, 0, total);
      into = larger;
    }
    const read = readSync(fd, into, total, into.length - total, null);
    if (read === 0) return into.subarray(0, total);
    total += read;
  }
}
