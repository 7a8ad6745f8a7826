/**
 * A CommandIo over files held in memory: every command runs in this process, reading only the map it
 * is given, and what it writes is captured. Folders are path prefixes; globs are not expanded (an
 * argument that names no file or folder is missing, as on disk). A file is text, or bytes (an xlsx
 * client sheet); each is read as the other where a command asks for it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join, posix, relative, sep } from 'node:path';
import type { CommandIo } from '../src/io/command-io.js';
import type { GoldenFiles } from '../src/io/golden.js';
import { formatOf, PROFILE_EXTENSIONS, SHEET_EXTENSIONS, type Expanded, type Input } from '../src/io/inputs.js';
import { MAX_SHEET_BYTES, type SheetBytes } from '../src/io/read-sheet-bytes.js';
import { decode, type TextRead } from '../src/io/read-text.js';
import { BUNDLED_RULES } from '../src/io/rules.js';
import { loadRules, type RuleText, type RuleVersion } from '../src/rules/load.js';

export interface MemoryIo {
  io: CommandIo;
  stdout(): string;
  stderr(): string[];
  /** The binary output (template --format xlsx), when there was one. */
  bytes(): Uint8Array | undefined;
  /** Files written besides the output (template --schema-out), by path. */
  written: Map<string, string>;
}

/** A file held in memory: text, or bytes for a binary file. */
export type MemoryFile = string | Uint8Array;

/** Files read as bytes by filesOf (client sheets, whatever their encoding): the rest are text. */
const BINARY = /\.(xlsx|csv)$/i;

/** Every file below a folder on disk, by path (forward slashes), for a memory io; `as` renames the folder. */
export function filesOf(dir: string, as = dir): Map<string, MemoryFile> {
  const files = new Map<string, MemoryFile>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(slashed(join(as, relative(dir, path))), BINARY.test(path) ? new Uint8Array(readFileSync(path)) : readFileSync(path, 'utf8'));
  }
  return files;
}

/** The bundled rules, under the path the CLI knows them by. */
export const bundledRules = () => filesOf(BUNDLED_RULES);

/** The key of a path: forward slashes, `./` and `a/../` gone, as the file system resolves them. */
const slashed = (path: string) => posix.normalize(path.split(sep).join('/'));
const trimmed = (path: string) => slashed(path).replace(/\/+$/, '');
const isProfileName = (name: string) =>
  ([...PROFILE_EXTENSIONS, ...SHEET_EXTENSIONS] as readonly string[]).includes(name.slice(name.lastIndexOf('.')).toLowerCase());
const bytesOf = (file: MemoryFile) => (typeof file === 'string' ? new TextEncoder().encode(file) : file);
const textOf = (file: MemoryFile) => (typeof file === 'string' ? file : new TextDecoder().decode(file));

// Rule sets validated once per content, as the build's cache does for the bundled rules.
const validated = new Map<string, RuleVersion[]>();

