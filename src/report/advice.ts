/**
 * The advising parts of the report: what it would take for each measure that is not eligible, and the
 * documents and windows an application needs. Kept beside model.ts, which spreads them in.
 */
import type { CompiledProgramme } from '../engine/compile.js';
import { compileProgramme } from '../engine/compile.js';
import type { MeasureResult, ProgrammeResult } from '../engine/types.js';
import { feasibleOn } from '../engine/feasible.js';
import { whatItTakes } from '../engine/what-it-takes.js';
import type { Profile } from '../profile/read.js';
import type { RuleVersion } from '../rules/load.js';
import type { RuleFile } from '../rules/schema.js';
import type { DocumentReport, ToQualifyReport, WindowDetailReport } from './contract-advice.js';
import { pick, type Lang } from './lang.js';
import { toQualifyReport } from './to-qualify.js';

/**
 * "To qualify" only for a round the company can still apply to, and by default only with changes it can
 * make before the window closes (src/engine/feasible.ts); `explain` gives the full list.
 */
export function measureAdvice(m: MeasureResult, p: ProgrammeResult, profile: Profile, lang: Lang, asOf: string): { toQualify: ToQualifyReport | null; documents: DocumentReport[] } {
  const takes = p.round === 'history' ? null : whatItTakes(compiledOf(p.version), profile, m, feasibleOn(asOf));
  return { toQualify: takes && toQualifyReport(takes, p.version.rule, lang), documents: documentsOf(m.measure.documents, lang) };
}

export function programmeAdvice(p: ProgrammeResult, lang: Lang): { documents: DocumentReport[]; windows: WindowDetailReport[] } {
  const { rule } = p.version;
  return {
    documents: documentsOf(rule.documents, lang),
    windows: rule.windows.map((w) => ({ id: w.id, label: pick(w.label, lang), opens: w.opens, closes: w.closes, cite: w.cite, evidence: w.evidence })),
  };
}

function documentsOf(documents: RuleFile['documents'], lang: Lang): DocumentReport[] {
  return (documents ?? []).map((d) => ({ label: pick(d.label, lang), how: d.how ? pick(d.how, lang) : null, cite: d.cite, evidence: d.evidence }));
}

/**
 * Re-evaluating a changed profile needs the compiled programme, which the evaluation results do not
 * carry; compiling is done once per rule version (per thread), like `prepare` does.
 */
const COMPILED = new WeakMap<RuleVersion, CompiledProgramme>();

function compiledOf(version: RuleVersion): CompiledProgramme {
  let compiled = COMPILED.get(version);
  if (!compiled) COMPILED.set(version, (compiled = compileProgramme(version)));
  return compiled;
}
