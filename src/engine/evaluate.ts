/**
 * Evaluate compiled programmes for one normalised profile on an as-of date. Pure: no I/O, no clock.
 */
import type { Profile, Project } from '../profile/read.js';
import type { RuleFile } from '../rules/schema.js';
import type { CompiledMeasure, CompiledProgramme } from './compile.js';
import type { Context, Outcome } from './conditions.js';
import { levelOf, rankOf } from './evidence.js';
import { counts, roundsOf, type RoundInfo } from './rounds.js';
import { stack } from './stacking.js';
import type { Caveat, LeafTrace, MeasureResult, ProgrammeResult, Verdict } from './types.js';

export interface CompanyResult {
  programmes: ProgrammeResult[];
  maxTotal: number;
  /** The date answered for: advice needs it (a date cannot move into the past). */
  asOf: string;
}

/** `rounds` (from `prepare`) say which rounds count on `asOf`; without them, worked out here with nothing pinned. */
export function evaluate(programmes: readonly CompiledProgramme[], profile: Profile, asOf: string, rounds?: readonly RoundInfo[]): CompanyResult {
  const known = rounds ?? roundsOf(programmes.map((p) => p.version), asOf);
  const results = programmes.map((p, i) => evaluateProgramme(p, profile, asOf, known.find((r) => r.programme === p.version.rule.programme.id) ?? known[i]));
  // A history round (closed or superseded) is shown, but no longer adds to what the company can receive.
  return { programmes: results, maxTotal: results.reduce((sum, p) => sum + (counts(p.round) ? p.maxTotal : 0), 0), asOf };
}

export function evaluateProgramme(p: CompiledProgramme, profile: Profile, asOf: string, roundInfo?: RoundInfo): ProgrammeResult {
  const { rule } = p.version;
  const info = roundInfo ?? roundsOf([p.version], asOf)[0]!;
  // The gate is the same for every measure of a context: evaluate it once per project (and once without).
  const gates = new Map<Project | null, Gated>();
  const gated = (ctx: Context): Gated => {
    let g = gates.get(ctx.project);
    if (!g) {
      const trace: LeafTrace[] = [];
      g = { outcome: p.gate(ctx, trace), trace };
      gates.set(ctx.project, g);
    }
    return g;
  };
  const measures = p.measures.flatMap((m) => contextsFor(m, profile).map((ctx) => evaluateMeasure(m, ctx, gated(ctx), rule)));
  const stacked = stack(measures, rule.stacking);
  // A history round counts nothing: `counted` agrees with the totals it is not in.
  const live = counts(info.round);
  const counted = live ? measures.map((r) => (stacked.counted.has(r) ? { ...r, counted: true } : r)) : measures;
  const final = new Map(measures.map((r, i) => [r, counted[i]!]));
  const choices = stacked.choices.map((c) => ({ group: c.group, options: c.options.map((r) => final.get(r)!), chosen: c.chosen && final.get(c.chosen)! }));
  // What a total leaves out is said of totals that count; a history round has none.
  const caveats: Caveat[] = live ? [...stacked.caveats] : stacked.caveats.filter((c) => !LEFT_OUT.has(c.code));
  if (rule.effective.from === null) caveats.unshift({ code: 'effective-unknown', args: { cite: rule.effective.cite } });
  const by = info.successor;
  if (by) caveats.unshift({ code: 'superseded', args: { programme: by.programme, version: by.version, titleZh: by.titleZh, evidence: by.evidence, cite: by.cite } });
  return {
    version: p.version,
    window: info.window,
    round: info.round,
    measures: counted,
    maxTotal: live ? stacked.maxTotal : 0,
    potentialTotal: live ? potentialTotal(measures, rule) : 0,
    supersededBy: by ? `${by.programme}@${by.version}` : null,
    caveats,
    choices,
  };
}

/** The total if every undetermined measure were settled as eligible: what settling them could unlock. */
function potentialTotal(measures: readonly MeasureResult[], rule: RuleFile): number {
  const settled = measures.map((m) => (m.verdict === 'undetermined' ? { ...m, verdict: 'eligible' as const } : m));
  return stack(settled, rule.stacking).maxTotal;
}

