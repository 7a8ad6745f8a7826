/**
 * Finds and reads golden-case files next to the rules: `<rules>/<programme>/tests/*.yaml`, or for a
 * single rule file, the `tests/` folder beside it. Also reads the profile files cases refer to.
 */
import { readProfileText as readAnyProfileText } from './read-text.js';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { BUNDLED_RULES } from './rules.js';

/** A golden file as read: `<rules>/<programme>/tests/<name>.yaml`. */
export interface GoldenText {
  file: string;
  /** The programme the folder belongs to: the name of the folder above `tests/`. */
  programme: string;
  text: string;
}

type ProfileText = { text: string } | { reason: string };

export interface GoldenFiles {
  texts: GoldenText[];
  /** The text of a profile a case names, relative to the case file (as named in `texts`). */
  readProfile(caseFile: string, profileFile: string): Promise<ProfileText>;
}

export async function readGoldenFiles(path: string): Promise<GoldenFiles> {
  const info = await stat(path).catch(() => undefined);
  const real = new Map<string, string>();
  const readProfile = (caseFile: string, profileFile: string) =>
    readProfileText(join(dirname(real.get(caseFile) ?? caseFile), profileFile));
  if (!info) return { texts: [], readProfile };
  const root = info.isFile() ? dirname(path) : path;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => basename(dirname(f)) === 'tests' && (!info.isFile() || dirname(dirname(f)) === root))
    .sort();
  const base = path === BUNDLED_RULES ? 'rules' : root.replace(/[\\/]+$/, '');
  const texts = await Promise.all(
    files.map(async (f) => {
      const file = join(base, relative(root, f));
      real.set(file, f);
      return { file, programme: basename(dirname(dirname(f))), text: await readFile(f, 'utf8') };
    }),
  );
  return { texts, readProfile };
}

/** A referenced profile is read like any other: UTF-8 or UTF-16, within the size limit. */
async function readProfileText(path: string): Promise<ProfileText> {
  const read = await readAnyProfileText(path, () => Promise.reject(new Error('a golden case cannot read standard input')));
  return read.ok ? { text: read.text } : { reason: read.reason };
}
