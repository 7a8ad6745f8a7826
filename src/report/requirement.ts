/**
 * What a condition requires, in words a consultant can read out in either language:
 * `> 500,000` / `> 50万元`, `one of completed, accepted` / `属于 completed、accepted 之一`,
 * `within 2020-01..2021-12` / `在 2020年1月 至 2021年12月 内`. Each operator has its words
 * (src/operators/); this shows the values they name.
 */
import type { Show } from '../operators/operator.js';
import { operatorOf } from '../operators/registry.js';
import type { Leaf, RuleFile } from '../rules/schema.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { formatDate, showValue } from '../text/show.js';

export function requirement(leaf: Leaf, rule: RuleFile, lang: Lang): string {
  const op = operatorOf(leaf);
  return say((l) => op.requirement(leaf, showFor(leaf, rule, l), l), lang);
}

/** The type of a leaf's fact as values are shown: `date` for a period pair. */
export const leafFactType = (leaf: Leaf, rule: RuleFile) => (typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : 'date');

function showFor(leaf: Leaf, rule: RuleFile, l: 'en' | 'zh'): Show {
  const type = leafFactType(leaf, rule);
  return { type, value: (v) => showValue(v, type, l), date: (text) => formatDate(text, l), period: (id) => rule.periods.find((p) => p.id === id) };
}
