/**
 * How thoroughly golden cases exercise the rules: the share of condition leaves the cases drive both
 * true and false, and of measures they find both eligible and ineligible. A leaf of `unknown`
 * evidence never decides, so it cannot be driven either way and is counted apart.
 */
import type { LeafTrace, ProgrammeResult } from '../engine/types.js';
import type { RuleVersion } from '../rules/load.js';
import type { Bilingual, Leaf } from '../rules/schema.js';
import { showPath } from '../rules/finding.js';
import { allLeaves } from '../rules/walk.js';

interface LeafCoverage {
  file: string;
  programme: string;
  version: string;
  /** Dotted path in the rule file: `measures[1].when.all[0]`. */
  path: string;
  label: Bilingual;
  wasTrue: boolean;
  wasFalse: boolean;
}

interface MeasureCoverage {
  programme: string;
  version: string;
  measure: string;
  wasEligible: boolean;
  wasIneligible: boolean;
}

export interface Share {
  total: number;
  /** Driven both ways. */
  both: number;
  /** `both / total` in percent, rounded down to one decimal so a threshold is never met by rounding. */
  percent: number;
}

export interface Coverage {
  leaves: Share;
  measures: Share;
  /** Leaves of `unknown` evidence: never decide, left out of `leaves`. */
  undecidable: number;
  /** Every decidable leaf, in rule order, with the ways it was driven. */
  leafDetail: LeafCoverage[];
  measureDetail: MeasureCoverage[];
}

/**
 * A leaf counts as false when it failed, or when its test was false but `whenFalse: unknown` turned
 * that into unknown (then nothing was missing: a missing fact is not a false test).
 */
function drivenFalse(t: LeafTrace): boolean {
  return t.result === 'fail' || (t.result === 'unknown' && t.leaf.whenFalse === 'unknown' && t.missing.length === 0 && t.actual !== null);
}

export function coverageOf(versions: readonly RuleVersion[], results: readonly ProgrammeResult[]): Coverage {
  const leafDetail: LeafCoverage[] = [];
  const byLeaf = new Map<Leaf, LeafCoverage>();
  let undecidable = 0;
  for (const { file, rule } of versions) {
    for (const { leaf, path } of allLeaves(rule)) {
      if (leaf.evidence === 'unknown') {
        undecidable++;
        continue;
      }
      const entry = {
        file,
        programme: rule.programme.id,
        version: rule.programme.version,
        path: showPath(path),
        label: leaf.label,
        wasTrue: false,
        wasFalse: false,
      };
      leafDetail.push(entry);
      byLeaf.set(leaf, entry);
    }
  }
  const measureDetail = versions.flatMap(({ rule }) =>
    rule.measures.map((m) => ({
      programme: rule.programme.id,
      version: rule.programme.version,
      measure: m.id,
      wasEligible: false,
      wasIneligible: false,
    })),
  );
  for (const result of results) {
    const { id, version } = result.version.rule.programme;
    for (const m of result.measures) {
      for (const t of m.trace ?? []) {
        const entry = byLeaf.get(t.leaf);
        if (!entry) continue;
        if (t.result === 'pass') entry.wasTrue = true;
        if (drivenFalse(t)) entry.wasFalse = true;
      }
      const measure = measureDetail.find((x) => x.programme === id && x.version === version && x.measure === m.measure.id);
      if (measure && m.verdict === 'eligible') measure.wasEligible = true;
      if (measure && m.verdict === 'ineligible') measure.wasIneligible = true;
    }
  }
  return {
    leaves: share(leafDetail.length, leafDetail.filter((l) => l.wasTrue && l.wasFalse).length),
    measures: share(measureDetail.length, measureDetail.filter((m) => m.wasEligible && m.wasIneligible).length),
    undecidable,
    leafDetail,
    measureDetail,
  };
}

function share(total: number, both: number): Share {
  return { total, both, percent: total === 0 ? 100 : Math.floor((both * 1000) / total) / 10 };
}

/** Whether a share reaches a minimum percentage, compared exactly (not on the rounded percent). */
export function reaches(s: Share, minPercent: number): boolean {
  return s.total === 0 || s.both * 100 >= minPercent * s.total;
}
