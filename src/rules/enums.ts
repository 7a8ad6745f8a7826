/**
 * The enumerations of the rule format, free of zod so the evaluation path can use them
 * without loading the schema library.
 */

/** The four evidence levels; order matters: strongest first. */
export const EVIDENCE_LEVELS = ['stated', 'reported', 'inferred', 'unknown'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** Condition operators. `within` tests a period fact pair against a declared period. */
export const OPERATORS = ['eq', 'ne', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'between', 'within', 'present'] as const;

/** Types a declared fact can have; the profile reader normalises values to them. */
export const FACT_TYPES = ['boolean', 'text', 'enum', 'list', 'years', 'money', 'date', 'district', 'number'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const PROGRAMME_STATUSES = ['trial', 'in-force', 'superseded'] as const;
