/**
 * What a condition requires, in words a consultant can read out in either language:
 * `> 500,000` / `> 50万元`, `one of completed, accepted` / `属于 completed、accepted 之一`,
 * `within 2020-01..2021-12` / `在 2020年1月 至 2021年12月 内`.
 */
import type { Leaf, RuleFile } from '../rules/schema.js';
import type { Lang } from '../text/lang.js';
import { say, type Message } from '../text/messages.js';
import { formatDate, showValue } from '../text/show.js';

export const REQUIREMENT_TEXT = {
  unpublished: { en: () => 'not published', zh: () => '未公布' },
  present: { en: () => 'to be stated', zh: () => '须填写' },
  compare: { en: (a) => `${a.op} ${a.value}`, zh: (a) => `${a.op} ${a.value}` },
  in: { en: (a) => `one of ${a.values}`, zh: (a) => `属于 ${a.values} 之一` },
  contains: { en: (a) => `includes ${a.value}`, zh: (a) => `包含 ${a.value}` },
  between: { en: (a) => `from ${a.from} to ${a.to}`, zh: (a) => `${a.from} 至 ${a.to}` },
  within: { en: (a) => `within ${a.from}..${a.to}`, zh: (a) => `在 ${a.from} 至 ${a.to} 内` },
} satisfies Record<string, Message>;

const SYMBOL: Record<string, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

export function requirement(leaf: Leaf, rule: RuleFile, lang: Lang): string {
  if (leaf.evidence === 'unknown' || leaf.op === undefined || leaf.fact === undefined) return say(REQUIREMENT_TEXT.unpublished, lang);
  const type = typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : 'date';
  const want = leaf.value;
  const list = Array.isArray(want) ? want : [];
  switch (leaf.op) {
    case 'present':
      return say(REQUIREMENT_TEXT.present, lang);
    case 'in':
      return say(REQUIREMENT_TEXT.in, lang, (l) => ({ values: list.map((v) => showValue(v, type, l)).join(l === 'en' ? ', ' : '、') }));
    case 'contains':
      return say(REQUIREMENT_TEXT.contains, lang, (l) => ({ value: showValue(want as string, type, l) }));
    case 'between':
      return say(REQUIREMENT_TEXT.between, lang, (l) => ({ from: showValue(list[0] as number, type, l), to: showValue(list[1] as number, type, l) }));
    case 'within': {
      const period = rule.periods.find((p) => p.id === want);
      return say(REQUIREMENT_TEXT.within, lang, (l) => ({ from: formatDate(period?.from ?? '?', l), to: formatDate(period?.to ?? '?', l) }));
    }
    default:
      return say(REQUIREMENT_TEXT.compare, lang, (l) => ({ op: SYMBOL[leaf.op!]!, value: showValue(want as string | number | boolean, type, l) }));
  }
}
