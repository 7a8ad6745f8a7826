/**
 * Which versions `rules diff` compares. Two versions or two files: those two. Two folders: per
 * programme, every version edited in place (same version, different bytes — a released file should
 * never change), and the latest of each side when they differ; versions on one side only are
 * listed as added or removed.
 */
import { diffRules, type RuleChange } from './diff.js';
import type { VersionPair } from './diff-profiles.js';
import type { RuleVersion } from '../rules/load.js';

export interface VersionRef {
  programme: string;
  version: string;
  file: string;
  sha256: string;
}

export interface PairDiff {
  from: VersionRef;
  to: VersionRef;
  changes: RuleChange[];
}

export interface DiffPlan {
  pairs: VersionPair[];
  added: RuleVersion[];
  removed: RuleVersion[];
}

export const refOf = (v: RuleVersion): VersionRef => ({
  programme: v.rule.programme.id,
  version: v.rule.programme.version,
  file: v.file,
  sha256: v.sha256,
});

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (a: RuleVersion, b: RuleVersion) =>
  compare(a.rule.effective.from ?? '', b.rule.effective.from ?? '') || compare(a.rule.programme.version, b.rule.programme.version);

export function planFolders(before: readonly RuleVersion[], after: readonly RuleVersion[]): DiffPlan {
  const plan: DiffPlan = { pairs: [], added: [], removed: [] };
  const programmes = [...new Set([...before, ...after].map((v) => v.rule.programme.id))].sort(compare);
  for (const programme of programmes) {
    const a = before.filter((v) => v.rule.programme.id === programme).sort(order);
    const b = after.filter((v) => v.rule.programme.id === programme).sort(order);
    const find = (list: RuleVersion[], v: RuleVersion) => list.find((x) => x.rule.programme.version === v.rule.programme.version);
    plan.removed.push(...a.filter((v) => !find(b, v)));
    plan.added.push(...b.filter((v) => !find(a, v)));
    for (const v of a) {
      const w = find(b, v);
      if (w && w.sha256 !== v.sha256) plan.pairs.push({ from: v, to: w });
    }
    const latestA = a.at(-1);
    const latestB = b.at(-1);
    if (latestA && latestB && latestA.rule.programme.version !== latestB.rule.programme.version)
      plan.pairs.push({ from: latestA, to: latestB });
  }
  return plan;
}

export function diffPairs(pairs: readonly VersionPair[]): PairDiff[] {
  return pairs.map(({ from, to }) => ({ from: refOf(from), to: refOf(to), changes: diffRules(from.rule, to.rule) }));
}
