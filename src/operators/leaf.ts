/**
 * A condition leaf, as the rule format writes it. `Leaf` (src/operators/registry.ts) is the union of
 * one shape per operator, discriminated on `op`, and the unpublished leaf, which has no operator.
 */
import type { Evidence, Overlap, Scalar, Text } from './vocabulary.js';

/** What every leaf carries, whatever its operator. */
export interface LeafBase {
  label: Text;
  /** Source id, optionally followed by a place: `S1`, `S1 §2`. */
  cite: string;
  evidence: Evidence;
  /** Assumption ids this leaf rests on; the output names them. */
  assumes?: string[] | undefined;
  /** What a false test yields: `unknown` where the guideline's list is open (等), so a miss needs review. */
  whenFalse?: 'fail' | 'unknown' | undefined;
  /** `within` only (lint refuses it elsewhere). */
  overlap?: Overlap | undefined;
}

/** A leaf that tests one fact path (`company.x`, `projects[].x`) against a required value. */
export interface OneFactLeaf<Op extends string, V> extends LeafBase {
  op: Op;
  fact: string;
  value: V;
}

/** A rule the guideline does not publish (evidence `unknown`): it never decides, so it has no operator. */
export interface UnpublishedLeaf extends LeafBase {
  op?: undefined;
  fact?: string | [string, string] | undefined;
  value?: undefined;
  evidence: 'unknown';
}

/** A leaf as parsed, before lint has checked its operator against its fact and value. */
export interface ParsedLeaf extends LeafBase {
  op?: string | undefined;
  fact?: string | [string, string] | undefined;
  value?: Scalar | Scalar[] | undefined;
}
