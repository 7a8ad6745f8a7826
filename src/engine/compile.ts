/** Rule versions compiled once into closures; evaluation never re-reads or re-validates the YAML. */
import type { RuleVersion } from '../rules/load.js';
import { spanOf } from '../rules/dates.js';
import type { Measure, RuleFile } from '../rules/schema.js';
import { leafFacts, leavesOf } from '../rules/walk.js';
import type { Caveat } from './types.js';
import { compileAmount, type CompiledAmount } from './amounts.js';
import { compilePaths, leafCount, periodsOf, type ConditionPaths } from './conditions.js';
import { rankOf } from './evidence.js';
import { membershipOf, nothingCounted, notesOf, type Membership, type Stacked } from './stacking.js';

export interface CompiledMeasure {
  measure: Measure;
  /** The measure's own conditions beyond the gate, both ways (src/engine/conditions.ts, src/engine/generated.ts). */
  when: ConditionPaths | undefined;
  amount: CompiledAmount;
  /** Leaves of the gate and of the measure: "all 9 conditions met". */
  conditions: number;
  /**
   * The rule's own caveats on this measure, reported whatever its verdict. Frozen: a result with no
   * other caveat shares this list; one with more gets a copy.
   */
  ruleCaveats: readonly Caveat[];
  /** The evidence rank of a published amount (an eligible verdict rests on it too); null when unpublished. */
  amountRank: number | null;
  /** `cap-scope-unknown`, said of every verdict but ineligible when the cap's scope is not published. */
  capScopeCaveat: Caveat | null;
  /** Frozen: `ruleCaveats` then `capScopeCaveat` if any, what an eligible or undetermined result says when nothing else applies. */
  openCaveats: readonly Caveat[];
  /** The stacking groups the measure is in. */
  membership: Membership;
}

export interface CompiledProgramme {
  version: RuleVersion;
  /** Both ways (src/engine/conditions.ts, src/engine/generated.ts). */
  gate: ConditionPaths;
  /**
   * The gate reads only company facts: its outcome and what it records are the same for every context
   * of a profile, so it is evaluated once per profile rather than once per project.
   */
  gateReadsCompanyOnly: boolean;
  measures: CompiledMeasure[];
  /** Each measure's stacking groups, in measure order: the results' when every measure has one context (frozen, shared). */
  memberships: readonly Membership[];
  /** The rule's periods by id, as first and last day (what-it-takes shifts dates into them). */
  periods: ReturnType<typeof periodsOf>;
  /** The stacking section's own notes, as caveats every evaluation of the programme reports. */
  stackingNotes: readonly Caveat[];
  /** The stacking of results that are all ineligible (most profiles): the same every time, so made once, frozen, shared. */
  nothingCounted: Stacked;
}

export function compileProgramme(version: RuleVersion): CompiledProgramme {
  const { rule } = version;
  const periods = periodsOf(rule, spanOf);
  const gateLeaves = leafCount(rule.gate);
  const measures = rule.measures.map((measure): CompiledMeasure => {
    const own = ruleCaveats(measure.id, rule);
    const capScopeCaveat: Caveat | null =
      measure.amount.kind !== 'unpublished' && measure.amount.capScope === 'unknown'
        ? { code: 'cap-scope-unknown', args: { cite: measure.amount.cite, evidence: measure.amount.evidence } }
        : null;
    return {
      measure,
      when: measure.when ? compilePaths(measure.when, 'measure', periods) : undefined,
      amount: compileAmount(measure.amount),
      conditions: gateLeaves + leafCount(measure.when),
      ruleCaveats: own,
      amountRank: measure.amount.kind === 'unpublished' ? null : rankOf(measure.amount.evidence),
      capScopeCaveat,
      openCaveats: capScopeCaveat ? Object.freeze([...own, capScopeCaveat]) : own,
      membership: membershipOf(rule.stacking, measure.id),
    };
  });
  const stackingNotes = Object.freeze(notesOf(rule.stacking));
  return {
    version,
    gate: compilePaths(rule.gate, 'gate', periods),
    gateReadsCompanyOnly: leavesOf(rule.gate, []).every(({ leaf }) => leafFacts(leaf).every((f) => f.startsWith('company.'))),
    measures,
    memberships: Object.freeze(measures.map((m) => m.membership)),
    periods,
    stackingNotes,
    nothingCounted: nothingCounted(rule.stacking, stackingNotes),
  };
}

/** The rule's own caveats on a measure: judgements no fact decides, "in principle" rules; on every verdict. */
function ruleCaveats(measure: string, rule: RuleFile): readonly Caveat[] {
  return Object.freeze(
    (rule.caveats ?? [])
      .filter((c) => c.measures === undefined || c.measures.includes(measure))
      .map((c): Caveat => ({ code: 'rule-caveat', args: { id: c.id, evidence: c.evidence, cite: c.cite }, text: c.label })),
  );
}
