/** File-system errors in words: one table for every message that names one. */
/** An errno a user can act on, in words, for reads and writes alike; the code itself for anything rarer. */
export function describeErrno(e: NodeJS.ErrnoException): string {
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
