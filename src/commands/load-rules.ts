/** Read and validate a rule set for any command; a rule problem means the run cannot start (exit 2). */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { RuleVersion } from '../rules/load.js';

export type RuleSet = { versions: RuleVersion[] } | { failed: { exitCode: ExitCode; output: string; diagnostics: Diagnostic[] } };

export async function loadRuleSet(path: string, io: CommandIo): Promise<RuleSet> {
  const texts = await io.readRules(path);
  if (!texts || texts.length === 0) {
    return {
      failed: { exitCode: EXIT.cannotRun, output: '', diagnostics: [diagnostic('rules/none', path, '', undefined, { input: path })] },
    };
  }
  const cached = await io.validatedRules?.(path, texts);
  if (cached) return { versions: cached };
  const { loadRules } = await import('../rules/load.js');
  const loaded = loadRules(texts);
  if (loaded.diagnostics.some((d) => d.severity === 'error'))
    return { failed: { exitCode: EXIT.cannotRun, output: '', diagnostics: loaded.diagnostics } };
  return { versions: loaded.versions };
}
