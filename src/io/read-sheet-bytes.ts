/** The bytes of a client sheet (src/sheets/), within a size limit checked before reading; problems as data. */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Args } from '../diagnostics/catalogue.js';
import { describeError } from './inputs.js';

/** Sheet files larger than this are refused unread: a client book of thousands of rows is a few MiB. */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export type SheetBytes = { data: Uint8Array } | { problem: { code: 'io/read' | 'sheet/too-large'; args: Args } };

export function readSheetBytes(file: string): SheetBytes {
  let fd: number | undefined;
  const problem = (code: 'io/read' | 'sheet/too-large', reason: string): SheetBytes => ({
    problem: { code, args: { reason, max: MAX_SHEET_BYTES } },
  });
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) return problem('io/read', 'not a regular file');
    if (info.size > MAX_SHEET_BYTES) return problem('sheet/too-large', `${info.size} bytes on disk`);
    return { data: readFileSync(fd) };
  } catch (error) {
    return problem('io/read', describeError(error as NodeJS.ErrnoException));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a path names anything (explain tells a file from a `<file>:<sheet>!<row>` name). */
export const pathExists = (path: string) => existsSync(path);
