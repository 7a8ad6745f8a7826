/**
 * Amounts in integer yuan, `up-to`: the most the rule allows. Each step is recorded so the output can
 * say "min(30% × 8,000,000 = 2,400,000; cap 2,000,000) = 2,000,000 — binding: cap".
 */
import type { Amount } from '../rules/schema.js';
import { reader, type Context } from './conditions.js';
import type { AmountStep } from './types.js';
import { percent } from '../text/show.js';
import { NONE } from './none.js';

export interface AmountOutcome {
  value: number | null;
  /** Fresh for an amount read from a fact; shared and frozen where the rule alone decides them. */
  steps: AmountStep[];
  missing: readonly string[];
}

export type CompiledAmount = (ctx: Context) => AmountOutcome;

/** An outcome that depends on the rule only (`unpublished`, `fixed`): made once, frozen, shared by every result. */
const constant = (o: AmountOutcome): AmountOutcome => Object.freeze({ ...o, steps: Object.freeze(o.steps) as AmountStep[] });

export function compileAmount(amount: Amount): CompiledAmount {
  if (amount.kind === 'unpublished') {
    const unpublished = constant({ value: null, steps: [{ step: 'unpublished' }], missing: NONE });
    return () => unpublished;
  }
  const cap = capStep(amount.cap, amount.capScope ?? 'unknown');
  const round = amount.rounding === 'nearest' ? Math.round : Math.floor;
  if (amount.kind === 'fixed') {
    const fixed = constant(cap({ step: 'fixed', value: amount.value }));
    return () => fixed;
  }
  const fact = amount.base;
  const read = reader(fact);
  const raw = rawStep(amount, fact, round);
  return (ctx) => {
    const value = read.value(ctx);
    if (value === undefined) {
      const path = read.pathOf(ctx);
      return { value: null, steps: [{ step: 'missing-base', fact: path }], missing: [path] };
    }
    return cap(raw(value as number));
  };
}

type RawStep = Extract<AmountStep, { value: number }>;

function rawStep(
  amount: Exclude<Amount, { kind: 'unpublished' | 'fixed' }>,
  fact: string,
  round: (x: number) => number,
): (base: number) => RawStep {
  switch (amount.kind) {
    case 'rate': {
      const { text, times } = rateOf(amount.rate, round);
      return (base) => ({ step: 'rate', fact, base, rate: text, value: Math.max(0, times(base)) });
    }
    case 'match':
      return (base) => ({ step: 'match', fact, base, value: Math.max(0, round(base)) });
    case 'per-unit':
      // A number fact may be negative (a loss, a decrease); an amount never is.
      return (units) => ({ step: 'per-unit', fact, units, perUnit: amount.perUnit, value: Math.max(0, round(units * amount.perUnit)) });
    case 'tiers': {
      const tiers = [...amount.tiers].sort((a, b) => b.min - a.min);
      return (base) => {
        const tier = tiers.find((t) => base >= t.min);
        return { step: 'tier', fact, base, min: tier?.min ?? 0, value: tier?.value ?? 0 };
      };
    }
  }
}

/** The outcome of a raw step, then the cap if the rule has one: the steps as one list literal, never grown. */
function capStep(cap: number | undefined, scope: string): (raw: RawStep) => AmountOutcome {
  if (cap === undefined) return (raw) => ({ value: raw.value, steps: [raw], missing: NONE });
  return (raw) => {
    const before = raw.value;
    const value = Math.min(before, cap);
    return { value, steps: [raw, { step: 'cap', cap, scope, before, value, binding: cap < before }], missing: NONE };
  };
}

/**
 * A rate as an exact fraction, so 30% of 8,000,000.01 is computed without binary floating point:
 * the base is taken in fen (money has at most two decimals) and the product in BigInt when large.
 */
export function rateOf(rate: string | number, round: (x: number) => number): { text: string; times: (base: number) => number } {
  // A number such as 1e-7 prints in exponent form: write it out as a plain decimal first.
  const decimal = typeof rate === 'number' ? rate.toFixed(15).replace(/\.?0+$/, '') : rate.slice(0, -1);
  const [whole, fraction = ''] = decimal.split('.');
  const numerator = BigInt(`${whole}${fraction}`);
  const denominator = 10n ** BigInt(fraction.length + (typeof rate === 'number' ? 0 : 2));
  const text = percent(rate);
  const nearest = round !== Math.floor;
  const divisor = denominator * 100n;
  // Exact in doubles while every product stays a safe integer (any real base and rate): no BigInt per
  // profile on the evaluation path; beyond that, BigInt.
  const small = { numerator: Number(numerator), divisor: Number(divisor) };
  const exact = Number.isSafeInteger(small.numerator) && Number.isSafeInteger(small.divisor * 2);
  const times = (base: number): number => {
    const fen = Math.round(base * 100);
    if (exact && Number.isSafeInteger(fen * small.numerator * 2 + small.divisor)) {
      return nearest
        ? quotient(fen * small.numerator * 2 + small.divisor, small.divisor * 2)
        : quotient(fen * small.numerator, small.divisor);
    }
    const scaled = BigInt(fen) * numerator;
    if (!nearest) return Number(scaled / divisor);
    return Number((scaled * 2n + divisor) / (divisor * 2n));
  };
  return { text, times };
}

/** `a / b` rounded toward zero, exactly, for safe integers `a` and `b > 0` (as BigInt division does). */
function quotient(a: number, b: number): number {
  let q = Math.trunc(a / b);
  // The double quotient may land one off near a whole number: correct it with exact products.
  if (a >= 0) {
    if (q * b > a) q--;
    else if ((q + 1) * b <= a) q++;
  } else {
    if (q * b < a) q++;
    else if ((q - 1) * b >= a) q--;
  }
  return q + 0; // never -0: BigInt has none
}
