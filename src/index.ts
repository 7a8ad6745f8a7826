/**
 * The embeddable core: load rules from texts, read a profile, evaluate, build and format a report.
 * Nothing here reads files, the clock or the terminal; the caller passes texts and the as-of date.
 *
 *   const { versions, diagnostics } = loadRules([{ file: 'rules/x/2022.yaml', text }]);
 *   const prepared = prepare(versions, '2022-07-05');
 *   const outcome = checkText(prepared, 'acme.yaml', 'yaml', profileText);
 *   const report = buildReport({ tool, asOf, selected: prepared.selected, skipped: prepared.skipped, lang: 'en' }, [fileResult(outcome, 'en')]);
 */
export { loadRules, type LoadedRules, type RuleText, type RuleVersion } from './rules/load.js';
export {
  RuleFile,
  EVIDENCE_LEVELS,
  OPERATORS,
  FACT_TYPES,
  type Evidence,
  type Condition,
  type Leaf,
  type Measure,
  type Amount,
} from './rules/schema.js';
export { selectVersions, type Selection, type Skipped } from './rules/select.js';
export { GoldenFile, GoldenCase, runGoldenCase, type Mismatch } from './lifecycle/golden.js';
export { readProfile, type Profile, type Project, type ProfileRead } from './profile/read.js';
export { vocabularyFor, COMPANY_VOCABULARY, PROJECT_VOCABULARY, type Vocabulary } from './profile/vocabulary.js';
export { parseMoney } from './profile/money.js';
export { parseDate, type DateValue } from './profile/dates.js';
export { normaliseDistrict, SHANGHAI_DISTRICTS } from './profile/district.js';
export { checkUscc, usccCheckChar } from './profile/uscc.js';
export { compileProgramme, type CompiledProgramme } from './engine/compile.js';
export { evaluate, evaluateProgramme, type CompanyResult, type EvaluateOptions } from './engine/evaluate.js';
export { VERDICTS, type Verdict, type MeasureResult, type ProgrammeResult, type LeafTrace, type Caveat } from './engine/types.js';
export { prepare, checkText, unreadable, type Prepared } from './pipeline.js';
export { buildReport, fileResult, compactResult, DETAILS, type Detail, type FileOutcome, type ReportInput } from './report/model.js';
export {
  Report,
  FileResult,
  MeasureReport,
  ProgrammeReport,
  CompactReport,
  CompactFileResult,
  CompactMeasureReport,
  ReportDocument,
  NdjsonHeader,
  NdjsonSummary,
  REPORT_SCHEMA,
} from './contracts/report.js';
// The other versioned JSON documents, and the JSON Schema of each (`subsidy-check schema <document>`).
export { Explanation, EXPLAIN_SCHEMA } from './contracts/explain.js';
export { RulesList, RULES_LIST_SCHEMA } from './contracts/rules-list.js';
export { RulesLint, RULES_LINT_SCHEMA } from './contracts/rules-lint.js';
export { RulesTest, RULES_TEST_SCHEMA } from './contracts/rules-test.js';
export { RulesDiff, RULES_DIFF_SCHEMA } from './contracts/rules-diff.js';
export { DOCUMENTS, type DocumentName } from './contracts/document-names.js';
export { documentJsonSchema } from './contracts/json-schema.js';
export { loadFormatter, FORMATS, type FormatName, type Formatter, type FormatOptions } from './formats/registry.js';
export { LANGS, type Lang } from './text/lang.js';
export { formatDiagnostic, renderMessage, type Diagnostic } from './diagnostics/diagnostic.js';
export { CODES, type Code } from './diagnostics/catalogue.js';
export { EXIT, type ExitCode } from './exit-codes.js';
// The rule lifecycle: what `rules list|lint|test|diff` and `schema` compute, without the CLI.
export type { Pin } from './rules/select.js';
export { parsePin, pinProblems } from './rules/pin.js';
export { summarise, type VersionSummary, type EvidenceCounts } from './lifecycle/summary.js';
export { lifecycleFindings, FILE_CHECKS, SET_CHECKS, type LifecycleInput, type VersionFinding } from './lifecycle/lint-lifecycle.js';
export { locateFindings } from './lifecycle/locate.js';
export { parseGoldenFiles, type GoldenText, type LocatedCase } from './lifecycle/golden-files.js';
export { evaluateGoldenCase, type GoldenRun } from './lifecycle/golden.js';
export { runCases, type CaseOutcome, type TestRun } from './lifecycle/test-run.js';
export { coverageOf, reaches, type Coverage, type Share } from './lifecycle/coverage.js';
export { diffRules, type RuleChange } from './lifecycle/diff.js';
export { planFolders, diffPairs, type DiffPlan, type PairDiff, type VersionRef } from './lifecycle/diff-plan.js';
export { diffProfiles, type ProfilesDiff, type ProfileChange, type VersionPair } from './lifecycle/diff-profiles.js';
export { rulesJsonSchema, RULES_SCHEMA_ID } from './rules/json-schema.js';
export { profileSchema } from './profile/schema.js';
export { profileJsonSchema, PROFILE_SCHEMA_ID } from './profile/json-schema.js';
