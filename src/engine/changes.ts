/**
 * What-it-takes as data: the changes to a profile that would flip a condition, each with the value
 * used to check that the measure really becomes eligible. Rendering is left to the report.
 */
import type { LeafChange } from '../operators/changes.js';
import type { Leaf } from '../rules/schema.js';

/**
 * - `ask`: the fact is missing; ask the client the rule's question.
 * - `threshold`: a number or amount short of (or past) a limit, by an exact delta.
 * - `shift`: a project date moved into a period, by days or months.
 * - `set`: another value of a fact the company can change (a project's status, a joint application).
 * - `structural`: another value of a fact that says what the company or project is ({@link STRUCTURAL_FACTS}).
 * - `review`: the value is outside an open list (等); a reviewer decides, the profile need not change.
 * - `add-project`: the measure is per project and the profile lists none.
 */
export const CHANGE_KINDS = ['ask', 'threshold', 'shift', 'set', 'structural', 'review', 'add-project'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How far what-it-takes reaches: small changes only, a structural change among them, or nothing can. */
export const QUALIFY_STATUSES = ['small', 'structural', 'blocked'] as const;
export type QualifyStatus = (typeof QUALIFY_STATUSES)[number];

/** A change to one fact that flips one leaf (src/operators/changes.ts), or a project to add. */
export type Change = LeafChange | { kind: 'add-project'; fact: 'projects'; ruleFact: 'projects'; leaf: null; fill: null };

export interface ToQualify {
  status: QualifyStatus;
  /** Every change needed, together; empty when blocked. */
  changes: Change[];
  /** Conditions of unknown evidence (unpublished rules) that stand in the way when blocked. */
  blockers: Leaf[];
  /** The measure's maxAmount once eligible; null when unpublished or set by an answer not yet known. */
  unlocks: number | null;
  /** Where a change sets the amount's base, the most a larger base gives (the cap, null without one); else `unlocks`. */
  upTo: number | null;
  /** The profile path the amount is computed from, when the changes ask for or move it; else null. */
  dependsOn: string | null;
}

/** Rank: what can be unlocked before what cannot, then the larger amount first; unknown amounts after known ones. */
export function byUnlocks(a: Pick<ToQualify, 'status' | 'unlocks' | 'upTo'>, b: Pick<ToQualify, 'status' | 'unlocks' | 'upTo'>): number {
  const blocked = Number(a.status === 'blocked') - Number(b.status === 'blocked');
  return blocked || desc(a.unlocks, b.unlocks) || desc(a.upTo, b.upTo);
}

const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
