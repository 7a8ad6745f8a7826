/**
 * The advising parts of the report: what it would take for each measure that is not eligible, and the
 * documents and windows an application needs. Kept beside model.ts, which spreads them in.
 */
import type { MeasureResult, ProgrammeResult } from '../engine/types.js';
import type { RuleFile } from '../rules/schema.js';
import type { DocumentReport, ToQualifyReport, WindowDetailReport } from '../contracts/report-advice.js';
import { type Lang } from '../text/lang.js';
import { toQualifyReport } from './to-qualify.js';
import { say } from '../text/messages.js';

/**
 * "To qualify" only for a round the company can still apply to, and by default only with changes it can
 * make before the window closes (src/engine/feasible.ts); `explain` gives the full list. The engine
 * worked both out, in an evaluation with detail (src/engine/evaluate.ts).
 */
export function measureAdvice(m: MeasureResult, p: ProgrammeResult, lang: Lang): { toQualify: ToQualifyReport | null; documents: DocumentReport[] } {
  const takes = m.toQualify ?? null;
  return { toQualify: takes && toQualifyReport(takes, p.version.rule, lang), documents: documentsOf(m.measure.documents, lang) };
}

export function programmeAdvice(p: ProgrammeResult, lang: Lang): { documents: DocumentReport[]; windows: WindowDetailReport[] } {
  const { rule } = p.version;
  return {
    documents: documentsOf(rule.documents, lang),
    windows: rule.windows.map((w) => ({ id: w.id, label: say(w.label, lang), opens: w.opens, closes: w.closes, cite: w.cite, evidence: w.evidence })),
  };
}

function documentsOf(documents: RuleFile['documents'], lang: Lang): DocumentReport[] {
  return (documents ?? []).map((d) => ({ label: say(d.label, lang), how: d.how ? say(d.how, lang) : null, cite: d.cite, evidence: d.evidence }));
}
