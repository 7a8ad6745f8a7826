/**
 * Command-line arguments into profile inputs, in a deterministic order: each argument in turn;
 * a folder or glob expands to its profile files sorted by path. An argument that names nothing is
 * kept as an input that cannot be read, so it still gets its row in the report.
 */
import { extname, resolve } from 'node:path';
import { describeErrno } from './errno.js';
import { statOrError } from './stat.js';
import { isEarlierReport, isOutput } from './output-clash.js';
import { namedLine, namedRow, type NamedLine, type NamedRow } from './result-names.js';
import { walk, type Listed } from './walk.js';

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
  /** One company of a client sheet, named as check names its result (`clients.xlsx:客户!3`): `file` is the sheet's file. */
  named?: NamedRow;
  /** One line of an NDJSON stream, named as check names its result (`profiles.ndjson:12`): `file` is the stream's file. */
  line?: NamedLine;
}

export function formatOf(file: string): InputFormat {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

export const isSheetFile = (file: string) => (SHEET_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

/** Streams of profiles, one JSON object per line: read as `--input-format ndjson` when every input is one. */
const STREAM_EXTENSIONS = ['.ndjson', '.jsonl'] as const;
export const isStreamFile = (file: string) => (STREAM_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

const isProfileName = (name: string) =>
  ([...PROFILE_EXTENSIONS, ...SHEET_EXTENSIONS] as readonly string[]).includes(extname(name).toLowerCase());

export interface Expanded {
  inputs: Input[];
  /** Arguments that matched no profile at all: a folder or glob with nothing in it. */
  empty: string[];
  /** A profile a folder walk or glob found at `--output` (`input`, found in `arg`): the run must not write over it. */
  overwrites?: { input: string; arg: string };
}

/**
 * `exclude`: the real path of `--output`, never read as an input though a folder walk or glob finds it:
 * an earlier report there is skipped; anything else is told of in `overwrites`, for the run to refuse.
 */
export async function expandInputs(args: readonly string[], { exclude }: { exclude?: string } = {}): Promise<Expanded> {
  const inputs: Input[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  let overwrites: Expanded['overwrites'];
  for (const arg of args) {
    const { kept: found, output } = await withoutOutput(await expandOne(arg), exclude);
    if (output && !overwrites && !(await isEarlierReport(output))) overwrites = { input: output, arg };
    if (found.length === 0) empty.push(arg);
    // A file named twice (a folder and a glob over it, `x.json` and `./x.json`) is one input: every
    // file appears once, under the name it was first given.
    for (const input of found) {
      // A stream's line is one input however its file is spelled. A sheet's company is known only once the
      // sheet is read (any of its rows names it): batch/run-tasks.ts `readTasks` checks each company once.
      const one = input.line ? `\0${input.line.line}` : input.named ? `\0${input.named.name}` : '';
      const key = input.file === '-' ? '-' : `${resolve(input.file)}${one}`;
      if (!seen.has(key) && seen.add(key)) inputs.push(input);
    }
  }
  return { inputs, empty, ...(overwrites ? { overwrites } : {}) };
}

/** The inputs but the file at `--output`, and that file as listed when a walk or glob found it. */
async function withoutOutput(found: Input[], exclude: string | undefined): Promise<{ kept: Input[]; output?: string }> {
  if (!exclude) return { kept: found };
  const kept: Input[] = [];
  let output: string | undefined;
  for (const input of found) {
    if (await isOutput(input.file, exclude)) output = input.file;
    else kept.push(input);
  }
  return output === undefined ? { kept } : { kept, output };
}

async function expandOne(arg: string): Promise<Input[]> {
  if (arg === '-') return [{ file: '-', format: 'yaml' }];
  const info = statOrError(arg);
  if (info instanceof Error) {
    if (info.code !== 'ENOENT') return [{ file: arg, format: formatOf(arg), unreadable: describeError(info) }];
    if (/[*?[\]{}]/.test(arg))
      return (await globbed(arg)).map((l) => ({ ...asInput(l.file), ...(l.unreadable ? { unreadable: l.unreadable } : {}) }));
    // Nothing by that name: it may name one result of a sheet or a stream (src/io/result-names.ts).
    const named = namedRow(arg);
    if (named && isAFile(named.file)) return [{ ...asInput(named.file), named: { name: arg, sheet: named.sheet, row: named.row } }];
    const line = namedLine(arg);
    if (line && isAFile(line.file)) return [{ file: line.file, format: 'json', line: { name: arg, line: line.line } }];
    return [{ file: arg, format: formatOf(arg), unreadable: describeError(info), missing: true }];
  }
  if (info.isDirectory() && !isProfileName(arg))
    return (await walk(arg, isProfileName, describeError)).map((l) => ({
      ...asInput(l.file),
      ...(l.unreadable ? { unreadable: l.unreadable } : {}),
    }));
  return [asInput(arg)];
}

const asInput = (file: string): Input => ({ file, format: formatOf(file) });

function isAFile(path: string): boolean {
  const info = statOrError(path);
  return !(info instanceof Error) && info.isFile();
}

/**
 * A quoted glob (the shell did not expand it); the matcher loads only when one is given. The folder
 * before its first wildcard is walked as a folder argument is (src/io/walk.ts: links not followed)
 * and the pattern picks from what the walk lists, so a broken link, a folder named like a profile or
 * a named pipe gets its row here too instead of vanishing (a glob library lists only what it can stat).
 */
async function globbed(pattern: string): Promise<Listed[]> {
  const { default: picomatch } = await import('picomatch');
  if (!picomatch.scan(pattern).isGlob) return [];
  const plain = pattern.replace(/^\.\//, '');
  const { base } = picomatch.scan(plain);
  const matches = picomatch(plain, { dot: false });
  const listed = await walk(base === '' ? '.' : base, isProfileName, describeError);
  return listed.filter((l) => matches(l.file));
}

/** A read's error in words: what a profile path turned out to be, else the shared errno words. */
export function describeError(e: NodeJS.ErrnoException): string {
  if (e.code === 'EISDIR') return 'is a folder, not a profile file';
  if (e.code === 'ELOOP') return 'symbolic link loop';
  return describeErrno(e);
}
