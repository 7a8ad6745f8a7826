/**
 * An amount explained: the rule in words and the computation with the cap that binds,
 * "min(30% × 8,000,000 = 2,400,000; cap 2,000,000) = 2,000,000 — binding: cap".
 */
import type { AmountStep } from '../../engine/amount-step.js';
import type { MeasureResult } from '../../engine/types.js';
import type { Amount, RuleFile } from '../../rules/schema.js';
import { pick, type Lang } from '../../text/lang.js';
import { say, type Message, type TextArgs } from '../../text/messages.js';
import { formatYuan } from '../../text/money.js';
import { factName } from '../../text/fact-name.js';
import type { AmountExplain } from '../../contracts/explain.js';

type L = 'en' | 'zh';

export const AMOUNT_TEXT = {
  ineligible: { en: () => 'none: the measure is not eligible', zh: () => '无：措施不符合条件' },
  unpublished: { en: () => 'not published', zh: () => '未公布' },
  'missing-base': { en: (a) => `not known: ${a.fact} is missing`, zh: (a) => `未知：缺少${a.fact}` },
  fixed: { en: (a) => `${a.value}`, zh: (a) => `${a.value}` },
  rate: { en: (a) => `${a.rate} × ${a.base} = ${a.value}`, zh: (a) => `${a.rate} × ${a.base} = ${a.value}` },
  match: { en: (a) => `1:1 × ${a.base} = ${a.value}`, zh: (a) => `1:1 × ${a.base} = ${a.value}` },
  'per-unit': { en: (a) => `${a.units} × ${a.perUnit} = ${a.value}`, zh: (a) => `${a.units} × ${a.perUnit} = ${a.value}` },
  tier: { en: (a) => `${a.base} reaches the tier from ${a.min}: ${a.value}`, zh: (a) => `${a.base} 达到 ${a.min} 档：${a.value}` },
  cap: { en: (a) => `min(${a.inner}; cap ${a.cap}) = ${a.value} — binding: ${a.binding}`, zh: (a) => `取较小值（${a.inner}；上限 ${a.cap}）= ${a.value}——起决定作用：${a.binding}` },
  plain: { en: (a) => `${a.inner} — binding: ${a.binding}`, zh: (a) => `${a.inner}——起决定作用：${a.binding}` },
  'rule-fixed': { en: (a) => `up to ${a.value}`, zh: (a) => `最高 ${a.value}` },
  'rule-rate': { en: (a) => `${a.rate} of ${a.base}`, zh: (a) => `${a.base}的 ${a.rate}` },
  'rule-match': { en: (a) => `1:1 of ${a.base}`, zh: (a) => `按${a.base} 1:1 配套` },
  'rule-per-unit': { en: (a) => `${a.perUnit} per unit of ${a.base}`, zh: (a) => `按${a.base}每单位 ${a.perUnit}` },
  'rule-tiers': { en: (a) => `by tiers of ${a.base}`, zh: (a) => `按${a.base}分档` },
  'rule-unpublished': { en: () => 'not published', zh: () => '未公布' },
  rule: { en: (a) => `${a.rule}`, zh: (a) => `${a.rule}` },
  'rule-cap': { en: (a) => `${a.rule}, at most ${a.cap}${a.scope}`, zh: (a) => `${a.rule}，最高 ${a.cap}${a.scope}` },
} satisfies Record<string, Message>;

/** What decides an amount, and what a cap bounds. */
export const BINDING_TEXT = {
  cap: { en: () => 'cap', zh: () => '上限' },
  fixed: { en: () => 'fixed amount', zh: () => '定额' },
  rate: { en: () => 'rate', zh: () => '比例' },
  match: { en: () => 'match', zh: () => '配套额' },
  'per-unit': { en: () => 'per-unit amount', zh: () => '单价' },
  tier: { en: () => 'tier', zh: () => '档位' },
  'scope-award': { en: () => ' per award', zh: () => '（每项奖励）' },
  'scope-project': { en: () => ' per project', zh: () => '（每个项目）' },
  'scope-company': { en: () => ' per company', zh: () => '（每家企业）' },
  'scope-unknown': { en: () => ' (per what is not stated)', zh: () => '（适用范围未说明）' },
} satisfies Record<string, Message>;

