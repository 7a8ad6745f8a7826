/** What a rule-lifecycle command returns: the text for stdout (or --output), diagnostics for stderr, and the exit code. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { loadRuleSet } from './load-rules.js';
import type { RuleVersion } from '../rules/load.js';

export interface CommandOutcome {
  exitCode: ExitCode;
  output: string;
  diagnostics: Diagnostic[];
}

export const cannotRun = (diagnostics: Diagnostic[]): CommandOutcome => ({ exitCode: EXIT.cannotRun, output: '', diagnostics });

/** The rules a command reads, or the outcome that says why it cannot run. */
export async function rulesOrFail(path: string): Promise<RuleVersion[] | CommandOutcome> {
  const loaded = await loadRuleSet(path);
  return 'failed' in loaded ? { ...loaded.failed } : loaded.versions;
}
