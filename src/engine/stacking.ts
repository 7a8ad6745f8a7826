/**
 * How eligible measures add up for one applicant. A stacking group yields only its best
 * (project, measure) pair; everything else eligible with a published amount is summed.
 * The decision is returned as data (`StackingDecision`) for `explain` to word.
 */
import type { RuleFile } from '../rules/schema.js';
import type { Caveat, MeasureResult } from './types.js';
import { NONE } from './none.js';

type Group = RuleFile['stacking']['groups'][number];

/** Which pairs each group weighed and kept, what was simply added, and the company cap. */
export interface StackingDecision {
  groups: { group: Group; candidates: MeasureResult[]; chosen: MeasureResult | null }[];
  /** Eligible with a published amount and in no group: counted as they are. */
  added: MeasureResult[];
  /** Undetermined, or eligible without a published amount: not in the total. */
  notCounted: MeasureResult[];
  /** The sum before a published company cap, and that cap; null when the rules publish none. */
  cap: { amount: number; before: number } | null;
}

export interface Stacked {
  maxTotal: number;
  /** The results counted in maxTotal, each once: each group's best, then the priced pairs in no group. */
  counted: MeasureResult[];
  caveats: Caveat[];
  /** The stacking groups the company has to choose in, as decided here. */
  choices: Choice[];
  decision: StackingDecision;
}

/**
 * A stacking group the company must choose in: two or more (project, measure) pairs that are each
 * eligible or undetermined, of which only one can be taken. Checklists show it as one "choose one".
 */
interface Choice {
  group: RuleFile['stacking']['groups'][number];
  /** Eligible before undetermined, each the larger amount first (an unpublished one last): the counted pair first. */
  options: MeasureResult[];
  /** The pair the total counts; null when no option is eligible with a published amount. */
  chosen: MeasureResult | null;
}

/** Whether a result's amount may count: eligible (or, for the settled total, not ineligible) with a published amount. */
const priced = (r: MeasureResult, settled: boolean): boolean =>
  r.maxAmount !== null && (settled ? r.verdict !== 'ineligible' : r.verdict === 'eligible');

/**
 * Which stacking groups a measure is in, by group index (true: a member), and whether it is in any:
 * worked out once per measure at compile time (src/engine/compile.ts), so stacking a profile's
 * results does not search every group's list for every result.
 */
export interface Membership {
  groups: readonly boolean[];
  grouped: boolean;
}

export function membershipOf(stacking: RuleFile['stacking'], measure: string): Membership {
  const groups = stacking.groups.map((g) => g.measures.includes(measure));
  return { groups, grouped: groups.includes(true) };
}

/** Result `i` is in group `g`. */
const inGroup = (members: readonly Membership[], i: number, g: number): boolean => members[i]!.groups[g] === true;

/** Each result's membership, worked out here when the caller has not. */
function membersOf(results: readonly MeasureResult[], stacking: RuleFile['stacking']): Membership[] {
  return results.map((r) => membershipOf(stacking, r.measure.id));
}

/**
 * The pairs a total counts: in each group its best priced pair, and every priced pair in no group.
 * `settled`: as if every undetermined pair were eligible (the potential total).
 * Written as plain loops: this runs for every programme of every profile (bench/RESULTS.md, evaluation).
 */
function counting(results: readonly MeasureResult[], stacking: RuleFile['stacking'], members: readonly Membership[], settled = false) {
  const counted: MeasureResult[] = [];
  const groups: StackingDecision['groups'] = [];
  for (let g = 0; g < stacking.groups.length; g++) {
    let candidates: MeasureResult[] | null = null;
    let best: MeasureResult | null = null;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (!priced(r, settled) || !inGroup(members, i, g)) continue;
      candidates ??= [];
      candidates.push(r);
      if (best === null || r.maxAmount! > best.maxAmount!) best = r;
    }
    if (best !== null && !counted.includes(best)) counted.push(best);
    groups.push({ group: stacking.groups[g]!, candidates: candidates ?? NONE, chosen: best });
  }
  let added: MeasureResult[] | null = null;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (priced(r, settled) && !members[i]!.grouped) {
      added ??= [];
      added.push(r);
      if (!counted.includes(r)) counted.push(r);
    }
  }
  const before = sum(counted);
  const cap = 'amount' in stacking.companyCap ? { amount: stacking.companyCap.amount, before } : null;
  return { counted, groups, added: added ?? NONE, cap, maxTotal: capped(before, stacking) };
}

/** The sum of the counted amounts. */
function sum(counted: readonly MeasureResult[]): number {
  let before = 0;
  for (let i = 0; i < counted.length; i++) before += counted[i]!.maxAmount!;
  return before;
}

