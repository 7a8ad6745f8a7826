/**
 * The stacking decision of one programme, explained: which (project, measure) pair each exclusive
 * group keeps and why that is the most, what adds up, what is left out of the total, and the cap.
 */
import type { MeasureResult, ProgrammeResult } from '../../engine/types.js';
import { evidenceWord } from '../../text/evidence.js';
import { pick, type Lang } from '../../text/lang.js';
import { say, type Message } from '../../text/messages.js';
import { formatYuan } from '../../text/money.js';
import type { StackingExplain } from '../../contracts/explain.js';

export const STACKING_TEXT = {
  group: {
    en: (a) => `${a.label}: one pair counts, the largest: ${a.chosen} at ${a.amount}, ahead of ${a.others} (${a.evidence}, ${a.cite})`,
    zh: (a) => `${a.label}：只计一项，取最大者：${a.chosen}，${a.amount}，高于 ${a.others}（${a.evidence}，${a.cite}）`,
  },
  'group-one': { en: (a) => `${a.label}: one pair counts: ${a.chosen} at ${a.amount}, the only one eligible with an amount (${a.evidence}, ${a.cite})`, zh: (a) => `${a.label}：只计一项：${a.chosen}，${a.amount}，为唯一符合条件且有金额的一项（${a.evidence}，${a.cite}）` },
  'group-none': { en: (a) => `${a.label}: no eligible pair with a published amount`, zh: (a) => `${a.label}：没有符合条件且公布金额的一项` },
  added: { en: (a) => `${a.pair}: ${a.amount}, added — no group limits it`, zh: (a) => `${a.pair}：${a.amount}，计入合计——不受任何分组限制` },
  unpriced: { en: (a) => `${a.pair}: eligible, but its amount is not published — not in the total`, zh: (a) => `${a.pair}：符合条件，但金额未公布——未计入合计` },
  undetermined: { en: (a) => `${a.pair}: undetermined — not in the total until settled`, zh: (a) => `${a.pair}：待定——确认前不计入合计` },
  'cap-applied': { en: (a) => `company cap: the sum ${a.before} is capped at ${a.cap}`, zh: (a) => `企业上限：合计 ${a.before} 以 ${a.cap} 为限` },
  'cap-not-reached': { en: (a) => `company cap ${a.cap}: not reached`, zh: (a) => `企业上限 ${a.cap}：未达到` },
  'cap-unknown': { en: (a) => `${a.label} No cap is applied (${a.cite}).`, zh: (a) => `${a.label}未设上限（${a.cite}）。` },
  total: { en: (a) => `programme total: ${a.total}`, zh: (a) => `本政策合计：${a.total}` },
  'why-groups': {
    en: () => 'Why this is the most: a group pays one pair, so no choice beats its largest; everything else eligible with an amount adds up, and nothing else limits the sum.',
    zh: () => '为何这是最高额：每个分组只计一项，任何选择都不会超过其中最大者；其他符合条件且有金额的措施全部计入，合计不受其他限制。',
  },
  'why-sum': {
    en: () => 'Why this is the most: no stacking group limits these measures, so every eligible amount adds up.',
    zh: () => '为何这是最高额：没有分组限制这些措施，所有符合条件的金额均计入合计。',
  },
  nothing: { en: () => 'No measure is eligible with a published amount: the total is 0.', zh: () => '没有符合条件且公布金额的措施：合计为 0。' },
  superseded: { en: (a) => `superseded by ${a.successor}: not counted in the company total`, zh: (a) => `已由 ${a.successor} 接续：不计入企业合计` },
} satisfies Record<string, Message>;

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
        label: pick(g.label, l),
        chosen: chosen ? name(chosen, l) : '',
        amount: chosen ? money(chosen)(l) : '',
        others: others.map((m) => `${name(m, l)} ${money(m)(l)}`).join(l === 'en' ? ', ' : '、'),
        evidence: evidenceWord(g.evidence, l),
        cite: g.cite,
      })),
    );
    return { id: g.id, label: pick(g.label, lang), cite: g.cite, evidence: g.evidence, candidates: candidates.map(pair), chosen: chosen ? pair(chosen) : null };
  });
  const added = largestFirst(decision.added);
  for (const m of added) reasoning.push(say(STACKING_TEXT.added, lang, (l) => ({ pair: name(m, l), amount: money(m)(l) })));
  const left = decision.notCounted;
  for (const m of left) reasoning.push(say(STACKING_TEXT[m.verdict === 'eligible' ? 'unpriced' : 'undetermined'], lang, (l) => ({ pair: name(m, l) })));
  const { cap } = decision;
  if (cap !== null) reasoning.push(say(STACKING_TEXT[cap.before > cap.amount ? 'cap-applied' : 'cap-not-reached'], lang, (l) => ({ cap: formatYuan(cap.amount, l), before: formatYuan(cap.before, l) })));
  else if ('unknown' in stacking.companyCap && pricedCount(decision) > 1) reasoning.push(say(STACKING_TEXT['cap-unknown'], lang, (l) => ({ label: pick((stacking.companyCap as { label: { en: string; zh: string } }).label, l), cite: stacking.companyCap.cite })));
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
