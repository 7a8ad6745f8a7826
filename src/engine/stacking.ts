/**
 * How eligible measures add up for one applicant. A stacking group yields only its best
 * (project, measure) pair; everything else eligible with a published amount is summed.
 * The decision is returned as data (`StackingDecision`) for `explain` to word.
 */
import type { RuleFile } from '../rules/schema.js';
import type { Caveat, MeasureResult } from './types.js';

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
  /** The results counted in maxTotal. */
  counted: Set<MeasureResult>;
  caveats: Caveat[];
  /** The stacking groups the company has to choose in, as decided here. */
  choices: Choice[];
  decision: StackingDecision;
}

/**
 * A stacking group the company must choose in: two or more (project, measure) pairs that are each
 * eligible or undetermined, of which only one can be taken. Checklists show it as one "choose one".
 */
export interface Choice {
  group: RuleFile['stacking']['groups'][number];
  /** Eligible before undetermined, each the larger amount first (an unpublished one last): the counted pair first. */
  options: MeasureResult[];
  /** The pair the total counts; null when no option is eligible with a published amount. */
  chosen: MeasureResult | null;
}

/** The pairs a total counts: in each group its best priced pair, and every priced pair in no group. */
function counting(results: readonly MeasureResult[], stacking: RuleFile['stacking'], eligible: (r: MeasureResult) => boolean) {
  const priced = results.filter((r) => eligible(r) && r.maxAmount !== null);
  const counted = new Set<MeasureResult>();
  const grouped = new Set<MeasureResult>();
  const groups: StackingDecision['groups'] = [];
  for (const group of stacking.groups) {
    const members = priced.filter((r) => group.measures.includes(r.measure.id));
    members.forEach((r) => grouped.add(r));
    const best = members.reduce<MeasureResult | undefined>((b, r) => (b === undefined || r.maxAmount! > b.maxAmount! ? r : b), undefined);
    if (best) counted.add(best);
    groups.push({ group, candidates: members, chosen: best ?? null });
  }
  const added = priced.filter((r) => !grouped.has(r));
  added.forEach((r) => counted.add(r));
  let before = 0;
  for (const r of counted) before += r.maxAmount!;
  const cap = 'amount' in stacking.companyCap ? { amount: stacking.companyCap.amount, before } : null;
  return { counted, groups, added, cap, maxTotal: cap && before > cap.amount ? cap.amount : before };
}

/** The total if every undetermined pair turned out eligible: the same stacking, nothing else worked out. */
export function settledTotal(results: readonly MeasureResult[], stacking: RuleFile['stacking']): number {
  return counting(results, stacking, (r) => r.verdict !== 'ineligible').maxTotal;
}

export function stack(results: readonly MeasureResult[], stacking: RuleFile['stacking']): Stacked {
  const { counted, groups, added, cap, maxTotal } = counting(results, stacking, (r) => r.verdict === 'eligible');
  const caveats: Caveat[] = [];
  for (const { group, candidates, chosen: best } of groups) {
    if (candidates.length > 1) caveats.push({ code: 'stacking-group', args: { evidence: group.evidence, cite: group.cite, chosen: best!.measure.id, chosenZh: best!.measure.title.zh, project: best!.project?.id }, text: group.label });
  }
  if (cap && cap.before > cap.amount) {
    caveats.push({ code: 'company-cap', args: { cap: cap.amount, before: cap.before } });
  } else if ('unknown' in stacking.companyCap && counted.size > 1) {
    caveats.push({ code: 'company-cap-unknown', args: { count: counted.size, cite: stacking.companyCap.cite }, text: stacking.companyCap.label });
  }
  caveats.push(...unpricedCaveats(results));
  for (const note of stacking.caveats ?? []) caveats.push({ code: 'stacking-note', args: { id: note.id, evidence: note.evidence, cite: note.cite }, text: note.label });
  const notCounted = results.filter((r) => r.verdict === 'undetermined' || (r.verdict === 'eligible' && r.maxAmount === null));
  return { maxTotal, counted, caveats, choices: choicesOf(results, stacking.groups, counted), decision: { groups, added, notCounted, cap } };
}

function choicesOf(results: readonly MeasureResult[], groups: RuleFile['stacking']['groups'], counted: ReadonlySet<MeasureResult>): Choice[] {
  const open = results.filter((r) => r.verdict !== 'ineligible');
  return groups.flatMap((group) => {
    const options = open.filter((r) => group.measures.includes(r.measure.id)).sort(byPromise);
    if (options.length < 2) return [];
    return [{ group, options, chosen: options.find((r) => counted.has(r)) ?? null }];
  });
}

/**
 * The better option first: eligible before undetermined (an undetermined amount is not yet on offer),
 * each by amount with an unpublished one last. So the first option is the one the total counts.
 */
function byPromise(a: MeasureResult, b: MeasureResult): number {
  const amount = (r: MeasureResult) => r.maxAmount ?? -1;
  return Number(a.verdict !== 'eligible') - Number(b.verdict !== 'eligible') || amount(b) - amount(a);
}

/** What the total leaves out: eligible measures without a published amount, undetermined ones. */
function unpricedCaveats(results: readonly MeasureResult[]): Caveat[] {
  const caveats: Caveat[] = [];
  const unpublished = results.filter((r) => r.verdict === 'eligible' && r.maxAmount === null).length;
  if (unpublished > 0) caveats.push({ code: 'unpublished-amounts', args: { count: unpublished } });
  const undetermined = results.filter((r) => r.verdict === 'undetermined').length;
  if (undetermined > 0) caveats.push({ code: 'undetermined-measures', args: { count: undetermined } });
  return caveats;
}
