/**
 * One seed and run count for every property test, so `npm test` is repeatable. To search longer or
 * elsewhere: `FC_NUM_RUNS=10000 FC_SEED=42 npx vitest run test/properties` (a failure prints its seed
 * and path; set FC_SEED to that seed to replay it).
 */
import fc from 'fast-check';

const SEED = Number(process.env.FC_SEED ?? 20240606);
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 100);

fc.configureGlobal({ seed: SEED, numRuns: NUM_RUNS });

/** Runs for properties that start processes: a few, whatever FC_NUM_RUNS says, unless FC_CLI_RUNS does. */
export const CLI_RUNS = Number(process.env.FC_CLI_RUNS ?? 2);
