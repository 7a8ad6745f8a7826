/** Finds and reads rule files: a single file, or `<dir>/<programme>/<version>.yaml` (tests/ folders skipped). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { RuleText } from '../rules/load.js';
import { statOrError } from './stat.js';

/** The rules shipped with the package. */
export const BUNDLED_RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

export async function readRuleTexts(path: string): Promise<RuleText[] | undefined> {
  // Synchronous, as reading a profile is (read-text.ts): a start-up reads a few small files.
  const info = statOrError(path);
  if (info instanceof Error) return undefined;
  if (info.isFile()) return [{ file: path, text: readFileSync(path, 'utf8') }];
  const entries = readdirSync(path, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(path, f).split(sep).includes('tests'))
    .sort();
  const base = path === BUNDLED_RULES ? 'rules' : path.replace(/[\\/]+$/, '');
  return files.map((f) => ({ file: join(base, relative(path, f)), text: readFileSync(f, 'utf8') }));
}
