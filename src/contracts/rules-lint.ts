/**
 * `rules lint --format json`, `subsidy-check/rules-lint@1`: every finding over the rule files, with
 * its stable code and location. Public: it changes only by adding; a breaking change bumps the id.
 */
import { z } from 'zod';
import { AsOf, Count, Position, Severity } from './primitives.js';
import { RULES_LINT_SCHEMA } from './schema-id.js';

export { RULES_LINT_SCHEMA };

/** One finding: `file:line:column severity code message`, as data. */
export const LintFinding = z.strictObject({
  /** The rule or golden-case file, as given. */
  file: z.string(),
  line: Position,
  column: Position,
  severity: Severity,
  /** A stable code (`rules/unknown-source`, `lint/cap-scope`): assert on it, not on the message. */
  code: z.string(),
  /** The dotted path in the file (`measures[1].amount.capScope`); empty for the whole file. */
  path: z.string(),
  /** The finding in words (Chinese with `--lang zh`, else English). */
  message: z.string(),
});

export const RulesLint = z.strictObject({
  schema: z.literal(RULES_LINT_SCHEMA),
  asOf: AsOf,
  /** Rule files checked. */
  files: Count,
  summary: z.strictObject({ errors: Count, warnings: Count }),
  diagnostics: z.array(LintFinding),
});

export type LintFinding = z.infer<typeof LintFinding>;
export type RulesLint = z.infer<typeof RulesLint>;
