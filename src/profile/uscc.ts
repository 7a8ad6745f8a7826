/**
 * The unified social credit code (统一社会信用代码) that identifies a Chinese organisation,
 * checked against its GB 32100-2015 check character so a mistyped code is caught at input.
 * Only length, alphabet and checksum are verified, not the meaning of each position.
 */

/** The 31 code characters; I, O, Z, S and V are left out to avoid confusion with digits and each other. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of positions 1–17: 3^(i-1) mod 31, as tabulated in the standard. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const USCC_LENGTH = 18;

export type UsccResult = { ok: true; value: string } | { ok: false; reason: 'type' | 'length' | 'charset' | 'checksum'; expected?: string };

/** The check character of the weighted sum of the first 17 characters' values. */
const checkCharOf = (sum: number): string => USCC_CHARSET.charAt((31 - (sum % 31)) % 31);

/** The check character for the first 17 characters of a code. Throws on text that is not 17 code characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) {
    throw new RangeError(`expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let position = 0; position < USCC_WEIGHTS.length; position++) {
    const weight = USCC_WEIGHTS[position]!;
    const value = USCC_CHARSET.indexOf(first17.charAt(position));
    if (value < 0) throw new RangeError(`not a code character: ${JSON.stringify(first17.charAt(position))}`);
    sum += value * weight;
  }
  return checkCharOf(sum);
}

/** Each code character's value (its place in USCC_CHARSET) by character code, -1 for any other ASCII character. */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let value = 0; value < USCC_CHARSET.length; value++) VALUE_OF[USCC_CHARSET.charCodeAt(value)] = value;

export function checkUscc(input: unknown): UsccResult {
  if (typeof input !== 'string') return { ok: false, reason: 'type' };
  const code = input.trim().toUpperCase();
  if (code.length !== USCC_LENGTH) return { ok: false, reason: 'length' };
  // By UTF-16 unit: half of a surrogate pair is no code character either. The sum is usccCheckChar's,
  // taken in the same pass (every profile's code is checked).
  let sum = 0;
  for (let i = 0; i < USCC_LENGTH; i++) {
    const unit = code.charCodeAt(i);
    const value = unit < 128 ? VALUE_OF[unit]! : -1;
    if (value < 0) return { ok: false, reason: 'charset' };
    if (i < USCC_WEIGHTS.length) sum += value * USCC_WEIGHTS[i]!;
  }
  const expected = checkCharOf(sum);
  if (code.charAt(USCC_LENGTH - 1) !== expected) return { ok: false, reason: 'checksum', expected };
  return { ok: true, value: code };
}
