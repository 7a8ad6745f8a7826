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

/** The best priced pair of group `g` (the first of the largest amounts), and how many priced pairs it has. */
function bestIn(results: readonly MeasureResult[], members: readonly Membership[], g: number, settled: boolean): MeasureResult | null {
  let best: MeasureResult | null = null;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (priced(r, settled) && inGroup(members, i, g) && (best === null || r.maxAmount! > best.maxAmount!)) best = r;
  }
  return best;
}

/**
 * The pairs a total counts: in each group its best priced pair, and every priced pair in no group.
 * `settled`: as if every undetermined pair were eligible (the potential total).
 * Written as plain loops, each list made at its final length: this runs for every programme of every
 * profile (bench/RESULTS.md, evaluation), and a list grown from empty takes room for 17.
 */
function counting(results: readonly MeasureResult[], stacking: RuleFile['stacking'], members: readonly Membership[], settled = false) {
  const n = stacking.groups.length;
  const groups: StackingDecision['groups'] = new Array(n);
  let bests = 0;
  for (let g = 0; g < n; g++) {
    let count = 0;
    for (let i = 0; i < results.length; i++) if (priced(results[i]!, settled) && inGroup(members, i, g)) count++;
    let candidates: MeasureResult[] = NONE;
    if (count > 0) {
      candidates = new Array(count);
      let k = 0;
      for (let i = 0; i < results.length; i++) if (priced(results[i]!, settled) && inGroup(members, i, g)) candidates[k++] = results[i]!;
    }
    const best = count > 0 ? bestIn(results, members, g, settled) : null;
    if (best !== null && !chosenBefore(groups, g, best)) bests++;
    groups[g] = { group: stacking.groups[g]!, candidates, chosen: best };
  }
  let ungrouped = 0;
  for (let i = 0; i < results.length; i++) if (priced(results[i]!, settled) && !members[i]!.grouped) ungrouped++;
  const counted: MeasureResult[] = bests + ungrouped > 0 ? new Array(bests + ungrouped) : NONE;
  let c = 0;
  for (let g = 0; g < n; g++) {
    const best = groups[g]!.chosen;
    if (best !== null && !chosenBefore(groups, g, best)) counted[c++] = best;
  }
  let added: MeasureResult[] = NONE;
  if (ungrouped > 0) {
    added = new Array(ungrouped);
    let k = 0;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (priced(r, settled) && !members[i]!.grouped) {
        added[k++] = r;
        counted[c++] = r;
      }
    }
  }
  const before = sum(counted);
  const cap = 'amount' in stacking.companyCap ? { amount: stacking.companyCap.amount, before } : null;
  return { counted, groups, added, cap, maxTotal: capped(before, stacking) };
}

/** A pair already chosen by an earlier group: counted once (groups are disjoint once rules load, but the total never relies on it). */
function chosenBefore(groups: StackingDecision['groups'], g: number, best: MeasureResult): boolean {
  for (let h = 0; h < g; h++) if (groups[h]!.chosen === best) return true;
  return false;
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

/** The total if every undetermined pair turned out eligible: the same stacking as `counting`, summed without a list. */
export function settledTotal(
  results: readonly MeasureResult[],
  stacking: RuleFile['stacking'],
  members: readonly Membership[] = membersOf(results, stacking),
): number {
  let before = 0;
  for (let g = 0; g < stacking.groups.length; g++) {
    const best = bestIn(results, members, g, true);
    if (best !== null && !bestBefore(results, members, g, best)) before += best.maxAmount!;
  }
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (priced(r, true) && !members[i]!.grouped) before += r.maxAmount!;
  }
  return capped(before, stacking);
}