export function memoryIo(files: ReadonlyMap<string, MemoryFile>, stdin = ''): MemoryIo {
  let stdout = '';
  let bytes: Uint8Array | undefined;
  const stderr: string[] = [];
  const written = new Map<string, string>();
  /** The files below a folder, sorted by path. */
  const under = (dir: string) => [...files.keys()].filter((f) => f.startsWith(`${trimmed(dir)}/`)).sort();
  /** The name the CLI reports a file by: the bundled rules as `rules/…`. */
  const nameOf = (root: string, file: string) => join(root === trimmed(BUNDLED_RULES) ? 'rules' : root, relative(root, file));
  const read = (file: string): TextRead => {
    const found = files.get(slashed(file));
    return found === undefined ? { ok: false, code: 'io/read', reason: 'no such file or folder' } : decode(bytesOf(found));
  };

  const io: CommandIo = {
    async readRules(path) {
      if (files.has(slashed(path))) return [{ file: path, text: textOf(files.get(slashed(path))!) }];
      const root = trimmed(path);
      const found = under(root).filter((f) => /\.ya?ml$/.test(f) && !relative(root, f).split('/').includes('tests'));
      return found.length === 0 ? undefined : found.map((f) => ({ file: nameOf(root, f), text: textOf(files.get(f)!) }));
    },
    async validatedRules(_path: string, texts: readonly RuleText[]) {
      const key = createHash('sha256').update(JSON.stringify(texts)).digest('hex');
      if (!validated.has(key)) {
        const loaded = loadRules(texts);
        if (loaded.diagnostics.some((d) => d.severity === 'error')) return undefined;
        validated.set(key, loaded.versions);
      }
      return validated.get(key);
    },
    async readGolden(path): Promise<GoldenFiles> {
      const isFile = files.has(slashed(path));
      const root = isFile ? slashed(path).split('/').slice(0, -1).join('/') : trimmed(path);
      const real = new Map<string, string>();
      const cases = under(root).filter((f) => {
        const parts = relative(root, f).split('/');
        return /\.ya?ml$/.test(f) && parts.at(-2) === 'tests' && parts.length === (isFile ? 2 : 3);
      });
      const texts = cases.map((f) => {
        const file = nameOf(root, f);
        real.set(file, f);
        return { file, programme: f.split('/').at(-3)!, text: textOf(files.get(f)!) };
      });
      return {
        texts,
        async readProfile(caseFile, profileFile) {
          const r = read(join((real.get(caseFile) ?? caseFile).split('/').slice(0, -1).join('/'), profileFile));
          return r.ok ? { text: r.text } : { reason: r.reason };
        },
      };
    },
    async listInputs(args): Promise<Expanded> {
      const inputs: Input[] = [];
      const empty: string[] = [];
      const seen = new Set<string>();
      for (const arg of args) {
        const found: Input[] =
          arg === '-'
            ? [{ file: '-', format: 'yaml' }]
            : files.has(slashed(arg))
              ? [{ file: arg, format: formatOf(arg) }]
              : under(arg).length > 0
                ? under(arg)
                    .filter(isProfileName)
                    .map((f) => ({ file: f, format: formatOf(f) }))
                : [{ file: arg, format: formatOf(arg), unreadable: 'no such file or folder', missing: true }];
        if (found.length === 0) empty.push(arg);
        // One file named twice (`x.json` and `./x.json`) is one input, under the name first given, as on disk.
        for (const input of found) {
          const key = input.file === '-' ? '-' : slashed(input.file);
          if (!seen.has(key) && seen.add(key)) inputs.push(input);
        }
      }
      return { inputs, empty };
    },
    async readProfile(file) {
      return file === '-' ? decode(new TextEncoder().encode(stdin)) : read(file);
    },
    async readBytes(file): Promise<SheetBytes> {
      const found = files.get(slashed(file));
      const problem = (code: 'io/read' | 'sheet/too-large', reason: string): SheetBytes => ({
        problem: { code, args: { reason, max: MAX_SHEET_BYTES } },
      });
      if (found === undefined) return problem('io/read', under(file).length > 0 ? 'not a regular file' : 'no such file or folder');
      const data = bytesOf(found);
      return data.length > MAX_SHEET_BYTES ? problem('sheet/too-large', `${data.length} bytes on disk`) : { data };
    },
    exists: async (path) => files.has(slashed(path)) || under(path).length > 0,
    stdinBytes: async () => new TextEncoder().encode(stdin),
    stdinStream: () => Readable.from([stdin]),
    async write(text) {
      stdout += text;
    },
    async writeBytes(data) {
      bytes = data;
      return undefined;
    },
    async writeExtraFile(path, text) {
      written.set(path, text);
      return undefined;
    },
    error: (line) => void stderr.push(line),
    progress: () => ({ tick: () => undefined, done: () => undefined }),
  };
  return { io, stdout: () => stdout, stderr: () => stderr, bytes: () => bytes, written };
}
