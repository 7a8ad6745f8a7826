/**
 * Evaluate compiled programmes for one normalised profile on an as-of date. Pure: no I/O, no clock.
 * By default it returns decisions: per measure the verdict, amount, evidence, missing facts and the
 * leaf that decided it. With `detail` it also returns every leaf, the condition trees and what it
 * would take to qualify — the same closures, run with a recorder that keeps everything.
 */
import type { Profile, Project } from '../profile/read.js';
import type { RuleFile } from '../rules/schema.js';
import type { CompiledMeasure, CompiledProgramme } from './compile.js';
import { rankOfOutcome, type Context, type Outcome } from './conditions.js';
import { Decision, decidingLeaf } from './decision.js';
import { levelOf } from './evidence.js';
import { counts, roundsOf, type RoundInfo } from './rounds.js';
import { settledTotal, stack, type Membership } from './stacking.js';
import { Trace } from './trace.js';
import type { Caveat, MeasureResult, ProgrammeResult } from './types.js';
import { judge } from './judge.js';
import { feasibleOn } from './feasible.js';
import { whatItTakes, type FixMemo } from './what-it-takes.js';
import { NONE } from './none.js';

export interface CompanyResult {
  programmes: ProgrammeResult[];
  maxTotal: number;
  /** The date answered for: advice needs it (a date cannot move into the past). */
  asOf: string;
}

export interface EvaluateOptions {
  /** Also every leaf trace, the condition trees and what it would take (`explain`, `--detail full`). */
  detail?: boolean;
  /**
   * With `detail`, which changes "what it would take" may propose: by default only those the company can
   * still make on the as-of date (src/engine/feasible.ts); `every` for `explain`, which lists them all.
   */
  changes?: 'feasible' | 'every';
  /** Which rounds count on `asOf` (from `prepare`); without them, worked out here with nothing pinned. */
  rounds?: readonly RoundInfo[];
}

/**
 * Rounds depend on the rules and the date only: a caller that evaluates many profiles without passing
 * them (the library, bench/) gets them worked out once per programme list and date, not per profile.
 */
const roundsSeen = new WeakMap<readonly CompiledProgramme[], { asOf: string; rounds: RoundInfo[] }>();

function roundsFor(programmes: readonly CompiledProgramme[], asOf: string): RoundInfo[] {
  const seen = roundsSeen.get(programmes);
  if (seen?.asOf === asOf) return seen.rounds;
  const rounds = roundsOf(
    programmes.map((p) => p.version),
    asOf,
  );
  roundsSeen.set(programmes, { asOf, rounds });
  return rounds;
}

/** No options: shared, so that a call without them allocates none. */
const DEFAULTS: EvaluateOptions = Object.freeze({});

export function evaluate(
  programmes: readonly CompiledProgramme[],
  profile: Profile,
  asOf: string,
  options: EvaluateOptions = DEFAULTS,
): CompanyResult {
  const known = options.rounds ?? roundsFor(programmes, asOf);
  const results: ProgrammeResult[] = new Array(programmes.length);
  let maxTotal = 0;
  for (let i = 0; i < programmes.length; i++) {
    const p = programmes[i]!;
    const r = evaluateProgramme(p, profile, asOf, roundFor(known, p.version.rule.programme.id) ?? known[i], options);
    results[i] = r;
    // A history round (closed or superseded) is shown, but no longer adds to what the company can receive.
    if (counts(r.round)) maxTotal += r.maxTotal;
  }
  return { programmes: results, maxTotal, asOf };
}

function roundFor(known: readonly RoundInfo[], programme: string): RoundInfo | undefined {
  for (let i = 0; i < known.length; i++) if (known[i]!.programme === programme) return known[i];
  return undefined;
}

interface Gated {
  outcome: Outcome;
  decision: Decision;
}

