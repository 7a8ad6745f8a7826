/**
 * `rules test [path]`: load the rules and their golden cases, read the profiles cases name, run every
 * case, measure coverage, format. Exit 2 when rules or golden files are invalid, 1 when a case fails
 * or coverage is below `--min-coverage`, else 0.
 */
import { hasErrors } from '../diagnostics/diagnostic.js';
import { EXIT, worst, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { Lang } from '../text/lang.js';
import { passed, TEST_FORMATTERS, type TestFormat } from '../lifecycle/render/test.js';
import { reaches } from '../lifecycle/coverage.js';
import { parseGoldenFiles, unknownProgrammes } from '../lifecycle/golden-files.js';
import { caseKey, runCases } from '../lifecycle/test-run.js';
import { deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface TestOptions {
  rules: string;
  /** Percent of condition leaves the cases must drive both true and false. */
  minCoverage?: number;
  format: TestFormat;
  lang: Lang;
}

export function runRulesTest(options: TestOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(test(options, io), io, options.lang);
}

async function test(options: TestOptions, io: CommandIo): Promise<CommandOutcome> {
  const versions = await rulesOrFail(options.rules, io);
  if (!Array.isArray(versions)) return versions;
  const golden = await io.readGolden(options.rules);
  const parsed = parseGoldenFiles(golden.texts);
  const diagnostics = [
    ...parsed.diagnostics,
    ...unknownProgrammes(
      golden.texts,
      versions.map((v) => v.rule.programme.id),
    ),
  ];
  const profiles = new Map<string, { text: string } | { reason: string }>();
  for (const c of parsed.cases) if (c.case.profileFile) profiles.set(caseKey(c), await golden.readProfile(c.file, c.case.profileFile));
  const run = runCases(versions, parsed.cases, profiles);
  const coverageMet = options.minCoverage === undefined || reaches(run.coverage.leaves, options.minCoverage);
  const output = TEST_FORMATTERS[options.format]({ ...run, minCoverage: options.minCoverage, coverageMet, lang: options.lang });
  const failed = run.cases.some((c) => !passed(c)) || !coverageMet;
  const problems = [...diagnostics, ...run.cases.flatMap((c) => (c.problem ? [c.problem] : []))];
  return {
    exitCode: worst([hasErrors(diagnostics) ? EXIT.cannotRun : EXIT.ok, failed ? EXIT.gate : EXIT.ok]),
    output,
    diagnostics: problems,
  };
}
