/** The CommandIo of the command line: the file system, standard streams and the terminal. */
import type { CommandIo } from './command-io.js';
import { readGoldenFiles } from './golden.js';
import { expandInputs } from './inputs.js';
import { progress } from './progress.js';
import { pathExists, readSheetBytes } from './read-sheet-bytes.js';
import { readProfileText } from './read-text.js';
import { cachedVersions } from './rules-cache.js';
import { BUNDLED_RULES, readRuleTexts } from './rules.js';
import { appendText, writeWhole } from './sink.js';
import { readStdinBytes, stdinStream, writeError } from './terminal.js';

export interface NodeIoOptions {
  write: (text: string | Uint8Array) => Promise<void>;
  /** Where a binary output goes: `--output`, or standard output when absent. */
  output?: string | undefined;
  quiet?: boolean;
  /** Whether a file written beside the output (template's --schema-out) may replace one (--force). */
  overwrite?: boolean;
}

export function nodeIo(options: NodeIoOptions): CommandIo {
  const summary = process.env.GITHUB_STEP_SUMMARY;
  return {
    readRules: readRuleTexts,
    validatedRules: async (path, texts) => (path === BUNDLED_RULES ? cachedVersions(texts) : undefined),
    readGolden: readGoldenFiles,
    listInputs: expandInputs,
    readProfile: (file) => readProfileText(file, readStdinBytes),
    readAhead: async (files) => (await import('./read-ahead.js')).readAhead(files, (file) => readProfileText(file, readStdinBytes)),
    readBytes: async (file) => readSheetBytes(file),
    exists: async (path) => pathExists(path),
    stdinBytes: readStdinBytes,
    stdinStream,
    write: options.write,
    writeBytes: (bytes) => writeWhole(options.output, bytes, { overwrite: options.overwrite ?? true }),
    writeExtraFile: (path, text) => writeWhole(path, text, { overwrite: options.overwrite ?? true }),
    error: (line) => writeError(`${line}\n`),
    progress: (total) => progress(total, options.quiet ?? false),
    ...(summary ? { appendJobSummary: (markdown: string) => appendText(summary, markdown) } : {}),
  };
}
