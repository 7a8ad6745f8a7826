/**
 * A measure no golden case names has never been checked against an expected answer. A case names a
 * measure of a version when it is about that programme, its as-of date selects that version, and it
 * lists the measure among its expectations.
 */
import type { LocatedCase } from './golden-files.js';
import type { RuleVersion } from '../rules/load.js';
import type { VersionFinding } from './lint-versions.js';
import { selectVersions } from '../rules/select.js';

export function measuresTested(versions: readonly RuleVersion[], cases: readonly LocatedCase[]): VersionFinding[] {
  const named = new Set<string>();
  for (const c of cases) {
    const programme = versions.filter((v) => v.rule.programme.id === c.programme);
    const answering = selectVersions(programme, c.case.asOf).selected[0];
    if (!answering) continue;
    for (const m of c.case.expect.measures ?? []) named.add(`${c.programme}@${answering.rule.programme.version}#${m.id}`);
  }
  return versions.flatMap(({ file, rule }) =>
    rule.measures.flatMap((m, i): VersionFinding[] => {
      const { id: programme, version } = rule.programme;
      if (named.has(`${programme}@${version}#${m.id}`)) return [];
      return [
        {
          file,
          code: 'lint/untested-measure',
          path: ['measures', i, 'id'],
          args: { measure: m.id, programme, version, tests: `${programme}/tests/*.yaml` },
        },
      ];
    }),
  );
}
