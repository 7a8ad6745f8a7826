/**
 * The profile-named entries below a folder, recursively, sorted, without following symbolic links
 * (so a link loop cannot make the walk endless). What cannot be a profile is still listed, with why,
 * so it gets its row and the rest of the batch is checked: a sub-folder that cannot be read (one
 * unreadable folder once aborted the whole batch as an internal error), a named pipe, socket or
 * device (never opened: a pipe would wait for a writer). A link, or a folder named like a profile, is
 * listed and whatever is wrong with it is reported when it is read.
 */
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';

export interface Listed {
  file: string;
  /** Why the entry cannot be read, found while listing. */
  unreadable?: string;
}

export async function walk(
  dir: string,
  isProfileName: (name: string) => boolean,
  describe: (e: NodeJS.ErrnoException) => string,
): Promise<Listed[]> {
  const found: Listed[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
    if (entries instanceof Error) {
      found.push({ file: folder, unreadable: `folder not readable (${describe(entries)})` });
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      if (isProfileName(entry.name)) found.push(listed(path, entry));
    }
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function listed(file: string, entry: Dirent): Listed {
  if (entry.isFile() || entry.isSymbolicLink() || entry.isDirectory()) return { file };
  const kind = entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device';
  return { file, unreadable: `${kind}, not a profile file` };
}
