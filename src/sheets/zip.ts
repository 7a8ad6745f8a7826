/**
 * Just enough of the zip format to read an xlsx: the central directory, then one entry at a time.
 * A workbook is a zip of XML parts, and a zip can hold a bomb (a few kilobytes that inflate to
 * gigabytes), so every entry is inflated against a budget of uncompressed bytes that the whole
 * workbook shares: the declared sizes are checked first, and the inflater itself stops at the
 * budget (zlib's maxOutputLength), since declared sizes can lie.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipProblem extends Error {
  constructor(
    readonly reason: string,
    readonly kind: 'broken' | 'too-large' = 'broken',
  ) {
    super(reason);
  }
}

/** Entries a workbook may list: a few dozen parts is usual. */
const MAX_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipProblem('zip64 archives are not read');
  if (count > MAX_ENTRIES) throw new ZipProblem(`${count} entries, more than ${MAX_ENTRIES}`, 'too-large');
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipProblem('the central directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KiB. */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipProblem('not a zip archive (is it an xlsx workbook?)');
}

/** Uncompressed bytes one workbook may inflate to, all its parts together. */
export class Budget {
  constructor(public remaining: number) {}
}

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: Budget): Uint8Array {
  if (entry.flags & 1) throw new ZipProblem(`${entry.name} is encrypted`);
  if (entry.size > budget.remaining) throw new ZipProblem(`${entry.name} declares ${entry.size} bytes uncompressed`, 'too-large');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipProblem(`${entry.name}: damaged entry`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) out = inflateBounded(data, entry.name, budget.remaining);
  else throw new ZipProblem(`${entry.name}: compression method ${entry.method} is not read`);
  if (out.length > budget.remaining) throw new ZipProblem(`${entry.name} inflates past the limit`, 'too-large');
  budget.remaining -= out.length;
  return out;
}

function inflateBounded(data: Uint8Array, name: string, limit: number): Uint8Array {
  try {
    // maxOutputLength 0 is refused by zlib: an empty budget still allows the empty part.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new ZipProblem(`${name} inflates past the limit`, 'too-large');
    throw new ZipProblem(`${name}: ${e.message}`);
  }
}
