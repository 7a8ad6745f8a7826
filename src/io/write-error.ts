import { describeErrno } from './errno.js';

/** A write that did not reach its file or stream: the run cannot claim a report it did not deliver (exit 2). */
export class WriteFailure extends Error {
  constructor(
    readonly target: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${target}: ${describeErrno(cause)}`);
  }
}

/** Writes all of `bytes`, however many calls it takes: a short write is retried, so its cause (a full disk) surfaces as an error. */
export async function writeFully(write: (bytes: Uint8Array) => Promise<number> | number, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const written = await write(bytes.subarray(offset));
    if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += written;
  }
}
