/**
 * Command-line arguments into profile inputs, in a deterministic order: each argument in turn;
 * a folder or glob expands to its profile files sorted by path. An argument that names nothing is
 * kept as an input that cannot be read, so it still gets its row in the report.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export const PROFILE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
/** Client sheets: one company per group of rows (src/sheets/). */
export const SHEET_EXTENSIONS = ['.csv', '.xlsx'] as const;

export type InputFormat = 'yaml' | 'json';

export interface Input {
  /** The name in reports and diagnostics: the path as found, `-` for standard input. */
  file: string;
  format: InputFormat;
  /** Why the input cannot be read, found while listing (a missing path, a symlink loop). */
  unreadable?: string;
  /** The path does not exist at all. */
  missing?: boolean;
}

export function formatOf(file: string): InputFormat {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

export const isSheetFile = (file: string) => (SHEET_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

const isProfileName = (name: string) => ([...PROFILE_EXTENSIONS, ...SHEET_EXTENSIONS] as readonly string[]).includes(extname(name).toLowerCase());

export interface Expanded {
  inputs: Input[];
  /** Arguments that matched no profile at all: a folder or glob with nothing in it. */
  empty: string[];
}

export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const found = await expandOne(arg);
    if (found.length === 0) empty.push(arg);
    // A file named twice (a folder and a glob over it, `x.json` and `./x.json`) is one input: every
    // file appears once, under the name it was first given.
    for (const input of found) {
      const key = input.file === '-' ? '-' : resolve(input.file);
      if (!seen.has(key) && seen.add(key)) inputs.push(input);
    }
  }
  return { inputs, empty };
}

async function expandOne(arg: string): Promise<Input[]> {
  if (arg === '-') return [{ file: '-', format: 'yaml' }];
  const info = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (info.code === 'ENOENT' && /[*?[\]{}]/.test(arg)) return (await globbed(arg)).map(asInput);
    return [{ file: arg, format: formatOf(arg), unreadable: describeError(info), ...(info.code === 'ENOENT' ? { missing: true } : {}) }];
  }
  if (info.isDirectory() && !isProfileName(arg)) return (await profilesUnder(arg)).map(asInput);
  return [asInput(arg)];
}

const asInput = (file: string): Input => ({ file, format: formatOf(file) });

/** A quoted glob (the shell did not expand it); the matcher loads only when one is given. */
async function globbed(pattern: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) return [];
  return (await glob(pattern, { onlyFiles: true, dot: false })).filter(isProfileName).sort();
}

/**
 * Profile-named entries below a folder, recursively, sorted. Readdir does not descend symbolic links,
 * so a link loop cannot make the walk endless; a link, or a folder named like a profile, is listed and
 * whatever is wrong with it is reported when it is read.
 */
async function profilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => isProfileName(e.name) && (e.isFile() || e.isSymbolicLink() || e.isDirectory()))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function describeError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder, not a profile file';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e.code ?? e.message;
  }
}