/** `chosenBefore` for the settled total, which keeps no groups: an earlier group's best is worked out again. */
function bestBefore(results: readonly MeasureResult[], members: readonly Membership[], g: number, best: MeasureResult): boolean {
  for (let h = 0; h < g; h++) if (bestIn(results, members, h, true) === best) return true;
  return false;
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
  // What the total leaves out: eligible measures without a published amount, undetermined ones.
  let unpublished = 0;
  let undetermined = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.verdict === 'undetermined') undetermined++;
    else if (r.verdict === 'eligible' && r.maxAmount === null) unpublished++;
  }
  let notCounted: MeasureResult[] = NONE;
  if (unpublished + undetermined > 0) {
    notCounted = new Array(unpublished + undetermined);
    let k = 0;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.verdict === 'undetermined' || (r.verdict === 'eligible' && r.maxAmount === null)) notCounted[k++] = r;
    }
  }
  const stackingNotes = notes ?? notesOf(stacking);
  // The caveats in their order (groups, the company cap, what is left out, the notes), made at their final length.
  let choosing = 0;
  for (let g = 0; g < groups.length; g++) if (groups[g]!.candidates.length > 1) choosing++;
  const overCap = cap !== null && cap.before > cap.amount;
  const capUnknown = !overCap && 'unknown' in stacking.companyCap && counted.length > 1;
  const more = choosing + (overCap || capUnknown ? 1 : 0) + (unpublished > 0 ? 1 : 0) + (undetermined > 0 ? 1 : 0);
  // Nothing but the notes (what most profiles get): the compiled list itself, frozen and shared, as an empty list is.
  if (more === 0 && notes !== undefined)
    return { maxTotal, counted, caveats: notes as Caveat[], choices: NO_CHOICES, decision: { groups, added, notCounted, cap } };
  const caveats: Caveat[] = new Array(more + stackingNotes.length);
  let c = 0;
  for (let g = 0; g < groups.length; g++) {
    const { group, candidates, chosen: best } = groups[g]!;
    if (candidates.length > 1)
      caveats[c++] = {
        code: 'stacking-group',
        args: {
          evidence: group.evidence,
          cite: group.cite,
          chosen: best!.measure.id,
          chosenZh: best!.measure.title.zh,
          project: best!.project?.id,
        },
        text: group.label,
      };
  }
  if (overCap) caveats[c++] = { code: 'company-cap', args: { cap: cap.amount, before: cap.before } };
  else if (capUnknown && 'unknown' in stacking.companyCap)
    caveats[c++] = {
      code: 'company-cap-unknown',
      args: { count: counted.length, cite: stacking.companyCap.cite },
      text: stacking.companyCap.label,
    };
  if (unpublished > 0) caveats[c++] = { code: 'unpublished-amounts', args: { count: unpublished } };
  if (undetermined > 0) caveats[c++] = { code: 'undetermined-measures', args: { count: undetermined } };
  for (let i = 0; i < stackingNotes.length; i++) caveats[c++] = stackingNotes[i]!;
  return {
    maxTotal,
    counted,
    caveats,
    choices: choicesOf(results, stacking.groups, counted, members),
    decision: { groups, added, notCounted, cap },
  };
}

/**
 * What `stack` gives results that are all ineligible: no pair priced, so the same for every such set of
 * results (it gives no results the same). Frozen throughout, for evaluations to share.
 */
export function nothingCounted(stacking: RuleFile['stacking'], notes: readonly Caveat[]): Stacked {
  const stacked = stack(NONE, stacking, notes, NONE);
  for (const g of stacked.decision.groups) Object.freeze(g);
  Object.freeze(stacked.decision.groups);
  if (stacked.decision.cap !== null) Object.freeze(stacked.decision.cap);
  Object.freeze(stacked.decision);
  return Object.freeze(stacked);
}

/** The stacking section's own notes as the caveats every evaluation of the programme reports (and compact NDJSON says once, in its header). */
export function notesOf(stacking: RuleFile['stacking']): Caveat[] {
  return (stacking.caveats ?? []).map((note) => ({
    code: 'stacking-note',
    args: { id: note.id, evidence: note.evidence, cite: note.cite },
    text: note.label,
  }));
}

/** Shared and frozen: the choices of a profile with none to make. */
const NO_CHOICES: Choice[] = NONE as Choice[];

function choicesOf(
  results: readonly MeasureResult[],
  groups: RuleFile['stacking']['groups'],
  counted: readonly MeasureResult[],
  members: readonly Membership[],
): Choice[] {
  let choices: Choice[] = NO_CHOICES;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let count = 0;
    for (let i = 0; i < results.length; i++) if (results[i]!.verdict !== 'ineligible' && inGroup(members, i, g)) count++;
    if (count < 2) continue;
    if (choices === NO_CHOICES) choices = [];
    const options: MeasureResult[] = new Array(count);
    let k = 0;
    for (let i = 0; i < results.length; i++) if (results[i]!.verdict !== 'ineligible' && inGroup(members, i, g)) options[k++] = results[i]!;
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
