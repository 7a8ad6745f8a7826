/**
 * A path's status, read synchronously as profiles are (read-text.ts): a start-up stats a few paths,
 * each through libuv's thread pool a round trip a loaded machine makes the run wait for.
 */
import { type Stats, statSync } from 'node:fs';

/** The path's status, or the error that says why there is none. */
export function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
