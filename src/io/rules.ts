/** Finds and reads rule files: a single file, or `<dir>/<programme>/<version>.yaml` (tests/ folders skipped). */
import { readFile, readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { RuleText } from '../rules/load.js';

/** The rules shipped with the package. */
export const BUNDLED_RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

export async function readRuleTexts(path: string): Promise<RuleText[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (info.isFile()) return [{ file: path, text: await readFile(path, 'utf8') }];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(path, f).split(sep).includes('tests'))
    .sort();
  const base = path === BUNDLED_RULES ? 'rules' : path.replace(/[\\/]+$/, '');
  return Promise.all(files.map(async (f) => ({ file: join(base, relative(path, f)), text: await readFile(f, 'utf8') })));
}
