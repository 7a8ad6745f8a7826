/** What a command that answers in one piece produces: the text for stdout (or --output), diagnostics for stderr, and the exit code. */
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { type Lang } from '../text/lang.js';
import type { RuleVersion } from '../rules/load.js';
import { loadRuleSet } from './load-rules.js';
import { once } from '../text/messages.js';

export interface CommandOutcome {
  exitCode: ExitCode;
  output: string;
  diagnostics: Diagnostic[];
}

export const cannotRun = (diagnostics: Diagnostic[]): CommandOutcome => ({ exitCode: EXIT.cannotRun, output: '', diagnostics });

/** The rules a command reads, or the outcome that says why it cannot run. */
export async function rulesOrFail(path: string, io: CommandIo): Promise<RuleVersion[] | CommandOutcome> {
  const loaded = await loadRuleSet(path, io);
  return 'failed' in loaded ? { ...loaded.failed } : loaded.versions;
}

/** The outcome out through the io: diagnostics first, then the output; its exit code back. */
export async function deliver(outcome: CommandOutcome | Promise<CommandOutcome>, io: CommandIo, lang: Lang): Promise<ExitCode> {
  const { exitCode, output, diagnostics } = await outcome;
  for (const d of diagnostics) io.error(formatDiagnostic(d, once(lang)));
  if (output) await io.write(output);
  return exitCode;
}
