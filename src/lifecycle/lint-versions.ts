/**
 * The versions of one programme should hand over from one to the next: at most one answers for any
 * date. An open end (`to: null`) means "until the next version starts", so a released file never has
 * to be edited when its successor arrives; an explicit end that runs past the next start is a
 * conflict, and a day between two versions answers with none.
 */
import { addDays } from '../profile/dates.js';
import type { Finding } from '../rules/finding.js';
import type { RuleVersion } from '../rules/load.js';

/** A finding about one file of a rule set. */
export interface VersionFinding extends Finding {
  file: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function versionDates(versions: readonly RuleVersion[]): VersionFinding[] {
  const byProgramme = new Map<string, RuleVersion[]>();
  for (const v of versions) byProgramme.set(v.rule.programme.id, [...(byProgramme.get(v.rule.programme.id) ?? []), v]);
  const findings: VersionFinding[] = [];
  for (const [programme, list] of byProgramme) {
    const sorted = [...list].sort((a, b) => compare(a.rule.effective.from ?? '', b.rule.effective.from ?? ''));
    sorted.slice(1).forEach((next, i) => {
      const previous = sorted[i]!;
      const before = previous.rule.effective;
      const after = next.rule.effective;
      const args = { programme, version: next.rule.programme.version, other: previous.rule.programme.version, otherFile: previous.file };
      const path = ['effective', 'from'];
      if (before.from === after.from || (before.to !== null && after.from !== null && before.to >= after.from)) {
        findings.push({
          file: next.file,
          code: 'lint/version-overlap',
          path,
          args: { ...args, from: after.from ?? '(no start)', to: before.to ?? '(no end)' },
        });
      } else if (before.to !== null && after.from !== null && addDays(before.to, 1) < after.from) {
        findings.push({
          file: next.file,
          code: 'lint/version-gap',
          path,
          args: { ...args, gapFrom: addDays(before.to, 1), gapTo: addDays(after.from, -1) },
        });
      }
    });
  }
  return findings;
}
