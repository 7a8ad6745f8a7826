/**
 * Application windows against the version's dates. A window outside the effective range can never be
 * reported open for this version; a version that answers for the as-of date while every window has
 * closed is usually a round that has ended without its successor being encoded.
 */
import { type Check, type Finding, showPath as show } from '../rules/finding.js';
import type { RuleVersion } from '../rules/load.js';
import { selectVersions } from '../rules/select.js';
import type { VersionFinding } from './lint-versions.js';

export const windowsInsideEffective: Check = (rule) => {
  const { from, to } = rule.effective;
  return rule.windows.flatMap((w, i): Finding[] => {
    const early = from !== null && ((w.opens !== null && w.opens < from) || (w.closes !== null && w.closes < from));
    const late = to !== null && ((w.opens !== null && w.opens > to) || (w.closes !== null && w.closes > to));
    if (!early && !late) return [];
    const path = ['windows', i, early ? 'opens' : 'closes'];
    return [
      {
        code: 'lint/window-outside-effective',
        path,
        args: { path: show(['windows', i]), opens: w.opens ?? '?', closes: w.closes ?? '?', from: from ?? 'open', to: to ?? 'open' },
      },
    ];
  });
};

/** Relative to the as-of date (`rules lint --as-of`, default today): only the version that answers then. */
export function windowsClosed(versions: readonly RuleVersion[], asOf: string): VersionFinding[] {
  return selectVersions(versions, asOf).selected.flatMap(({ file, rule }): VersionFinding[] => {
    const closes = rule.windows.map((w) => w.closes);
    if (rule.programme.status === 'superseded' || closes.length === 0 || closes.some((c) => c === null || c >= asOf)) return [];
    const last = (closes as string[]).sort().at(-1)!;
    const { id, version, status } = rule.programme;
    return [
      { file, code: 'lint/windows-closed', path: ['programme', 'status'], args: { programme: id, version, status, asOf, closes: last } },
    ];
  });
}