export function evaluateProgramme(
  p: CompiledProgramme,
  profile: Profile,
  asOf: string,
  roundInfo?: RoundInfo,
  options: EvaluateOptions = DEFAULTS,
): ProgrammeResult {
  const { rule } = p.version;
  const detail = options.detail === true;
  const info = roundInfo ?? roundsOf([p.version], asOf)[0]!;
  // The gate is the same for every measure of a context: evaluate it once per project (and once without),
  // and once per profile when it reads company facts only.
  const { company, projects } = profile;
  // Every list made at its final length: a list grown from empty takes room for 17 (bench/RESULTS.md, evaluation).
  const gates: (Gated | undefined)[] = new Array(p.gateReadsCompanyOnly ? 1 : projects.length + 1);
  let count = 0;
  for (let j = 0; j < p.measures.length; j++) count += p.measures[j]!.measure.perProject && projects.length > 1 ? projects.length : 1;
  const measures: MeasureResult[] = new Array(count);
  /** Each result's stacking groups, in the order of `measures`: the compiled list when each measure has one result. */
  const shared = count === p.measures.length;
  const members: Membership[] = shared ? (p.memberships as Membership[]) : new Array(count);
  let companyCtx: Context | undefined;
  // One decision for every measure in turn (reset for each): what a result needs of it is taken before the next.
  let scratch: Decision | undefined;
  let noProjectCtx: Context | undefined;
  let projectCtxs: Context[] | undefined;
  let k = 0;
  for (let j = 0; j < p.measures.length; j++) {
    const m = p.measures[j]!;
    if (!m.measure.perProject) {
      companyCtx ??= { company, project: null, noProject: false };
      scratch ??= new Decision(companyCtx);
      if (!shared) members[k] = m.membership;
      measures[k++] = evaluateMeasure(m, companyCtx, gatedIn(p, gates, companyCtx, 0, detail), rule, detail, scratch);
    } else if (projects.length === 0) {
      // The company context and the no-project one share gate slot 0: they differ only in `noProject`, which the gate does not read.
      noProjectCtx ??= { company, project: null, noProject: true };
      scratch ??= new Decision(noProjectCtx);
      if (!shared) members[k] = m.membership;
      measures[k++] = evaluateMeasure(m, noProjectCtx, gatedIn(p, gates, noProjectCtx, 0, detail), rule, detail, scratch);
    } else {
      if (projectCtxs === undefined) {
        projectCtxs = new Array(projects.length);
        for (let i = 0; i < projects.length; i++) projectCtxs[i] = { company, project: projects[i]!, noProject: false };
      }
      scratch ??= new Decision(projectCtxs[0]!);
      for (let i = 0; i < projectCtxs.length; i++) {
        if (!shared) members[k] = m.membership;
        measures[k++] = evaluateMeasure(m, projectCtxs[i]!, gatedIn(p, gates, projectCtxs[i]!, i + 1, detail), rule, detail, scratch);
      }
    }
  }
  const stacked = allIneligible(measures) ? p.nothingCounted : stack(measures, rule.stacking, p.stackingNotes, members);
  // A history round counts nothing: `counted` agrees with the totals it is not in.
  const live = counts(info.round);
  // Fresh results of this evaluation: marking them is not writing onto the rules.
  if (live) for (let i = 0; i < stacked.counted.length; i++) stacked.counted[i]!.counted = true;
  // No advice for a round the company can no longer apply to.
  if (detail) {
    const admissible = options.changes === 'every' ? undefined : feasibleOn(asOf);
    const memo: FixMemo = new Map();
    for (const r of measures) r.toQualify = live ? whatItTakes(p, profile, r, admissible, memo) : null;
  }
  // What a total leaves out is said of totals that count; a history round has none.
  let caveats: Caveat[] = live ? stacked.caveats : stacked.caveats.filter((c) => !LEFT_OUT.has(c.code));
  const by = info.successor;
  // The stacking's list may be the compiled notes, shared and frozen: added to on a copy.
  if ((rule.effective.from === null || by) && Object.isFrozen(caveats)) caveats = caveats.slice();
  if (rule.effective.from === null) caveats.unshift({ code: 'effective-unknown', args: { cite: rule.effective.cite } });
  if (by)
    caveats.unshift({
      code: 'superseded',
      // A pinned round counts all the same (`--rules-version`): the caveat says which round this is.
      args: { programme: by.programme, version: by.version, titleZh: by.titleZh, evidence: by.evidence, cite: by.cite, round: info.round },
    });
  return {
    version: p.version,
    window: info.window,
    round: info.round,
    measures,
    maxTotal: live ? stacked.maxTotal : 0,
    potentialTotal: live ? potentialTotal(measures, members, rule, stacked.maxTotal) : 0,
    supersededBy: by ? `${by.programme}@${by.version}` : null,
    caveats,
    choices: stacked.choices,
    stacking: stacked.decision,
  };
}

