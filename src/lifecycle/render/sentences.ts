/**
 * Conditions and amounts as sentences a consultant can paste into a memo: the rule's own label,
 * then the test in words (`company.credit is good`), then the citation and evidence level.
 */
import type { Amount, Condition, Leaf, RuleFile } from '../../rules/schema.js';
import { isLeaf } from '../../rules/walk.js';
import type { Lang } from '../../text/lang.js';
import { percent } from '../../text/show.js';
import { citation, t, text, yuan } from './words.js';

type Phrase = (fact: string, v: string, lang: Lang) => string;

const OPERATOR_WORDS: Record<Exclude<NonNullable<Leaf['op']>, 'within' | 'between' | 'present'>, Phrase> = {
  eq: (f, v, l) => t(l, `${f} is ${v}`, `${f} 为 ${v}`),
  ne: (f, v, l) => t(l, `${f} is not ${v}`, `${f} 不为 ${v}`),
  in: (f, v, l) => t(l, `${f} is one of ${v}`, `${f} 为 ${v} 之一`),
  contains: (f, v, l) => t(l, `${f} includes ${v}`, `${f} 包含 ${v}`),
  gt: (f, v, l) => t(l, `${f} is above ${v}`, `${f} 大于 ${v}`),
  gte: (f, v, l) => t(l, `${f} is at least ${v}`, `${f} 不少于 ${v}`),
  lt: (f, v, l) => t(l, `${f} is below ${v}`, `${f} 小于 ${v}`),
  lte: (f, v, l) => t(l, `${f} is at most ${v}`, `${f} 不超过 ${v}`),
};

function valueText(value: unknown, money: boolean, lang: Lang): string {
  if (Array.isArray(value)) return `[${value.map((v) => valueText(v, money, lang)).join(', ')}]`;
  if (money && typeof value === 'number') return yuan(value, lang);
  return String(value);
}

/** The test of a leaf in words, without its label. */
/** What a partial overlap with the period yields, in words. */
const OVERLAP_WORDS = {
  unknown: ['a partial overlap needs review', '部分重叠需评审'],
  fail: ['a partial overlap does not qualify', '部分重叠不符合'],
  pass: ['a partial overlap qualifies (at least partly within)', '部分重叠即符合（至少部分在内）'],
} as const satisfies Record<NonNullable<Leaf['overlap']>, readonly [string, string]>;

export function testWords(leaf: Leaf, rule: RuleFile, lang: Lang): string {
  if (leaf.evidence === 'unknown' || leaf.fact === undefined || leaf.op === undefined) return t(lang, 'not published: never decides', '未公布：不作判断');
  const fact = typeof leaf.fact === 'string' ? leaf.fact : `${leaf.fact[0]} – ${leaf.fact[1]}`;
  const money = typeof leaf.fact === 'string' && rule.facts[leaf.fact]?.type === 'money';
  let words: string;
  if (leaf.op === 'present') words = t(lang, `${fact} is given`, `已填写 ${fact}`);
  else if (leaf.op === 'between') {
    const [low, high] = (leaf.value as number[]).map((v) => valueText(v, money, lang));
    words = t(lang, `${fact} is between ${low} and ${high}`, `${fact} 介于 ${low} 与 ${high} 之间`);
  } else if (leaf.op === 'within') {
    const period = rule.periods.find((p) => p.id === leaf.value);
    const span = period ? `${period.from} – ${period.to}` : String(leaf.value);
    const overlap = OVERLAP_WORDS[leaf.overlap ?? 'unknown'];
    words = t(lang, `${fact} lies within ${span}; ${overlap[0]}`, `${fact} 在 ${span} 之内；${overlap[1]}`);
  } else if (leaf.op === 'in' && typeof leaf.fact === 'string' && ['list', 'years'].includes(rule.facts[leaf.fact]?.type ?? '')) {
    const v = valueText(leaf.value, money, lang);
    words = t(lang, `${fact} includes one of ${v}`, `${fact} 包含 ${v} 之一`);
  } else words = OPERATOR_WORDS[leaf.op](fact, valueText(leaf.value, money, lang), lang);
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
