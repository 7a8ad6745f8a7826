/**
 * An amount explained: the rule in words and the computation with the cap that binds,
 * "min(30% × 8,000,000 = 2,400,000; cap 2,000,000) = 2,000,000 — binding: cap".
 */
import type { AmountStep } from '../../engine/amount-step.js';
import type { MeasureResult } from '../../engine/types.js';
import type { Amount, RuleFile } from '../../rules/schema.js';
import { type Lang } from '../../text/lang.js';
import { say, type TextArgs } from '../../text/messages.js';
import { formatYuan } from '../../text/money.js';
import { percent } from '../../text/show.js';
import { factInSentence } from '../../text/fact-name.js';
import type { AmountExplain } from '../../contracts/explain.js';
import { AMOUNT_TEXT, BINDING_TEXT } from '../../text/catalogues/explain.js';

type L = 'en' | 'zh';

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
    note: amount.kind === 'unpublished' && amount.note ? say(amount.note, lang) : null,
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
          ? say(AMOUNT_TEXT['rule-rate'], l, { rate: percent(amount.rate), base })
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
  if (first.step === 'missing-base') args.fact = factInSentence(first.fact, rule, l);
  else if (first.step === 'fixed') args.inner = say(AMOUNT_TEXT.fixed, l, { value: money(first.value) });
  else if (first.step === 'rate') args.inner = say(AMOUNT_TEXT.rate, l, { rate: first.rate, base: money(first.base), value: money(first.value) });
  else if (first.step === 'match') args.inner = say(AMOUNT_TEXT.match, l, { base: money(first.base), value: money(first.value) });
  else if (first.step === 'per-unit') args.inner = say(AMOUNT_TEXT['per-unit'], l, { units: first.units, perUnit: money(first.perUnit), value: money(first.value) });
  else if (first.step === 'tier') args.inner = say(AMOUNT_TEXT.tier, l, { base: money(first.base), min: money(first.min), value: money(first.value) });
  const cap = steps.find((s) => s.step === 'cap');
  if (cap && cap.step === 'cap') Object.assign(args, { cap: money(cap.cap), value: money(cap.value) });
  return args;
}