/** The published company cap applied to a sum. */
function capped(before: number, stacking: RuleFile['stacking']): number {
  return 'amount' in stacking.companyCap && before > stacking.companyCap.amount ? stacking.companyCap.amount : before;
}

/** The total if every undetermined pair turned out eligible: the same stacking, nothing else worked out. */
export function settledTotal(
  results: readonly MeasureResult[],
  stacking: RuleFile['stacking'],
  members: readonly Membership[] = membersOf(results, stacking),
): number {
  return counting(results, stacking, members, true).maxTotal;
}

/**
 * `notes`: the stacking section's own caveats, made once at compile time (src/engine/compile.ts);
 * `members`: each result's groups, in the order of `results`, from its compiled measure.
 */
export function stack(
  results: readonly MeasureResult[],
  stacking: RuleFile['stacking'],
  notes?: readonly Caveat[],
  members: readonly Membership[] = membersOf(results, stacking),
): Stacked {
  const { counted, groups, added, cap, maxTotal } = counting(results, stacking, members);
  const caveats: Caveat[] = [];
  for (let g = 0; g < groups.length; g++) {
    const { group, candidates, chosen: best } = groups[g]!;
    if (candidates.length > 1)
      caveats.push({
        code: 'stacking-group',
        args: {
          evidence: group.evidence,
          cite: group.cite,
          chosen: best!.measure.id,
          chosenZh: best!.measure.title.zh,
          project: best!.project?.id,
        },
        text: group.label,
      });
  }
  if (cap && cap.before > cap.amount) {
    caveats.push({ code: 'company-cap', args: { cap: cap.amount, before: cap.before } });
  } else if ('unknown' in stacking.companyCap && counted.length > 1) {
    caveats.push({
      code: 'company-cap-unknown',
      args: { count: counted.length, cite: stacking.companyCap.cite },
      text: stacking.companyCap.label,
    });
  }
  // What the total leaves out: eligible measures without a published amount, undetermined ones.
  let notCounted: MeasureResult[] | null = null;
  let unpublished = 0;
  let undetermined = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.verdict === 'undetermined') undetermined++;
    else if (r.verdict === 'eligible' && r.maxAmount === null) unpublished++;
    else continue;
    notCounted ??= [];
    notCounted.push(r);
  }
  if (unpublished > 0) caveats.push({ code: 'unpublished-amounts', args: { count: unpublished } });
  if (undetermined > 0) caveats.push({ code: 'undetermined-measures', args: { count: undetermined } });
  const stackingNotes = notes ?? notesOf(stacking);
  for (let i = 0; i < stackingNotes.length; i++) caveats.push(stackingNotes[i]!);
  return {
    maxTotal,
    counted,
    caveats,
    choices: choicesOf(results, stacking.groups, counted, members),
    decision: { groups, added, notCounted: notCounted ?? NONE, cap },
  };
}

/** The stacking section's own notes as the caveats every evaluation of the programme reports (and compact NDJSON says once, in its header). */
export function notesOf(stacking: RuleFile['stacking']): Caveat[] {
  return (stacking.caveats ?? []).map((note) => ({
    code: 'stacking-note',
    args: { id: note.id, evidence: note.evidence, cite: note.cite },
    text: note.label,
  }));
}

function choicesOf(
  results: readonly MeasureResult[],
  groups: RuleFile['stacking']['groups'],
  counted: readonly MeasureResult[],
  members: readonly Membership[],
): Choice[] {
  const choices: Choice[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let options: MeasureResult[] | null = null;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.verdict === 'ineligible' || !inGroup(members, i, g)) continue;
      options ??= [];
      options.push(r);
    }
    if (options === null || options.length < 2) continue;
    // Two options (the usual case) in the order a stable sort gives them, without calling sort.
    if (options.length === 2) {
      if (byPromise(options[0]!, options[1]!) > 0) options.reverse();
    } else options.sort(byPromise);
    let chosen: MeasureResult | null = null;
    for (const r of options)
      if (counted.includes(r)) {
        chosen = r;
        break;
      }
    choices.push({ group, options, chosen });
  }
  return choices;
}

/**
 * The better option first: eligible before undetermined (an undetermined amount is not yet on offer),
 * each by amount with an unpublished one last. So the first option is the one the total counts.
 */
function byPromise(a: MeasureResult, b: MeasureResult): number {
  return Number(a.verdict !== 'eligible') - Number(b.verdict !== 'eligible') || (b.maxAmount ?? -1) - (a.maxAmount ?? -1);
}
