/**
 * Everything a command reads and writes, injected, so every command runs in memory in tests
 * (test/memory-io.ts) as it does on a machine (src/io/node-io.ts): rule files, golden cases,
 * profile inputs, client sheets, standard input, the report (text or bytes), diagnostics and progress.
 */
import type { RuleText, RuleVersion } from '../rules/load.js';
import type { GoldenFiles } from './golden.js';
import type { Expanded } from './inputs.js';
import type { Progress } from './progress.js';
import type { ReadAhead } from './read-ahead.js';
import type { SheetBytes } from './read-sheet-bytes.js';
import type { TextRead } from './read-text.js';

export interface CommandIo {
  /** The rule files at a path (one file, or `<dir>/<programme>/<version>.yaml`); undefined when nothing is there. */
  readRules(path: string): Promise<RuleText[] | undefined>;
  /** Versions already validated for exactly these texts (a build-time cache), when there are any. */
  validatedRules?(path: string, texts: readonly RuleText[]): Promise<RuleVersion[] | undefined>;
  /** The golden-case files beside the rules at a path, and a reader for the profiles they name. */
  readGolden(path: string): Promise<GoldenFiles>;
  /** Command-line arguments (files, folders, globs, `-`) into profile inputs, in order. */
  listInputs(args: readonly string[], options?: { exclude?: string }): Promise<Expanded>;
  /** One profile's text, within the size limit; `-` is standard input. */
  readProfile(file: string): Promise<TextRead>;
  /** Reads these profile files ahead, in this order, as readProfile would (a batch of many files); absent in memory. */
  readAhead?(files: readonly string[]): Promise<ReadAhead>;
  /** A client sheet's bytes (`.csv`, `.xlsx`), within its size limit; the problem as data. */
  readBytes(file: string): Promise<SheetBytes>;
  /** Whether anything is at a path (explain tells a sheet file from a `<file>:<sheet>!<row>` name). */
  exists(path: string): Promise<boolean>;
  stdinBytes(): Promise<Uint8Array>;
  stdinStream(): NodeJS.ReadableStream;
  /** The command's output: stdout or `--output`. */
  write(text: string | Uint8Array): Promise<void>;
  /** A binary output instead of text (the xlsx template): stdout or `--output`; the reason when it cannot be. */
  writeBytes(bytes: Uint8Array): Promise<{ error: string } | undefined>;
  /** A second file the command was asked to write (`template --schema-out`); the reason when it cannot be. */
  writeExtraFile(path: string, text: string): Promise<{ error: string } | undefined>;
  /** One diagnostic line, for stderr. */
  error(line: string): void;
  progress(total: number | undefined): Progress;
  /** Appends to the CI job summary (GitHub's $GITHUB_STEP_SUMMARY), when there is one. */
  appendJobSummary?: (markdown: string) => Promise<void>;
}