function allIneligible(measures: readonly MeasureResult[]): boolean {
  for (let i = 0; i < measures.length; i++) if (measures[i]!.verdict !== 'ineligible') return false;
  return true;
}

/** The gate of slot `slot` (0: no project; i + 1: project i), evaluated when first needed; slot 0 for all when it reads company facts only. */
function gatedIn(p: CompiledProgramme, gates: (Gated | undefined)[], ctx: Context, slot: number, detail: boolean): Gated {
  const i = slot === 0 || p.gateReadsCompanyOnly ? 0 : slot;
  let g = gates[i];
  if (g === undefined) {
    g = gateOf(p, ctx, detail);
    gates[i] = g;
  }
  return g;
}

function gateOf(p: CompiledProgramme, ctx: Context, detail: boolean): Gated {
  const decision = detail ? new Trace(ctx) : new Decision(ctx);
  return { outcome: detail ? p.gate.general(ctx, decision) : p.gate.decision(ctx, decision), decision };
}

/** The total if every undetermined measure were settled as eligible: what settling them could unlock. */
function potentialTotal(measures: readonly MeasureResult[], members: readonly Membership[], rule: RuleFile, maxTotal: number): number {
  for (let i = 0; i < measures.length; i++)
    if (measures[i]!.verdict === 'undetermined') return settledTotal(measures, rule.stacking, members);
  return maxTotal;
}

const LEFT_OUT = new Set(['unpublished-amounts', 'undetermined-measures', 'company-cap', 'company-cap-unknown']);

/** Shared, frozen: a result with nothing to list gets these rather than a new empty array. */
const NO_PROJECT: readonly string[] = Object.freeze(['projects']);

/** `scratch`: the decision each measure of a programme is recorded with in turn, unless `detail`. */
function evaluateMeasure(
  m: CompiledMeasure,
  ctx: Context,
  gated: Gated,
  rule: RuleFile,
  detail: boolean,
  scratch: Decision,
): MeasureResult {
  // A trace lists the gate's leaves, then the measure's: made at the length of both.
  const recorder = detail && gated.decision instanceof Trace ? new Trace(ctx, gated.decision.leaves, m.conditions) : scratch.reset(ctx);
  const { joined, verdict, amount } = judge(m, ctx, gated.outcome, recorder);
  const gate = gated.decision;
  const rank = verdict === 'eligible' && m.amountRank !== null ? Math.max(rankOfOutcome(joined), m.amountRank) : rankOfOutcome(joined);
  const result: MeasureResult = {
    measure: m.measure,
    project: ctx.project,
    verdict,
    maxAmount: amount.value,
    evidence: levelOf(rank),
    decisive: verdict === 'eligible' ? null : decidingLeaf(verdict, gate, m.when ? recorder : null),
    conditions: m.conditions,
    missing: missingOf(ctx, gate, recorder, amount.missing),
    amountSteps: amount.steps,
    caveats: verdict === 'ineligible' ? (m.ruleCaveats as Caveat[]) : measureCaveats(m, ctx.project, gate, recorder, rule),
    counted: false,
  };
  if (detail && gate instanceof Trace && recorder instanceof Trace) {
    const when = recorder.root();
    result.trace = recorder.leaves;
    result.tree = { gate: gate.root(), when: m.when ? when : null };
  }
  return result;
}

