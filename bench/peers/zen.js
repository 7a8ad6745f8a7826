/**
 * The digital-transformation rules as a ZEN (GoRules) decision graph, written by hand in JDM
 * (digital-transformation.jdm.json): an expression node for the applicant gate (business and tax
 * registration, legal person, operating status, credit), then decision tables looped over the
 * projects, each with a first-hit policy — a failing row, the all-met row, else "unknown" (a cell on a
 * null fact errors and ZEN skips its row, so a missing fact falls through to "unknown"): a
 * digital-transformation project not applied for jointly; the investment above CNY 500,000; the period,
 * stage and non-government conditions; the municipal funding. An expression node combines them
 * three-valued with amounts (funding exempts the subsidy from the period, stage and non-government
 * conditions; the match needs neither those nor the threshold), and one takes the programme total.
 * One `evaluate` per profile, whole graph.
 */
import { readFileSync } from 'node:fs';
import { ZenEngine } from '@gorules/zen-engine';

const JDM_FILE = new URL('./digital-transformation.jdm.json', import.meta.url);

export function zenDecision() {
  const engine = new ZenEngine();
  const decision = engine.createDecision(JSON.parse(readFileSync(JDM_FILE, 'utf8')));
  const measure = (verdict, amount) => ({ verdict, amount: amount ?? null });
  /** @returns {Promise<import('./facts.js').Verdicts>} */
  async function evaluate(facts) {
    const { result } = await decision.evaluate(facts);
    return {
      projects: result.projects.map((p) => ({
        id: p.id ?? null,
        subsidy: measure(p.subsidyVerdict, p.subsidyAmount),
        match: measure(p.matchVerdict, p.matchAmount),
      })),
      maxTotal: result.maxTotal,
    };
  }
  return { evaluate, dispose: () => engine.dispose() };
}
