/** Reading one profile's text: UTF-8 only (a BOM is dropped), within a size limit; problems as data. */
import { readFileSync, statSync } from 'node:fs';
import { describeError } from './inputs.js';

/** Profiles larger than this are refused unread: no company profile comes near it. */
export const MAX_PROFILE_BYTES = 5 * 1024 * 1024;

export type TextRead = { ok: true; text: string } | { ok: false; code: 'io/read' | 'io/encoding' | 'io/too-large'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): TextRead {
  if (bytes.length > MAX_PROFILE_BYTES) return { ok: false, code: 'io/too-large', reason: `${bytes.length} bytes` };
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return { ok: false, code: 'io/encoding', reason: 'UTF-16' };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, code: 'io/encoding', reason: 'not UTF-8 (GBK?)' };
  }
}

/**
 * Synchronous on purpose: one small file at a time, in a CLI or a worker thread, reads fastest without
 * a round trip through libuv's thread pool per file. The size is checked before the bytes are read.
 */
export async function readProfileText(file: string, stdin: () => Promise<Uint8Array>): Promise<TextRead> {
  if (file === '-') return decode(await stdin());
  try {
    const size = statSync(file).size;
    if (size > MAX_PROFILE_BYTES) return { ok: false, code: 'io/too-large', reason: `${size} bytes` };
    return decode(readFileSync(file));
  } catch (error) {
    return { ok: false, code: 'io/read', reason: describeError(error as NodeJS.ErrnoException) };
  }
}
