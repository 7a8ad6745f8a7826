import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temporary folders each test file made (test/scratch.ts).
    setupFiles: ['test/setup.ts'],
    // End-to-end tests spawn the built CLI; keep the pool small on two-core machines.
    maxWorkers: 2,
    // Shared, noisy machines: a slow run is not a failure (timings are measured in bench/, not here).
    testTimeout: 60_000,
    // Set-up is in beforeAll (the hostile batch runs the built CLI three times there): the same allowance.
    hookTimeout: 120_000,
  },
});
