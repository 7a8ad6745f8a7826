/**
 * The result of one test, as a small integer so the engine's three-valued algebra
 * (src/engine/conditions.ts) combines them without allocating.
 */
export const PASS = 0;
export const FAIL = 1;
export const UNKNOWN = 2;
export type TestResult = typeof PASS | typeof FAIL | typeof UNKNOWN;
