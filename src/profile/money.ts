/**
 * Reads an amount of money, as a company profile states it, into yuan.
 * Exactness matters more than leniency: units are applied by moving the decimal point on the digit
 * string, never by multiplying a float, so `0.3亿` is 30000000 and not 30000000.000000004.
 */

/** Why an amount was refused: not a number or text, unreadable, below zero, or beyond `MAX_YUAN`. */
export type MoneyResult = { ok: true; yuan: number } | { ok: false; reason: 'type' | 'format' | 'negative' | 'too-large' };

/** One trillion yuan: larger than any company figure, so anything above is a typo or a unit slip. */
export const MAX_YUAN = 1e12;

/** Fen are the smallest unit of account; finer precision would be invented. */
const MAX_YUAN_DECIMALS = 2;

/** Decimal places each Chinese magnitude moves the point. */
const UNIT_SCALE = { 万: 4, 亿: 8 } as const;

/**
 * An optional sign before or after an optional currency prefix, digits (commas only in groups of
 * three), an optional fraction, an optional 万/亿 and an optional currency suffix.
 */
const MONEY_PATTERN =
  /^(?<sign>-)?\s*(?:(?:¥|CNY|RMB)\s*)?(?<innerSign>-)?\s*(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?\s*(?<unit>万|亿)?\s*(?:元|yuan|CNY|RMB)?$/i;

/** Text that NFKC, the minus fold and trim leave as it is (test/profile/money.test.ts checks every character). */
export const FOLDED = /^[0-9,.万亿元]+$/;

export function parseMoney(input: unknown): MoneyResult {
  if (typeof input === 'number') return parseMoneyNumber(input);
  if (typeof input === 'string') return parseMoneyText(input);
  return { ok: false, reason: 'type' };
}

function parseMoneyNumber(yuan: number): MoneyResult {
  if (!Number.isFinite(yuan)) return { ok: false, reason: 'type' };
  if (yuan < 0) return { ok: false, reason: 'negative' };
  if (yuan > MAX_YUAN) return { ok: false, reason: 'too-large' };
  // The shortest round-trip text of the float tells whether it carries more than fen precision.
  return parseMoneyText(String(yuan));
}

function parseMoneyText(text: string): MoneyResult {
  // NFKC folds full-width digits, commas, points, the full-width ¥ and ideographic spaces. Text of
  // ASCII digits, commas, points, 万, 亿 and 元 only is already folded and trimmed: it skips the fold.
  const match = MONEY_PATTERN.exec(
    FOLDED.test(text)
      ? text
      : text
          .normalize('NFKC')
          .replace(/\u2212/g, '-')
          .trim(),
  );
  if (!match?.groups) return { ok: false, reason: 'format' };
  const { sign, innerSign, whole = '', fraction = '', unit } = match.groups;
  if (sign !== undefined || innerSign !== undefined) return { ok: false, reason: 'negative' };
  const scale = unit === undefined ? 0 : UNIT_SCALE[unit as keyof typeof UNIT_SCALE];
  const decimal = shiftDecimal(whole.replace(/,/g, ''), fraction, scale);
  if (decimal === undefined) return { ok: false, reason: 'format' };
  const yuan = Number(decimal);
  if (yuan > MAX_YUAN) return { ok: false, reason: 'too-large' };
  return { ok: true, yuan };
}

/**
 * Multiplies `whole.fraction` by 10^scale as text, returning a plain decimal string, or undefined
 * when the result has more than fen precision. Trailing zeros in the fraction lose nothing, so
 * `3.500` is accepted.
 */
function shiftDecimal(whole: string, fraction: string, scale: number): string | undefined {
  const significantFraction = fraction.replace(/0+$/, '');
  const moved = significantFraction.slice(0, scale).padEnd(scale, '0');
  const remaining = significantFraction.slice(scale);
  if (remaining.length > MAX_YUAN_DECIMALS) return undefined;
  const integer = (whole + moved).replace(/^0+(?=\d)/, '');
  return remaining === '' ? integer : `${integer}.${remaining}`;
}
