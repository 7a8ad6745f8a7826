/**
 * Reading one profile's text, within a size limit; problems as data. UTF-8 is read (a BOM is dropped);
 * UTF-16 with a byte-order mark, as Windows tools save "Unicode" text, is decoded too. Anything else
 * is refused with what it looks like: GBK is named, not guessed at, since a wrong guess would change
 * a company's name or facts in silence.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { describeError } from './inputs.js';

/** Profiles larger than this are refused unread: no company profile comes near it. */
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
 * a round trip through libuv's thread pool per file. A regular file's size is checked before its bytes
 * are read; anything else (a device such as /dev/zero, a pipe) is read only up to the limit.
 */
export async function readProfileText(file: string, stdin: () => Promise<Uint8Array>): Promise<TextRead> {
  if (file === '-') return decode(await stdin());
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isFile() && info.size > MAX_PROFILE_BYTES) return tooLarge(`${info.size} bytes`);
    const bytes = info.isFile() ? readFileSync(fd) : readUpToLimit(fd);
    return bytes ? decode(bytes) : tooLarge(`more than ${MAX_PROFILE_BYTES} bytes`);
  } catch (error) {
    return { ok: false, code: 'io/read', reason: describeError(error as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const tooLarge = (reason: string): TextRead => ({ ok: false, code: 'io/too-large', reason });

/** The bytes up to the end, or undefined once they pass the limit. */
function readUpToLimit(fd: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks);
    total += read;
    if (total > MAX_PROFILE_BYTES) return undefined;
    chunks.push(chunk.subarray(0, read));
  }
}
