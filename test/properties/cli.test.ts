/**
 * The built CLI on generated rules and profiles, a few runs only (each starts four processes): the
 * output is byte-identical with one thread or two, in any order of arguments result by result, parses
 * and matches the report schema, and the exit code says whether some profile was invalid.
 */
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_RUNS } from './settings.js';
import { CompactReport as Report } from '../../src/contracts/report.js';
import { cliIn } from '../cli-in-process.js';
import { cli } from '../e2e/run.js';
import { profile, profileText, ruleFile, ruleText } from './arbitraries.js';
import { scratch } from '../scratch.js';

describe('the CLI on generated inputs', () => {
  it('gives the same JSON report with --jobs 1 and --jobs 2, and the same results in reverse order', async () => {
    await fc.assert(
      fc.asyncProperty(
        ruleFile(),
        fc.array(fc.tuple(profile, fc.constantFrom('yaml' as const, 'json' as const)), { minLength: 3, maxLength: 6 }),
        async (rule, profiles) => {
          const dir = scratch('sc-prop-');
          try {
            const rules = ruleText(rule);
            mkdirSync(join(dir, 'rules', rule.programme.id), { recursive: true });
            writeFileSync(join(dir, rules.file), rules.text);
            const files = profiles.map(([p, format], i) => {
              const file = join(dir, `p${i}.${format}`);
              writeFileSync(file, profileText(p, format));
              return file;
            });
            const args = (jobs: string, inputs: string[]) => [
              'check',
              ...inputs,
              '--rules',
              join(dir, 'rules'),
              '--as-of',
              '2022-07-05',
              '--format',
              'json',
              '--jobs',
              jobs,
            ];
            // --jobs 1 in this process, --jobs 2 through the built CLI (worker threads start from dist/).
            const one = await cliIn(args('1', files));
            const two = cli(args('2', files));
            expect(one.stderr).not.toMatch(/^\s+at /m);
            expect(two.stdout).toBe(one.stdout);
            const report = Report.parse(JSON.parse(one.stdout));
            expect(one.code).toBe(report.summary.invalid > 0 ? 3 : 0);
            const reversed = Report.parse(JSON.parse((await cliIn(args('1', [...files].reverse()))).stdout));
            expect(reversed.results.map((r) => JSON.stringify(r)).reverse()).toEqual(report.results.map((r) => JSON.stringify(r)));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: CLI_RUNS },
    );
  });
});
