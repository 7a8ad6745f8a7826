/**
 * `rules lint` beyond what loading checks: the lifecycle checks, each a small named function with a
 * stable code. Loading (schema, references, leaf types) decides whether rules can run at all; these
 * say whether they are complete, consistent across versions, translated and tested.
 */
import type { Finding } from '../rules/finding.js';
import type { LocatedCase } from './golden-files.js';
import { capScopeStated } from '../rules/lint-amounts.js';
import { unusedFacts } from './lint-facts.js';
import { measuresTested } from './lint-golden.js';
import { translations } from './lint-translations.js';
import { unknownWithValue } from './lint-unknown.js';
import { versionDates, type VersionFinding } from './lint-versions.js';
import { windowsClosed, windowsInsideEffective } from './lint-windows.js';
import type { RuleVersion } from '../rules/load.js';
import type { RuleFile } from '../rules/schema.js';

export type { VersionFinding };

/** Checks of one rule file. */
export const FILE_CHECKS: readonly ((rule: RuleFile) => Finding[])[] = [
  unusedFacts,
  unknownWithValue,
  translations,
  windowsInsideEffective,
  capScopeStated,
];

export interface LifecycleInput {
  versions: readonly RuleVersion[];
  /** The date `windows-closed` is judged on. */
  asOf: string;
  cases: readonly LocatedCase[];
}

/** Checks across the versions of a programme, against the date, and against the golden cases. */
export const SET_CHECKS: readonly ((input: LifecycleInput) => VersionFinding[])[] = [
  ({ versions }) => versionDates(versions),
  ({ versions, asOf }) => windowsClosed(versions, asOf),
  ({ versions, cases }) => measuresTested(versions, cases),
];

export function lifecycleFindings(input: LifecycleInput): VersionFinding[] {
  const perFile = input.versions.flatMap(({ file, rule }) => FILE_CHECKS.flatMap((check) => check(rule).map((f) => ({ ...f, file }))));
  return [...perFile, ...SET_CHECKS.flatMap((check) => check(input))];
}
