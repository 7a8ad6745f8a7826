/**
 * The stacking decision of one programme, explained: which (project, measure) pair each exclusive
 * group keeps and why that is the most, what adds up, what is left out of the total, and the cap.
 */
import type { MeasureResult, ProgrammeResult } from '../../engine/types.js';
import { evidenceWord } from '../../text/evidence.js';
import { type Lang } from '../../text/lang.js';
import { say } from '../../text/messages.js';
import { formatYuan } from '../../text/money.js';
import type { StackingExplain } from '../../contracts/explain.js';
import { STACKING_TEXT } from '../../text/catalogues/explain.js';

/** Words the engine's stacking decision (`ProgrammeResult.stacking`); it decides nothing itself. */
export function stackingExplain(p: ProgrammeResult, lang: Lang): StackingExplain {
  const { stacking } = p.version.rule;
  const decision = p.stacking;
  const pair = (m: MeasureResult) => ({ measure: m.measure.id, project: m.project?.id ?? null, amount: m.maxAmount });
  // English names the pair by the ids `explain` takes; Chinese by the measure's title.
  const name = (m: MeasureResult, l: 'en' | 'zh') => (l === 'zh' ? `${m.measure.title.zh}（${m.project?.id ?? '—'}）`.replace('（—）', '') : `${m.measure.id}${m.project ? ` (${m.project.id})` : ''}`);
  const money = (m: MeasureResult) => (l: 'en' | 'zh') => formatYuan(m.maxAmount!, l);
  const largestFirst = (ms: readonly MeasureResult[]) => [...ms].sort((a, b) => b.maxAmount! - a.maxAmount!);
  const reasoning: string[] = [];
  const groups = decision.groups.map(({ group: g, candidates: weighed, chosen }) => {
    const candidates = largestFirst(weighed);
    const others = candidates.filter((m) => m !== chosen);
    const key = !chosen ? 'group-none' : others.length ? 'group' : 'group-one';
    reasoning.push(
      say(STACKING_TEXT[key], lang, (l) => ({
        label: say(g.label, l),
        chosen: chosen ? name(chosen, l) : '',
        amount: chosen ? money(chosen)(l) : '',
        others: others.map((m) => `${name(m, l)} ${money(m)(l)}`).join(l === 'en' ? ', ' : '、'),
        evidence: evidenceWord(g.evidence, l),
        cite: g.cite,
      })),
    );
    return { id: g.id, label: say(g.label, lang), cite: g.cite, evidence: g.evidence, candidates: candidates.map(pair), chosen: chosen ? pair(chosen) : null };
  });
  const added = largestFirst(decision.added);
  for (const m of added) reasoning.push(say(STACKING_TEXT.added, lang, (l) => ({ pair: name(m, l), amount: money(m)(l) })));
  const left = decision.notCounted;
  for (const m of left) reasoning.push(say(STACKING_TEXT[m.verdict === 'eligible' ? 'unpriced' : 'undetermined'], lang, (l) => ({ pair: name(m, l) })));
  const { cap } = decision;
  if (cap !== null) reasoning.push(say(STACKING_TEXT[cap.before > cap.amount ? 'cap-applied' : 'cap-not-reached'], lang, (l) => ({ cap: formatYuan(cap.amount, l), before: formatYuan(cap.before, l) })));
  else if ('unknown' in stacking.companyCap && pricedCount(decision) > 1) reasoning.push(say(STACKING_TEXT['cap-unknown'], lang, (l) => ({ label: say((stacking.companyCap as { label: { en: string; zh: string } }).label, l), cite: stacking.companyCap.cite })));
  reasoning.push(say(STACKING_TEXT.total, lang, (l) => ({ total: formatYuan(p.maxTotal, l) })));
  reasoning.push(say(pricedCount(decision) === 0 ? STACKING_TEXT.nothing : groups.length > 0 ? STACKING_TEXT['why-groups'] : STACKING_TEXT['why-sum'], lang));
  if (p.supersededBy) {
    const titleZh = p.caveats.find((c) => c.code === 'superseded')?.args.titleZh;
    reasoning.push(say(STACKING_TEXT.superseded, lang, (l) => ({ successor: l === 'zh' && titleZh ? `“${titleZh}”` : p.supersededBy! })));
  }
  return { groups, added: added.map(pair), notCounted: left.map((m) => ({ ...pair(m), verdict: m.verdict })), companyCap: cap?.amount ?? null, maxTotal: p.maxTotal, reasoning };
}

/** Eligible pairs with a published amount: in a group or added. */
function pricedCount(d: ProgrammeResult['stacking']): number {
  return d.added.length + new Set(d.groups.flatMap((g) => g.candidates)).size;
}
