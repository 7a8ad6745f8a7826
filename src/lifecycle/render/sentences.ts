/**
 * Conditions and amounts as sentences a consultant can paste into a memo: the rule's own label,
 * then the test in words (`company.credit is good`), then the citation and evidence level.
 */
import type { Amount, Condition, Leaf, RuleFile } from '../../rules/schema.js';
import type { Show } from '../../operators/operator.js';
import { operatorOf } from '../../operators/registry.js';
import { unpublished } from '../../operators/unpublished.js';
import { isLeaf } from '../../rules/walk.js';
import type { Lang } from '../../text/lang.js';
import { percent } from '../../text/show.js';
import { citation, text, yuan } from './words.js';
import { once, say } from '../../text/messages.js';
import { RULE_WORDS_TEXT } from '../../text/catalogues/rule-words.js';

/** A required value in a sentence: money as `CNY 5,000,000` / `500万元`, anything else as written. */
function valueText(value: string | number | boolean, money: boolean, lang: Lang): string {
  return money && typeof value === 'number' ? yuan(value, lang) : String(value);
}

/** The test of a leaf in words, without its label: its operator's sentence (src/operators/). */
function testWords(leaf: Leaf, rule: RuleFile, lang: Lang): string {
  const op = operatorOf(leaf);
  const fact = typeof leaf.fact === 'string' ? leaf.fact : leaf.fact ? `${leaf.fact[0]} – ${leaf.fact[1]}` : '';
  const type = typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : undefined;
  const money = type === 'money';
  const show: Show = {
    type,
    value: (v) => valueText(v, money, lang),
    date: (d) => d,
    period: (id) => rule.periods.find((p) => p.id === id),
  };
  const words = op.sentence(leaf, fact, show, lang === 'zh' ? 'zh' : 'en');
  if (op === unpublished) return words;
  return leaf.whenFalse === 'unknown' ? `${words}${say(RULE_WORDS_TEXT['otherwise-review'], once(lang))}` : words;
}

/** `- Good credit record — company.credit is good [S1, stated]`, one line per leaf, nested lists indented. */
function conditionLines(condition: Condition, rule: RuleFile, lang: Lang, indent = ''): string[] {
  if (isLeaf(condition)) {
    const assumes = condition.assumes?.length
      ? say(RULE_WORDS_TEXT.assumes, once(lang), (l) => ({ ids: condition.assumes!.join(l === 'zh' ? '、' : ', ') }))
      : '';
    return [
      `${indent}- ${text(condition.label, lang)} — ${testWords(condition, rule, lang)} ${citation(condition.cite, condition.evidence, lang)}${assumes}`,
    ];
  }
  if ('not' in condition)
    return [`${indent}- ${say(RULE_WORDS_TEXT.not, once(lang))}`, ...conditionLines(condition.not, rule, lang, `${indent}  `)];
  const [head, children] =
    'all' in condition
      ? [say(RULE_WORDS_TEXT['all-of'], once(lang)), condition.all]
      : [say(RULE_WORDS_TEXT['any-of'], once(lang)), condition.any];
  return [`${indent}- ${head}`, ...children.flatMap((c) => conditionLines(c, rule, lang, `${indent}  `))];
}

/** A top-level `all` reads as a plain list: every item is needed. */
export function conditionBlock(condition: Condition, rule: RuleFile, lang: Lang): string[] {
  if (!isLeaf(condition) && 'all' in condition) return condition.all.flatMap((c) => conditionLines(c, rule, lang));
  return conditionLines(condition, rule, lang);
}

/** The amount rule in words: `up to 30% of projects[].investment, at most CNY 2,000,000 per project [S5, reported]`. */
export function amountWords(amount: Amount, lang: Lang): string {
  if (amount.kind === 'unpublished') {
    const note = amount.note ? ` — ${text(amount.note, lang)}` : '';
    return `${say(RULE_WORDS_TEXT['not-published'], once(lang))} ${citation(amount.cite, amount.evidence, lang)}${note}`;
  }
  const cap = amount.cap !== undefined ? say(RULE_WORDS_TEXT['at-most'], once(lang), { amount: yuan(amount.cap, lang) }) : '';
  const rounding =
    amount.rounding === 'nearest' ? say(RULE_WORDS_TEXT['rounded-nearest'], once(lang)) : say(RULE_WORDS_TEXT['rounded-down'], once(lang));
  return `${baseWords(amount, lang)}${cap} (${say(RULE_WORDS_TEXT[`scope-${amount.capScope ?? 'unknown'}`], once(lang))})${amount.kind === 'fixed' ? '' : rounding} ${citation(amount.cite, amount.evidence, lang)}`;
}

function baseWords(amount: Exclude<Amount, { kind: 'unpublished' }>, lang: Lang): string {
  switch (amount.kind) {
    case 'fixed':
      return say(RULE_WORDS_TEXT['up-to'], once(lang), { amount: yuan(amount.value, lang) });
    case 'rate': {
      const rate = percent(amount.rate);
      return say(RULE_WORDS_TEXT['up-to-rate'], once(lang), { rate, base: amount.base });
    }
    case 'match':
      return say(RULE_WORDS_TEXT['up-to-match'], once(lang), { base: amount.base });
    case 'per-unit':
      return say(RULE_WORDS_TEXT['up-to-per-unit'], once(lang), { amount: yuan(amount.perUnit, lang), base: amount.base });
    case 'tiers':
      return tierWords(amount, lang);
  }
}

function tierWords(amount: Extract<Amount, { kind: 'tiers' }>, lang: Lang): string {
  const tiers = [...amount.tiers]
    .sort((a, b) => a.min - b.min)
    .map((x) => say(RULE_WORDS_TEXT.tier, once(lang), { min: x.min, amount: yuan(x.value, lang) }));
  return say(RULE_WORDS_TEXT.tiers, once(lang), (l) => ({ base: amount.base, tiers: tiers.join(l === 'zh' ? '；' : '; ') }));
}
