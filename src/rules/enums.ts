/**
 * The enumerations of the rule format, free of zod so the evaluation path can use them
 * without loading the schema library. Operators and the words a leaf is made of sit below the
 * rule format, in src/operators/.
 */
export { EVIDENCE_LEVELS, FACT_TYPES, type Evidence, type FactType } from '../operators/vocabulary.js';
/** Condition operators, one per key of src/operators/registry.ts. */
export { OPERATORS, type OperatorName as Operator } from '../operators/registry.js';

export const PROGRAMME_STATUSES = ['trial', 'in-force', 'superseded'] as const;
