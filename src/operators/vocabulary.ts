/**
 * The words a condition leaf is made of, free of zod so the evaluation path can use them without
 * loading the schema library. The rule format (src/rules/schema.ts) builds its schema from these.
 */

/** The four evidence levels; order matters: strongest first. */
export const EVIDENCE_LEVELS = ['stated', 'reported', 'inferred', 'unknown'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** Types a declared fact can have; the profile reader normalises values to them. */
export const FACT_TYPES = ['boolean', 'text', 'enum', 'list', 'years', 'money', 'date', 'district', 'number'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** What a partial overlap with a period yields (`within`). */
export const OVERLAPS = ['unknown', 'fail', 'pass'] as const;
export type Overlap = (typeof OVERLAPS)[number];

/** A required value in a rule. */
export type Scalar = string | number | boolean;

/** Text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** What an operator needs to know of a declared fact. */
export interface DeclaredFact {
  type: FactType;
  /** Allowed values of an `enum`; known values of a `list`. */
  values?: string[] | undefined;
}
