/**
 * `rules lint [path]`: what loading finds (schema, references, leaf types) plus the lifecycle checks,
 * located in their files; golden files are checked too, since one check reads them. Exit 2 on errors.
 */
import { diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { Lang } from '../text/lang.js';
import { LINT_FORMATTERS, type LintFormat } from '../lifecycle/render/lint.js';
import { parseGoldenFiles, unknownProgrammes } from '../lifecycle/golden-files.js';
import { lifecycleFindings } from '../lifecycle/lint-lifecycle.js';
import { loadRules } from '../rules/load.js';
import { byPosition, locateFindings } from '../lifecycle/locate.js';
import { cannotRun, deliver, type CommandOutcome } from './rules-outcome.js';

export interface LintOptions {
  rules: string;
  /** The date `lint/windows-closed` is judged on. */
  asOf: string;
  format: LintFormat;
  lang: Lang;
}

export function runRulesLint(options: LintOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(lint(options, io), io, options.lang);
}

async function lint(options: LintOptions, io: CommandIo): Promise<CommandOutcome> {
  const texts = await io.readRules(options.rules);
  if (!texts || texts.length === 0) return cannotRun([diagnostic('rules/none', options.rules, '', undefined, { input: options.rules })]);
  const loaded = loadRules(texts);
  const golden = await io.readGolden(options.rules);
  const parsed = parseGoldenFiles(golden.texts);
  // A programme whose file failed to load still has its folder: its cases are not orphans.
  const known = [...loaded.versions.map((v) => v.rule.programme.id), ...texts.map((t) => t.file.split(/[\\/]/).at(-2) ?? '')];
  const findings = lifecycleFindings({ versions: loaded.versions, asOf: options.asOf, cases: parsed.cases });
  const diagnostics = [
    ...loaded.diagnostics,
    ...locateFindings(texts, findings),
    ...parsed.diagnostics,
    ...unknownProgrammes(golden.texts, known),
  ].sort(byPosition);
  const output = LINT_FORMATTERS[options.format]({ asOf: options.asOf, files: texts.length, diagnostics, lang: options.lang });
  return { exitCode: hasErrors(diagnostics) ? EXIT.cannotRun : EXIT.ok, output, diagnostics: [] };
}
