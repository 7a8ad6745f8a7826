/** The CommandIo of the command line: the file system, standard streams and the terminal. */
import type { CommandIo } from './command-io.js';
import { readGoldenFiles } from './golden.js';
import { expandInputs } from './inputs.js';
import { progress } from './progress.js';
import { readProfileText } from './read-text.js';
import { cachedVersions } from './rules-cache.js';
import { BUNDLED_RULES, readRuleTexts } from './rules.js';
import { appendText, openSink } from './sink.js';
import { readStdinBytes, stdinStream, writeError } from './terminal.js';

export interface NodeIoOptions {
  write: (text: string) => Promise<void>;
  quiet?: boolean;
}

export function nodeIo(options: NodeIoOptions): CommandIo {
  const summary = process.env.GITHUB_STEP_SUMMARY;
  return {
    readRules: readRuleTexts,
    validatedRules: async (path, texts) => (path === BUNDLED_RULES ? cachedVersions(texts) : undefined),
    readGolden: readGoldenFiles,
    listInputs: expandInputs,
    readProfile: (file) => readProfileText(file, readStdinBytes),
    stdinBytes: readStdinBytes,
    stdinStream,
    write: options.write,
    async writeExtraFile(path, text) {
      const sink = await openSink(path);
      if ('error' in sink) return sink;
      await sink.write(text);
      await sink.close();
      return undefined;
    },
    error: (line) => writeError(`${line}\n`),
    progress: (total) => progress(total, options.quiet ?? false),
    ...(summary ? { appendJobSummary: (markdown: string) => appendText(summary, markdown) } : {}),
  };
}
