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
  // Text of ASCII digits, commas, points, 万, 亿 and 元 only is already folded and trimmed: it is read by
  // character codes. Any other is folded first: NFKC folds full-width digits, commas, points, the
  // full-width ¥ and ideographic spaces.
  if (FOLDED.test(text)) return foldedMoney(text);
  return moneyPattern(
    text
      .normalize('NFKC')
      .replace(/\u2212/g, '-')
      .trim(),
  );
}

/** An amount of folded, trimmed text as MONEY_PATTERN reads it: the reading of every text, which foldedMoney must agree with. */
export function moneyPattern(text: string): MoneyResult {
  const match = MONEY_PATTERN.exec(text);
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

const COMMA = 0x2c;
const POINT = 0x2e;
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const YUAN = '元'.charCodeAt(0);
/** The digit a character code stands for, or -1 (also for NaN, read past the end of a text). */
const digitOf = (code: number) => (code >= 0x30 && code <= 0x39 ? code - 0x30 : -1);

/**
 * What moneyPattern makes of a FOLDED text, read by character codes, with no match object and no
 * intermediate strings: every amount a profile writes as text (`24万元`, `1,250,000`) is read here.
 * The point is moved on digits, as shiftDecimal moves it: the whole number of yuan is built digit by
 * digit (exact, as an integer up to 10^12 is), and fen are added by one division of exact integers,
 * which rounds as Number() rounds the same decimal. test/profile/money-folded.test.ts holds the two alike.
 */
function foldedMoney(text: string): MoneyResult {
  let at = 0;
  let whole = 0;
  for (let d = digitOf(text.charCodeAt(at)); d >= 0; d = digitOf(text.charCodeAt(++at))) whole = whole * 10 + d;
  if (at === 0) return { ok: false, reason: 'format' };
  // Commas only after one to three digits, each before a group of three.
  if (text.charCodeAt(at) === COMMA) {
    if (at > 3) return { ok: false, reason: 'format' };
    while (text.charCodeAt(at) === COMMA) {
      for (let k = 1; k <= 3; k++) {
        const d = digitOf(text.charCodeAt(at + k));
        if (d < 0) return { ok: false, reason: 'format' };
        whole = whole * 10 + d;
      }
      at += 4;
    }
  }
  // The fraction's digits from `start`, to its last that is not zero (trailing zeros lose nothing).
  let start = at;
  let significant = 0;
  if (text.charCodeAt(at) === POINT) {
    start = ++at;
    for (let d = digitOf(text.charCodeAt(at)); d >= 0; d = digitOf(text.charCodeAt(++at))) if (d > 0) significant = at - start + 1;
    if (at === start) return { ok: false, reason: 'format' };
  }
  const unit = text.charCodeAt(at);
  const scale = unit === WAN ? UNIT_SCALE.万 : unit === YI ? UNIT_SCALE.亿 : 0;
  if (scale > 0) at++;
  if (text.charCodeAt(at) === YUAN) at++;
  if (at !== text.length) return { ok: false, reason: 'format' };
  // Fraction digits past the unit's places are fen (at most two of them).
  const fen = significant - scale;
  if (fen > MAX_YUAN_DECIMALS) return { ok: false, reason: 'format' };
  let yuan = whole;
  for (let k = 0; k < scale; k++) yuan = yuan * 10 + (k < significant ? digitOf(text.charCodeAt(start + k)) : 0);
  if (fen > 0 && yuan <= MAX_YUAN) {
    let cents = 0;
    for (let k = scale; k < significant; k++) cents = cents * 10 + digitOf(text.charCodeAt(start + k));
    const unitOf = fen === 1 ? 10 : 100;
    yuan = (yuan * unitOf + cents) / unitOf;
  }
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
