/**
 * The only code that touches the file system for inputs: expands files and folders into profile
 * inputs, in a deterministic order, and reads them. Problems become data, never exceptions.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const PROFILE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export interface Input {
  /** As given, or the path found under a folder. `-` is standard input. */
  file: string;
  format: 'yaml' | 'json';
}

export interface Expanded {
  inputs: Input[];
  /** Arguments that named nothing readable: a missing path, a folder with no profile. */
  notFound: string[];
}

export function formatOf(file: string): 'yaml' | 'json' {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const notFound: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ file: '-', format: 'yaml' });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (!info) notFound.push(arg);
    else if (info.isDirectory()) {
      const found = await profilesUnder(arg);
      if (found.length === 0) notFound.push(arg);
      inputs.push(...found.map((file) => ({ file, format: formatOf(file) })));
    } else inputs.push({ file: arg, format: formatOf(arg) });
  }
  return { inputs, notFound };
}

async function profilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (PROFILE_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

export async function readText(file: string, stdin: () => Promise<string>): Promise<TextRead> {
  try {
    const text = file === '-' ? await stdin() : await readFile(file, 'utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, reason: e.code === 'EISDIR' ? 'is a directory' : e.code === 'ENOENT' ? 'no such file' : (e.code ?? e.message) };
  }
}
