/**
 * What `rules list` says of each programme version: its identity, dates, windows, supersession,
 * measure count and how well its conditions and amounts are supported (counts per evidence level).
 */
import { EVIDENCE_LEVELS, type PROGRAMME_STATUSES, type Evidence } from '../rules/enums.js';
import type { RuleVersion } from '../rules/load.js';
import type { Bilingual } from '../rules/schema.js';
import { selectVersions } from '../rules/select.js';
import { allLeaves } from '../rules/walk.js';

export type EvidenceCounts = Record<Evidence, number>;

export interface VersionSummary {
  programme: string;
  version: string;
  title: Bilingual;
  document: string;
  status: (typeof PROGRAMME_STATUSES)[number];
  effective: { from: string | null; to: string | null };
  windows: { id: string; label: Bilingual; opens: string | null; closes: string | null }[];
  /** The programme this one succeeds, with how well that is supported. */
  supersedes: { programme: string; evidence: Evidence } | null;
  /** `programme@version` of loaded versions that name this programme as superseded. */
  supersededBy: string[];
  /** Whether this version answers for the as-of date. */
  inForce: boolean;
  measures: number;
  /** Condition leaves (gate and measures) and amounts, by evidence level. */
  evidence: { conditions: EvidenceCounts; amounts: EvidenceCounts };
  file: string;
  sha256: string;
}

function countEvidence(levels: readonly Evidence[]): EvidenceCounts {
  const counts = Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, 0])) as EvidenceCounts;
  for (const level of levels) counts[level]++;
  return counts;
}

/** Every version, by programme id then effective start (open start first). */
export function summarise(versions: readonly RuleVersion[], asOf: string): VersionSummary[] {
  const inForce = new Set(selectVersions(versions, asOf).selected);
  const sorted = [...versions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return sorted.map((v) => {
    const { rule } = v;
    const p = rule.programme;
    return {
      programme: p.id,
      version: p.version,
      title: p.title,
      document: p.document,
      status: p.status,
      effective: { from: rule.effective.from, to: rule.effective.to },
      windows: rule.windows.map((w) => ({ id: w.id, label: w.label, opens: w.opens, closes: w.closes })),
      supersedes: p.supersedes ? { programme: p.supersedes.programme, evidence: p.supersedes.evidence } : null,
      supersededBy: versions
        .filter((o) => o.rule.programme.supersedes?.programme === p.id)
        .map((o) => `${o.rule.programme.id}@${o.rule.programme.version}`),
      inForce: inForce.has(v),
      measures: rule.measures.length,
      evidence: {
        conditions: countEvidence(allLeaves(rule).map((l) => l.leaf.evidence)),
        amounts: countEvidence(rule.measures.map((m) => m.amount.evidence)),
      },
      file: v.file,
      sha256: v.sha256,
    };
  });
}

const key = (v: RuleVersion) => `${v.rule.programme.id}\u0000${v.rule.effective.from ?? ''}\u0000${v.rule.programme.version}`;