export function amountExplain(m: MeasureResult, rule: RuleFile, lang: Lang): AmountExplain {
  const amount = m.measure.amount;
  const binding = bindingOf(m.amountSteps);
  return {
    rule: say(amount.kind !== 'unpublished' && amount.cap !== undefined ? AMOUNT_TEXT['rule-cap'] : AMOUNT_TEXT.rule, lang, (l) => ruleArgs(amount, rule, l)),
    cite: amount.cite,
    evidence: amount.evidence,
    steps: m.amountSteps,
    text: say(AMOUNT_TEXT[textKey(m)], lang, (l) => stepArgs(m.amountSteps, binding, l, rule)),
    binding,
    note: amount.kind === 'unpublished' && amount.note ? pick(amount.note, lang) : null,
  };
}

function ruleArgs(amount: Amount, rule: RuleFile, l: L): TextArgs {
  const base = 'base' in amount ? (rule.facts[amount.base]?.label[l] ?? amount.base) : '';
  const money = (yuan: number) => formatYuan(yuan, l);
  const text =
    amount.kind === 'unpublished'
      ? say(AMOUNT_TEXT['rule-unpublished'], l)
      : amount.kind === 'fixed'
        ? say(AMOUNT_TEXT['rule-fixed'], l, { value: money(amount.value) })
        : amount.kind === 'rate'
          ? say(AMOUNT_TEXT['rule-rate'], l, { rate: typeof amount.rate === 'number' ? `${amount.rate * 100}%` : amount.rate, base })
          : amount.kind === 'match'
            ? say(AMOUNT_TEXT['rule-match'], l, { base })
            : amount.kind === 'per-unit'
              ? say(AMOUNT_TEXT['rule-per-unit'], l, { perUnit: money(amount.perUnit), base })
              : say(AMOUNT_TEXT['rule-tiers'], l, { base });
  if (amount.kind === 'unpublished' || amount.cap === undefined) return { rule: text, cap: '', scope: '' };
  return { rule: text, cap: money(amount.cap), scope: say(BINDING_TEXT[`scope-${amount.capScope ?? 'unknown'}`], l) };
}

function textKey(m: MeasureResult): keyof typeof AMOUNT_TEXT {
  const [first] = m.amountSteps;
  if (m.verdict === 'ineligible' || !first) return 'ineligible';
  if (first.step === 'unpublished' || first.step === 'missing-base') return first.step;
  return m.amountSteps.some((s) => s.step === 'cap') ? 'cap' : 'plain';
}

/** `cap` when the cap decides, else the kind of the computation; null when nothing is computed. */
function bindingOf(steps: readonly AmountStep[]): string | null {
  const [first] = steps;
  if (!first || first.step === 'unpublished' || first.step === 'missing-base') return null;
  const cap = steps.find((s) => s.step === 'cap');
  return cap && cap.step === 'cap' && cap.binding ? 'cap' : first.step;
}

function stepArgs(steps: readonly AmountStep[], binding: string | null, l: L, rule: RuleFile): TextArgs {
  const money = (yuan: number) => formatYuan(yuan, l);
  const [first] = steps;
  const args: TextArgs = { binding: binding ? say(BINDING_TEXT[binding as keyof typeof BINDING_TEXT], l) : '' };
  if (!first) return args;
  if (first.step === 'missing-base') args.fact = l === 'zh' ? `“${factName(first.fact, rule, 'zh')}”` : first.fact;
  else if (first.step === 'fixed') args.inner = say(AMOUNT_TEXT.fixed, l, { value: money(first.value) });
  else if (first.step === 'rate') args.inner = say(AMOUNT_TEXT.rate, l, { rate: first.rate, base: money(first.base), value: money(first.value) });
  else if (first.step === 'match') args.inner = say(AMOUNT_TEXT.match, l, { base: money(first.base), value: money(first.value) });
  else if (first.step === 'per-unit') args.inner = say(AMOUNT_TEXT['per-unit'], l, { units: first.units, perUnit: money(first.perUnit), value: money(first.value) });
  else if (first.step === 'tier') args.inner = say(AMOUNT_TEXT.tier, l, { base: money(first.base), min: money(first.min), value: money(first.value) });
  const cap = steps.find((s) => s.step === 'cap');
  if (cap && cap.step === 'cap') Object.assign(args, { cap: money(cap.cap), value: money(cap.value) });
  return args;
}
