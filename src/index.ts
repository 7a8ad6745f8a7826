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
export { RuleFile, EVIDENCE_LEVELS, OPERATORS, FACT_TYPES, type Evidence, type Condition, type Leaf, type Measure, type Amount } from './rules/schema.js';
export { selectVersions, type Selection, type Skipped } from './rules/select.js';
export { GoldenFile, GoldenCase, runGoldenCase, type Mismatch } from './rules/golden.js';
export { readProfile, type Profile, type Project, type ProfileRead } from './profile/read.js';
export { vocabularyFor, COMPANY_VOCABULARY, PROJECT_VOCABULARY, type Vocabulary } from './profile/vocabulary.js';
export { parseMoney } from './profile/money.js';
export { parseDate, type DateValue } from './profile/dates.js';
export { normaliseDistrict, SHANGHAI_DISTRICTS } from './profile/district.js';
export { checkUscc, usccCheckChar } from './profile/uscc.js';
export { compileProgramme, type CompiledProgramme } from './engine/compile.js';
export { evaluate, evaluateProgramme, type CompanyResult } from './engine/evaluate.js';
export { VERDICTS, type Verdict, type MeasureResult, type ProgrammeResult, type LeafTrace, type Caveat } from './engine/types.js';
export { prepare, checkText, unreadable, type Prepared } from './pipeline.js';
export { buildReport, fileResult, type FileOutcome, type ReportInput } from './report/model.js';
export { Report, FileResult, MeasureReport, ProgrammeReport, REPORT_SCHEMA } from './report/contract.js';
export { loadFormatter, FORMATS, type FormatName, type Formatter, type FormatOptions } from './report/formats.js';
export { LANGS, type Lang } from './report/lang.js';
export { formatDiagnostic, renderMessage, type Diagnostic } from './diagnostics/diagnostic.js';
export { CODES, type Code } from './diagnostics/catalogue.js';
export { EXIT, type ExitCode } from './exit-codes.js';
