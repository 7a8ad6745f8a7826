import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temporary folders each test file made (test/scratch.ts).
    setupFiles: ['test/setup.ts'],
    // One process per worker (forks): test/cli-in-process.ts captures a process's stdout and stderr, so
    // two test files must never share one at the same time. Two workers on a two-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Modules are loaded once per worker, not once per file (the import phase was a third of the run);
    // tests restore what they change (mocks, environment, streams) and keep their files in scratch folders.
    isolate: false,
    // Shared, noisy machines: a slow run is not a failure (timings are measured in bench/, not here).
    testTimeout: 60_000,
    // Set-up is in beforeAll (the hostile batch runs the built CLI three times there): the same allowance.
    hookTimeout: 120_000,
  },
});
