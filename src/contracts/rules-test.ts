/**
 * `rules test --format json`, `subsidy-check/rules-test@1`: every golden case with what did not
 * match, and how thoroughly the cases exercise the rules. Public: it changes only by adding; a
 * breaking change bumps the id.
 */
import { z } from 'zod';
import { AsOf, Bilingual, Count, Position, ProgrammeId, VersionName } from './primitives.js';
import { RULES_TEST_SCHEMA } from './schema-id.js';

export { RULES_TEST_SCHEMA };

/** One thing a case expected and got otherwise. */
export const CaseMismatch = z.strictObject({
  /** What differs: `maxTotal`, `rent-subsidy maxAmount`, `project-subsidy@p1 verdict`, `version`, `profileFile`. */
  what: z.string(),
  /** What the case expects: any JSON value (a verdict, an amount, a list of codes). */
  expected: z.unknown(),
  /** What the rules gave (for `profileFile`: why the file could not be read). */
  actual: z.unknown(),
});

export const CaseResult = z.strictObject({
  /** The golden-case file and the line the case starts on. */
  file: z.string(),
  line: Position,
  programme: ProgrammeId,
  name: z.string(),
  asOf: AsOf,
  /** The version that answered, or null when none was in force (or the case could not run). */
  version: VersionName.nullable(),
  /** Empty when the case passed. */
  mismatches: z.array(CaseMismatch),
  passed: z.boolean(),
});

/** A share of things exercised both ways. */
export const CoverageShare = z.strictObject({
  total: Count,
  /** Driven both ways. */
  both: Count,
  /** `both / total` in percent, rounded down to one decimal (100 when there is nothing to cover). */
  percent: z.number().min(0).max(100),
});

/** A condition leaf the cases never drove both true and false. */
export const UncoveredLeaf = z.strictObject({
  file: z.string(),
  programme: ProgrammeId,
  version: VersionName,
  /** The leaf's dotted path in the rule file: `measures[1].when.all[0]`. */
  path: z.string(),
  /** The leaf's label in both languages. */
  label: Bilingual,
  wasTrue: z.boolean(),
  wasFalse: z.boolean(),
});

/** A measure the cases never found both eligible and ineligible. */
export const UncoveredMeasure = z.strictObject({
  programme: ProgrammeId,
  version: VersionName,
  measure: z.string(),
  wasEligible: z.boolean(),
  wasIneligible: z.boolean(),
});

export const TestCoverage = z.strictObject({
  /** Condition leaves driven both true and false; leaves of `unknown` evidence are left out. */
  leaves: CoverageShare,
  /** Measures found both eligible and ineligible. */
  measures: CoverageShare,
  /** Leaves of `unknown` evidence: they never decide, so no case can drive them. */
  undecidable: Count,
  /** `--min-coverage` in percent of leaves, or null when not asked. */
  minimum: z.number().nullable(),
  /** Whether the minimum is reached (true without one). */
  met: z.boolean(),
  uncoveredLeaves: z.array(UncoveredLeaf),
  uncoveredMeasures: z.array(UncoveredMeasure),
});

export const RulesTest = z.strictObject({
  schema: z.literal(RULES_TEST_SCHEMA),
  summary: z.strictObject({ cases: Count, passed: Count, failed: Count }),
  cases: z.array(CaseResult),
  coverage: TestCoverage,
});

export type CaseResult = z.infer<typeof CaseResult>;
export type TestCoverage = z.infer<typeof TestCoverage>;
export type RulesTest = z.infer<typeof RulesTest>;