function contextsFor(m: CompiledMeasure, profile: Profile): Context[] {
  if (!m.measure.perProject) return [{ company: profile.company, project: null, noProject: false }];
  if (profile.projects.length === 0) return [{ company: profile.company, project: null, noProject: true }];
  return profile.projects.map((project) => ({ company: profile.company, project, noProject: false }));
}

const LEFT_OUT = new Set(['unpublished-amounts', 'undetermined-measures', 'company-cap', 'company-cap-unknown']);

const VERDICT_OF = { pass: 'eligible', fail: 'ineligible', unknown: 'undetermined' } as const satisfies Record<Outcome['result'], Verdict>;

interface Gated {
  outcome: Outcome;
  trace: LeafTrace[];
}

function evaluateMeasure(m: CompiledMeasure, ctx: Context, gated: Gated, rule: RuleFile): MeasureResult {
  const trace: LeafTrace[] = gated.trace.slice();
  const gate = gated.outcome;
  const when = m.when ? m.when(ctx, trace) : { result: 'pass' as const, rank: 0 };
  const outcome = both(gate, when);
  const verdict = VERDICT_OF[outcome.result];
  const amount = verdict === 'ineligible' ? { value: 0, steps: [], missing: [] } : m.amount(ctx);
  const missing = [...new Set([...(ctx.noProject ? ['projects'] : []), ...trace.flatMap((t) => t.missing), ...amount.missing])];
  const published = m.measure.amount.kind !== 'unpublished';
  const rank = verdict === 'eligible' && published ? Math.max(outcome.rank, rankOf(m.measure.amount.evidence)) : outcome.rank;
  return {
    measure: m.measure,
    project: ctx.project,
    verdict,
    maxAmount: amount.value,
    evidence: levelOf(rank),
    trace,
    missing,
    amountSteps: amount.steps,
    caveats: measureCaveats(m, ctx.project, trace, rule, verdict),
    counted: false,
  };
}

/** `all` of gate and conditions, with the same evidence rule as an `all` node. */
function both(a: Outcome, b: Outcome): Outcome {
  if (a.result === 'fail' || b.result === 'fail') {
    return { result: 'fail', rank: Math.min(a.result === 'fail' ? a.rank : 4, b.result === 'fail' ? b.rank : 4) };
  }
  if (a.result === 'unknown' || b.result === 'unknown') {
    return { result: 'unknown', rank: Math.max(a.result === 'unknown' ? a.rank : -1, b.result === 'unknown' ? b.rank : -1) };
  }
  return { result: 'pass', rank: Math.max(a.rank, b.rank) };
}

function measureCaveats(m: CompiledMeasure, project: Project | null, trace: readonly LeafTrace[], rule: RuleFile, verdict: Verdict): Caveat[] {
  const caveats = ruleCaveats(m.measure.id, rule);
  if (verdict === 'ineligible') return caveats;
  const used = new Set(trace.flatMap((t) => (t.result === 'unknown' && t.missing.length > 0 ? [] : (t.leaf.assumes ?? []))));
  for (const a of rule.assumptions ?? []) if (used.has(a.id)) caveats.push({ code: 'assumption', args: { id: a.id }, text: { zh: a.zh, en: a.en } });
  const amount = m.measure.amount;
  if (amount.kind !== 'unpublished' && amount.capScope === 'unknown') {
    caveats.push({ code: 'cap-scope-unknown', args: { cite: amount.cite, evidence: amount.evidence } });
  }
  const others = (project?.facts.other_funding as readonly string[] | undefined) ?? [];
  if (others.length > 0 && 'unknown' in rule.stacking.doubleFunding) {
    caveats.push({ code: 'double-funding', args: { project: project!.id, programmes: others.join(', '), cite: rule.stacking.doubleFunding.cite } });
  }
  return caveats;
}

/** The rule's own caveats on this measure: judgements no fact decides, "in principle" rules; on every verdict. */
function ruleCaveats(measure: string, rule: RuleFile): Caveat[] {
  return (rule.caveats ?? [])
    .filter((c) => c.measures === undefined || c.measures.includes(measure))
    .map((c) => ({ code: 'rule-caveat', args: { id: c.id, evidence: c.evidence, cite: c.cite }, text: c.label }));
}
