/** One measure judged in one context: the step `evaluate` and what-it-takes share. */
import type { Profile } from '../profile/read.js';
import type { AmountOutcome } from './amounts.js';
import type { CompiledMeasure, CompiledProgramme } from './compile.js';
import {
  both,
  decidesOnly,
  FAIL,
  outcome,
  PASS,
  UNKNOWN,
  type CompiledCondition,
  type ConditionPaths,
  type Context,
  type Outcome,
  type Recorder,
} from './conditions.js';
import { Decision, QUIET } from './decision.js';
import type { MeasureResult, Verdict } from './types.js';
import { NONE } from './none.js';

export function contextsFor(m: CompiledMeasure, profile: Pick<Profile, 'company' | 'projects'>): Context[] {
  if (!m.measure.perProject) return [{ company: profile.company, project: null, noProject: false }];
  if (profile.projects.length === 0) return [{ company: profile.company, project: null, noProject: true }];
  return profile.projects.map((project) => ({ company: profile.company, project, noProject: false }));
}

/** The verdict of a joined outcome's result code (PASS, FAIL, UNKNOWN: src/operators/result.ts). */
const VERDICT_OF: readonly Verdict[] = verdictsByCode();

function verdictsByCode(): Verdict[] {
  const verdicts: Verdict[] = [];
  verdicts[PASS] = 'eligible';
  verdicts[FAIL] = 'ineligible';
  verdicts[UNKNOWN] = 'undetermined';
  return verdicts;
}

/** An ineligible measure's amount: 0, no steps, nothing missing; shared and frozen, so never written. */
const INELIGIBLE: AmountOutcome = Object.freeze({ value: 0, steps: NONE, missing: NONE });

/** The verdict and amount of one measure in one context: the gate and its conditions joined as an `all`. */
export function judge(
  m: CompiledMeasure,
  ctx: Context,
  gate: Outcome,
  recorder: Recorder,
): { joined: Outcome; verdict: Verdict; amount: AmountOutcome } {
  const paths = m.when;
  const when = paths === undefined ? outcome(PASS, 0) : conditionOf(paths, recorder)(ctx, recorder);
  const joined = both(gate, when);
  const verdict = VERDICT_OF[joined & 3]!;
  const amount = verdict === 'ineligible' ? INELIGIBLE : m.amount(ctx);
  return { joined, verdict, amount };
}

/** Which of the measure's compiled functions serves `recorder` (src/engine/conditions.ts, `ConditionPaths`). */
function conditionOf(paths: ConditionPaths, recorder: Recorder): CompiledCondition {
  if (recorder === QUIET) return paths.quiet;
  // A trace is a decision too, but traces (`decidesOnly` is false for it): only a plain decision has its fields written in place.
  return recorder instanceof Decision && decidesOnly(recorder) ? paths.decision : paths.general;
}

/**
 * Only the verdict and amount of one measure, on facts what-it-takes has changed: the same `judge`
 * as a full evaluation, with a recorder that keeps nothing it does not need. `gateOutcome`: the gate's,
 * when the caller knows the changed facts leave it as it was.
 */
export function decideMeasure(
  p: CompiledProgramme,
  m: CompiledMeasure,
  ctx: Context,
  gateOutcome?: Outcome,
): Pick<MeasureResult, 'verdict' | 'maxAmount'> {
  const gate = gateOutcome ?? p.gate.quiet(ctx, QUIET);
  const { verdict, amount } = judge(m, ctx, gate, QUIET);
  return { verdict, maxAmount: amount.value };
}