/** In trace order, each once: `projects` when a per-project measure has none, the gate's, the measure's, the amount's. */
function missingOf(ctx: Context, gate: Decision, when: Decision, amount: readonly string[]): string[] {
  if (gate.missing === null && amount.length === 0 && !ctx.noProject) {
    // The measure's own paths alone: already each once, and this result's own list (a gate's is shared).
    if (when.missing !== null) return when.missing;
    return NONE;
  }
  if (gate.missing === null && when.missing === null && amount.length === 0) return NO_PROJECT as string[];
  // The gate's paths alone (already each once): a copy, as the gate's list is every measure's of the context.
  if (when.missing === null && amount.length === 0 && !ctx.noProject) return gate.missing!.slice();
  // Room for every path, made once (a list grown from empty takes room for 17), then cut to the paths kept.
  const missing: string[] = new Array(
    (ctx.noProject ? 1 : 0) +
      (gate.missing === null ? 0 : gate.missing.length) +
      (when.missing === null ? 0 : when.missing.length) +
      amount.length,
  );
  let k = 0;
  if (ctx.noProject) missing[k++] = 'projects';
  if (gate.missing !== null) k = addNew(missing, k, gate.missing);
  if (when.missing !== null) k = addNew(missing, k, when.missing);
  k = addNew(missing, k, amount);
  if (k < missing.length) missing.length = k;
  return missing;
}

/** Adds to the first `k` paths of `missing` those of `paths` not among them; returns the new count. */
function addNew(missing: string[], k: number, paths: readonly string[]): number {
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    let seen = false;
    for (let j = 0; j < k; j++)
      if (missing[j] === path) {
        seen = true;
        break;
      }
    if (!seen) missing[k++] = path;
  }
  return k;
}

/** The caveats of an eligible or undetermined result: the rule's own and the cap's, copied only when more are added. */
function measureCaveats(m: CompiledMeasure, project: Project | null, gate: Decision, when: Decision, rule: RuleFile): Caveat[] {
  const assumed = rule.assumptions && (gate.assumed || when.assumed) ? assumptionCaveats(rule.assumptions, gate, when) : null;
  const others = project === null ? undefined : (project.facts.other_funding as readonly string[] | undefined);
  const doubleFunding = others !== undefined && others.length > 0 && 'unknown' in rule.stacking.doubleFunding;
  if (assumed === null && !doubleFunding) return m.openCaveats as Caveat[];
  // Made at its final length, in this order: the rule's own, the assumptions, the cap's, double funding.
  const own = m.ruleCaveats;
  const caveats: Caveat[] = new Array(
    own.length + (assumed === null ? 0 : assumed.length) + (m.capScopeCaveat === null ? 0 : 1) + (doubleFunding ? 1 : 0),
  );
  let k = 0;
  for (let i = 0; i < own.length; i++) caveats[k++] = own[i]!;
  if (assumed !== null) for (let i = 0; i < assumed.length; i++) caveats[k++] = assumed[i]!;
  if (m.capScopeCaveat !== null) caveats[k++] = m.capScopeCaveat;
  if (doubleFunding)
    caveats[k++] = {
      code: 'double-funding',
      args: { project: project!.id, programmes: others!.join(', '), cite: rule.stacking.doubleFunding.cite },
    };
  return caveats;
}

/** The rule's assumptions a deciding leaf of the gate or the measure rests on, in the rule's order. */
function assumptionCaveats(assumptions: NonNullable<RuleFile['assumptions']>, gate: Decision, when: Decision): Caveat[] {
  const used = new Set([...(gate.assumed ?? []), ...(when.assumed ?? [])]);
  const caveats: Caveat[] = [];
  for (const a of assumptions) if (used.has(a.id)) caveats.push({ code: 'assumption', args: { id: a.id }, text: { zh: a.zh, en: a.en } });
  return caveats;
}
