/**
 * Parts of the report contract (`subsidy-check/report@1`, ./contract.ts) that advise rather than
 * judge: what it would take for a measure to become eligible, the documents to submit and the
 * application windows. Added in @1; like the rest of the contract, they change only by adding.
 */
import { z } from 'zod';
import { QUALIFY_STATUSES } from '../engine/changes.js';
import { Actual, Evidence, PublishedDate, Yuan } from './primitives.js';

/** Every change has the concrete profile path it concerns and a sentence in the chosen language. */
const Common = {
  /** `company.credit`, `projects[0].investment`; `projects` for `add-project`. */
  fact: z.string(),
  message: z.string(),
};

/** One change to a profile, by kind (the engine's `CHANGE_KINDS`). */
export const ChangeReport = z.discriminatedUnion('kind', [
  /** A missing fact: the question the rules give for it, and what the condition requires. */
  z.strictObject({ kind: z.literal('ask'), ...Common, question: z.string(), expected: z.string() }),
  /** A number past a threshold: add `delta` (remove, when negative) to reach `target`; money in yuan. */
  z.strictObject({ kind: z.literal('threshold'), ...Common, actual: z.number(), target: z.number(), delta: z.number() }),
  /** A project date moved into a period by `by` days or months; negative is earlier. */
  z.strictObject({
    kind: z.literal('shift'),
    ...Common,
    actual: z.string(),
    target: z.string(),
    unit: z.enum(['days', 'months']),
    by: z.number().int(),
  }),
  /** Another value of a fact the company can change. */
  z.strictObject({ kind: z.literal('set'), ...Common, actual: Actual, target: Actual }),
  /** Another value of a fact that says what the company or project is: registration, legal form, credit. */
  z.strictObject({ kind: z.literal('structural'), ...Common, actual: Actual, target: Actual }),
  /** A value outside an open list: a reviewer decides; `expected` is the list. */
  z.strictObject({ kind: z.literal('review'), ...Common, actual: Actual, expected: z.string() }),
  /** A per-project measure on a profile with no project. */
  z.strictObject({ kind: z.literal('add-project'), ...Common }),
]);

/** What it would take for an ineligible or undetermined measure to become eligible. */
export const ToQualifyReport = z.strictObject({
  /** `small`: small changes only; `structural`: at least one structural change; `blocked`: no profile can. */
  status: z.enum(QUALIFY_STATUSES),
  /** Every change needed, together; the tool has checked that with them the measure is eligible. */
  changes: z.array(ChangeReport),
  /** When blocked: the conditions the guideline does not publish, which no profile can satisfy. */
  blockers: z.array(z.strictObject({ label: z.string(), cite: z.string(), message: z.string() })),
  /** The measure's maxAmount once eligible; null when unpublished or set by an answer still to come. */
  unlocks: Yuan.nullable(),
  /** Where a change moves the amount's base, the most a larger base gives (the cap); else `unlocks`. */
  upTo: Yuan.nullable(),
  /** The changes and the amount in one line. */
  summary: z.string(),
  /** Added in @1: the profile path the amount is computed from when the changes ask for or move it (then `unlocks` is null). */
  dependsOn: z.string().nullable(),
  /** Added in @1: the rule's Chinese label of `dependsOn`. */
  dependsOnZh: z.string().nullable(),
});

/** A document to submit, as the rules list it. */
export const DocumentReport = z.strictObject({
  label: z.string(),
  /** How: format, seal, copies, where to deliver; null when the rules do not say. */
  how: z.string().nullable(),
  cite: z.string(),
  evidence: Evidence,
});

/** One application window of a programme, as the rules declare it. */
export const WindowDetailReport = z.strictObject({
  id: z.string(),
  label: z.string(),
  opens: PublishedDate,
  closes: PublishedDate,
  cite: z.string(),
  evidence: Evidence,
});

export type ChangeReport = z.infer<typeof ChangeReport>;
export type ToQualifyReport = z.infer<typeof ToQualifyReport>;
export type DocumentReport = z.infer<typeof DocumentReport>;
export type WindowDetailReport = z.infer<typeof WindowDetailReport>;
