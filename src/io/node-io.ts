/** The CommandIo of the command line: the file system, standard streams and the terminal. */
import type { CommandIo } from './command-io.js';
import { readGoldenFiles } from './golden.js';
import { expandInputs } from './inputs.js';
import { progress } from './progress.js';
import { pathExists, readSheetBytes } from './read-sheet-bytes.js';
import { readProfileText } from './read-text.js';
import { cachedVersions } from './rules-cache.js';
import { BUNDLED_RULES, readRuleTexts } from './rules.js';
import { EXIT } from '../exit-codes.js';
import { appendText, deliver, openSink, writeBinary } from './sink.js';
import { readStdinBytes, stdinStream, writeError } from './terminal.js';

export interface NodeIoOptions {
  write: (text: string) => Promise<void>;
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
    readBytes: async (file) => readSheetBytes(file),
    exists: async (path) => pathExists(path),
    stdinBytes: readStdinBytes,
    stdinStream,
    write: options.write,
    writeBytes: (bytes) => writeBinary(options.output, bytes),
    async writeExtraFile(path, text) {
      const sink = await openSink(path, { overwrite: options.overwrite ?? true });
      if ('error' in sink) return sink;
      let failed: string | undefined;
      await deliver(
        sink,
        async () => {
          await sink.write(text);
          return EXIT.ok;
        },
        (line) => {
          failed = line;
        },
      );
      return failed === undefined ? undefined : { error: failed.replace(/^error: /, '') };
    },
    error: (line) => writeError(`${line}\n`),
    progress: (total) => progress(total, options.quiet ?? false),
    ...(summary ? { appendJobSummary: (markdown: string) => appendText(summary, markdown) } : {}),
  };
}
