/**
 * `rules diff --format json`, `subsidy-check/rules-diff@1`: per compared pair of versions every change
 * as data and in words, the versions added or removed, and with `--profiles` whose results move.
 * Public: it changes only by adding; a breaking change bumps the id.
 */
import { z } from 'zod';
import { CHANGE_AREAS, CHANGE_KINDS } from '../lifecycle/diff-change.js';
import { AsOf, Bilingual, Count, ProgrammeId, Sha256, Verdict, VersionName, Yuan } from './primitives.js';
import { RULES_DIFF_SCHEMA } from './schema-id.js';

export { RULES_DIFF_SCHEMA };

/** One side of a comparison: a version and the exact file it was read from. */
export const VersionRefDiff = z.strictObject({ programme: ProgrammeId, version: VersionName, file: z.string(), sha256: Sha256 });

/** One difference between two versions of a programme. */
export const RuleChangeDiff = z.strictObject({
  /** Which part of the rule file: `programme`, `window`, `condition`, `amount`, … */
  area: z.enum(CHANGE_AREAS),
  /** The measure the change belongs to; null for the programme's own parts (a condition with null is in the gate). */
  measure: z.string().nullable(),
  /** Which item of the area: an id, a fact path, a condition's label (in both languages); null for the area itself. */
  item: z.union([z.string(), Bilingual]).nullable(),
  kind: z.enum(CHANGE_KINDS),
  /** For `changed`: the field that differs (`cap`, `value`, `closes`, `combination`, `items`, …); else null. */
  field: z.string().nullable(),
  /** For `changed`: the value before, as the rule file has it (any JSON value); absent where that side has none. */
  from: z.unknown().optional(),
  /** For `changed`: the value after; absent where that side has none. */
  to: z.unknown().optional(),
  /** The change in words (Chinese with `--lang zh`, else English). */
  message: z.string(),
});

export const PairDiffReport = z.strictObject({ from: VersionRefDiff, to: VersionRefDiff, changes: z.array(RuleChangeDiff) });

/** A measure's answer under one version. */
export const AnswerDiff = z.strictObject({ verdict: Verdict, maxAmount: Yuan.nullable() });

/** A profile whose verdicts or maximum amounts differ between the two versions of a programme. */
export const ProfileChangeDiff = z.strictObject({
  file: z.string(),
  programme: ProgrammeId,
  fromVersion: VersionName,
  toVersion: VersionName,
  /** Each (measure, project) whose answer moves; an answer is null where that version has no such measure. */
  measures: z.array(
    z.strictObject({ measure: z.string(), project: z.string().nullable(), from: AnswerDiff.nullable(), to: AnswerDiff.nullable() }),
  ),
  /** The programme's total under each version. */
  maxTotal: z.strictObject({ from: Yuan, to: Yuan }),
});

export const RulesDiff = z.strictObject({
  schema: z.literal(RULES_DIFF_SCHEMA),
  asOf: AsOf,
  pairs: z.array(PairDiffReport),
  /** Versions on the second side only. */
  added: z.array(VersionRefDiff),
  /** Versions on the first side only. */
  removed: z.array(VersionRefDiff),
  /** With `--profiles`: how many were compared, whose results change, and which could not be read (files); else null. */
  profiles: z.strictObject({ compared: Count, changes: z.array(ProfileChangeDiff), invalid: z.array(z.string()) }).nullable(),
});

export type RuleChangeDiff = z.infer<typeof RuleChangeDiff>;
export type ProfileChangeDiff = z.infer<typeof ProfileChangeDiff>;
export type RulesDiff = z.infer<typeof RulesDiff>;
