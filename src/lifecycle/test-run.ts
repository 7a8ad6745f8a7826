/**
 * `rules test` without the I/O: run every golden case through the same runner as `npm test`, keep
 * each programme result for coverage, and say which cases failed and how.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProgrammeResult } from '../engine/types.js';
import { coverageOf, type Coverage } from './coverage.js';
import type { LocatedCase } from './golden-files.js';
import { evaluateGoldenCase, type Mismatch } from './golden.js';
import type { RuleVersion } from '../rules/load.js';

export interface CaseOutcome {
  file: string;
  line: number;
  programme: string;
  name: string;
  asOf: string;
  /** The version that answered, or null when none was in force. */
  version: string | null;
  mismatches: Mismatch[];
  /** Why the case could not run (its profile file is unreadable); it then counts as failed. */
  problem?: Diagnostic;
}

export interface TestRun {
  cases: CaseOutcome[];
  coverage: Coverage;
}

/** Profile texts of cases that name a file, keyed by `caseKey`; a reason when unreadable. */
export type CaseProfiles = ReadonlyMap<string, { text: string } | { reason: string }>;

export const caseKey = (c: Pick<LocatedCase, 'file' | 'index'>) => `${c.file}#${c.index}`;

export function runCases(versions: readonly RuleVersion[], cases: readonly LocatedCase[], profiles: CaseProfiles): TestRun {
  const results: ProgrammeResult[] = [];
  const outcomes = cases.map((located): CaseOutcome => {
    const c = located.case;
    const base = { file: located.file, line: located.line, programme: located.programme, name: c.name, asOf: c.asOf };
    const profile = c.profileFile ? profiles.get(caseKey(located)) : undefined;
    if (profile && 'reason' in profile) {
      const path = `cases[${located.index}].profileFile`;
      const problem = diagnostic(
        'golden/profile-file',
        located.file,
        path,
        { line: located.line, column: 1 },
        { path, profileFile: c.profileFile, reason: profile.reason },
      );
      return { ...base, version: null, mismatches: [{ what: 'profileFile', expected: c.profileFile, actual: profile.reason }], problem };
    }
    const run = evaluateGoldenCase(versions, located.programme, c, profile?.text);
    if (run.result) results.push(run.result);
    return { ...base, version: run.result?.version.rule.programme.version ?? null, mismatches: run.mismatches };
  });
  return { cases: outcomes, coverage: coverageOf(versions, results) };
}
