/** A write that did not reach its file or stream: the run cannot claim a report it did not deliver (exit 2). */
export class WriteFailure extends Error {
  constructor(
    readonly target: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${target}: ${describeWriteError(cause)}`);
  }
}

/** The errno a user can act on, in words; the code itself for anything rarer. */
export function describeWriteError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'file too large';
    case 'EPIPE':
      return 'the reader closed the pipe';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder';
    case 'EEXIST':
      return 'already exists (use --force to replace it)';
    default:
      return e.code ?? e.message;
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
