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
import { citation, t, text, yuan } from './words.js';

/** A required value in a sentence: money as `CNY 5,000,000` / `500万元`, anything else as written. */
function valueText(value: string | number | boolean, money: boolean, lang: Lang): string {
  return money && typeof value === 'number' ? yuan(value, lang) : String(value);
}

/** The test of a leaf in words, without its label: its operator's sentence (src/operators/). */
export function testWords(leaf: Leaf, rule: RuleFile, lang: Lang): string {
  const op = operatorOf(leaf);
  const fact = typeof leaf.fact === 'string' ? leaf.fact : leaf.fact ? `${leaf.fact[0]} – ${leaf.fact[1]}` : '';
  const type = typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : undefined;
  const money = type === 'money';
  const show: Show = { type, value: (v) => valueText(v, money, lang), date: (d) => d, period: (id) => rule.periods.find((p) => p.id === id) };
  const words = op.sentence(leaf, fact, show, lang === 'zh' ? 'zh' : 'en');
  if (op === unpublished) return words;
  return leaf.whenFalse === 'unknown' ? `${words}${t(lang, '; otherwise needs review', '；否则需评审')}` : words;
}

/** `- Good credit record — company.credit is good [S1, stated]`, one line per leaf, nested lists indented. */
export function conditionLines(condition: Condition, rule: RuleFile, lang: Lang, indent = ''): string[] {
  if (isLeaf(condition)) {
    const assumes = condition.assumes?.length ? t(lang, ` (assumes: ${condition.assumes.join(', ')})`, `（假设：${condition.assumes.join('、')}）`) : '';
    return [`${indent}- ${text(condition.label, lang)} — ${testWords(condition, rule, lang)} ${citation(condition.cite, condition.evidence, lang)}${assumes}`];
  }
  if ('not' in condition) return [`${indent}- ${t(lang, 'not:', '不满足：')}`, ...conditionLines(condition.not, rule, lang, `${indent}  `)];
  const [head, children] = 'all' in condition ? [t(lang, 'all of:', '同时满足：'), condition.all] : [t(lang, 'any of:', '满足其一：'), condition.any];
  return [`${indent}- ${head}`, ...children.flatMap((c) => conditionLines(c, rule, lang, `${indent}  `))];
}

/** A top-level `all` reads as a plain list: every item is needed. */
export function conditionBlock(condition: Condition, rule: RuleFile, lang: Lang): string[] {
  if (!isLeaf(condition) && 'all' in condition) return condition.all.flatMap((c) => conditionLines(c, rule, lang));
  return conditionLines(condition, rule, lang);
}

const SCOPE_WORDS = {
  award: ['per award', '每项奖励'],
  project: ['per project', '每个项目'],
  company: ['per company', '每家企业'],
  unknown: ['per award, project or company: not stated', '按奖励、项目还是企业计算：未说明'],
} as const;

/** The amount rule in words: `up to 30% of projects[].investment, at most CNY 2,000,000 per project [S5, reported]`. */
export function amountWords(amount: Amount, lang: Lang): string {
  if (amount.kind === 'unpublished') {
    const note = amount.note ? ` — ${text(amount.note, lang)}` : '';
    return `${t(lang, 'not published', '未公布')} ${citation(amount.cite, amount.evidence, lang)}${note}`;
  }
  const scope = SCOPE_WORDS[amount.capScope ?? 'unknown'];
  const cap = amount.cap !== undefined ? t(lang, `, at most ${yuan(amount.cap, lang)}`, `，最高 ${yuan(amount.cap, lang)}`) : '';
  const rounding = amount.rounding === 'nearest' ? t(lang, ', rounded to the nearest yuan', '，四舍五入到元') : t(lang, ', rounded down to the yuan', '，按元向下取整');
  return `${baseWords(amount, lang)}${cap} (${t(lang, scope[0], scope[1])})${amount.kind === 'fixed' ? '' : rounding} ${citation(amount.cite, amount.evidence, lang)}`;
}

function baseWords(amount: Exclude<Amount, { kind: 'unpublished' }>, lang: Lang): string {
  switch (amount.kind) {
    case 'fixed':
      return t(lang, `up to ${yuan(amount.value, lang)}`, `最高 ${yuan(amount.value, lang)}`);
    case 'rate': {
      const rate = percent(amount.rate);
      return t(lang, `up to ${rate} of ${amount.base}`, `最高为 ${amount.base} 的 ${rate}`);
    }
    case 'match':
      return t(lang, `up to 1:1 of ${amount.base}`, `最高按 ${amount.base} 1:1 配套`);
    case 'per-unit':
      return t(lang, `up to ${yuan(amount.perUnit, lang)} per unit of ${amount.base}`, `按 ${amount.base} 每单位最高 ${yuan(amount.perUnit, lang)}`);
    case 'tiers':
      return tierWords(amount, lang);
  }
}

function tierWords(amount: Extract<Amount, { kind: 'tiers' }>, lang: Lang): string {
  const tiers = [...amount.tiers].sort((a, b) => a.min - b.min).map((x) => t(lang, `from ${x.min}: ${yuan(x.value, lang)}`, `${x.min} 起：${yuan(x.value, lang)}`));
  return t(lang, `by ${amount.base} — ${tiers.join('; ')}`, `按 ${amount.base} 分档——${tiers.join('；')}`);
}
