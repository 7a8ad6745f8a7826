/**
 * `rules list --format json`, `subsidy-check/rules-list@1`: every programme version the rules hold,
 * by programme then effective start. Public: it changes only by adding; a breaking change bumps the id.
 */
import { z } from 'zod';
import { PROGRAMME_STATUSES } from '../rules/enums.js';
import { AsOf, Count, Evidence, ProgrammeId, PublishedDate, Sha256, VersionName } from './primitives.js';
import { RULES_LIST_SCHEMA } from './schema-id.js';

export { RULES_LIST_SCHEMA };

/** How many condition leaves (or amounts) rest on each evidence level. */
export const EvidenceCountsList = z.strictObject({ stated: Count, reported: Count, inferred: Count, unknown: Count });

export const VersionListed = z.strictObject({
  programme: ProgrammeId,
  version: VersionName,
  /** The programme's title in the chosen language (`both`: English / Chinese). */
  title: z.string(),
  /** The document number: `普科合规〔2020〕1号`. */
  document: z.string(),
  status: z.enum(PROGRAMME_STATUSES),
  /** The as-of dates this version answers for; null: open-ended. */
  effective: z.strictObject({ from: PublishedDate, to: PublishedDate }),
  /** Application windows, labelled in the chosen language; a date is null where the rules do not publish it. */
  windows: z.array(z.strictObject({ id: z.string(), label: z.string(), opens: PublishedDate, closes: PublishedDate })),
  /** The programme this one succeeds, with how well that is supported; null when none. */
  supersedes: z.strictObject({ programme: ProgrammeId, evidence: Evidence }).nullable(),
  /** `programme@version` of the loaded versions that name this programme as the one they succeed. */
  supersededBy: z.array(z.string()),
  /** Whether this version answers for the as-of date. */
  inForce: z.boolean(),
  /** How many measures it has. */
  measures: Count,
  /** Condition leaves (gate and measures) and amounts, counted by evidence level. */
  evidence: z.strictObject({ conditions: EvidenceCountsList, amounts: EvidenceCountsList }),
  /** The rule file, as given (relative to where the command ran). */
  file: z.string(),
  sha256: Sha256,
});

export const RulesList = z.strictObject({
  schema: z.literal(RULES_LIST_SCHEMA),
  asOf: AsOf,
  programmes: z.array(VersionListed),
});

export type VersionListed = z.infer<typeof VersionListed>;
export type RulesList = z.infer<typeof RulesList>;
