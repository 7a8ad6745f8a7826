/** Rule versions compiled once into closures; evaluation never re-reads or re-validates the YAML. */
import type { RuleVersion } from '../rules/load.js';
import { spanOf } from '../rules/dates.js';
import type { Measure, RuleFile } from '../rules/schema.js';
import type { Caveat } from './types.js';
import { compileAmount, type CompiledAmount } from './amounts.js';
import { compileCondition, leafCount, periodsOf, type CompiledCondition } from './conditions.js';

export interface CompiledMeasure {
  measure: Measure;
  when: CompiledCondition | undefined;
  amount: CompiledAmount;
  /** Leaves of the gate and of the measure: "all 9 conditions met". */
  conditions: number;
  /** The rule's own caveats on this measure, reported whatever its verdict (each result gets a copy of the list). */
  ruleCaveats: readonly Caveat[];
}

export interface CompiledProgramme {
  version: RuleVersion;
  gate: CompiledCondition;
  measures: CompiledMeasure[];
  /** The rule's periods by id, as first and last day (what-it-takes shifts dates into them). */
  periods: ReturnType<typeof periodsOf>;
}

export function compileProgramme(version: RuleVersion): CompiledProgramme {
  const { rule } = version;
  const periods = periodsOf(rule, spanOf);
  const gateLeaves = leafCount(rule.gate);
  return {
    version,
    gate: compileCondition(rule.gate, 'gate', periods),
    measures: rule.measures.map((measure) => ({
      measure,
      when: measure.when ? compileCondition(measure.when, 'measure', periods) : undefined,
      amount: compileAmount(measure.amount),
      conditions: gateLeaves + leafCount(measure.when),
      ruleCaveats: ruleCaveats(measure.id, rule),
    })),
    periods,
  };
}

/** The rule's own caveats on a measure: judgements no fact decides, "in principle" rules; on every verdict. */
function ruleCaveats(measure: string, rule: RuleFile): Caveat[] {
  return (rule.caveats ?? [])
    .filter((c) => c.measures === undefined || c.measures.includes(measure))
    .map((c) => ({ code: 'rule-caveat', args: { id: c.id, evidence: c.evidence, cite: c.cite }, text: c.label }));
}
