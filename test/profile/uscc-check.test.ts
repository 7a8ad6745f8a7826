/**
 * checkUscc reads each character's value from a table and sums as it checks the charset: held here to
 * the definition, the charset by `includes` and the check character by usccCheckChar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, USCC_LENGTH, checkUscc, usccCheckChar } from '../../src/profile/uscc.js';
import '../properties/settings.js';

function byDefinition(input: string) {
  const code = input.trim().toUpperCase();
  if (code.length !== USCC_LENGTH) return { ok: false, reason: 'length' };
  for (const unit of code.split('')) if (!USCC_CHARSET.includes(unit)) return { ok: false, reason: 'charset' };
  const expected = usccCheckChar(code.slice(0, USCC_LENGTH - 1));
  return code.endsWith(expected) ? { ok: true, value: code } : { ok: false, reason: 'checksum', expected };
}

const units = fc.constantFrom(...`${USCC_CHARSET}${USCC_CHARSET.toLowerCase()}IOZSVioszv -\u0130\u00df２\ud83d\u007f`);
const valid = fc
  .string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 17, maxLength: 17 })
  .map((first) => first + usccCheckChar(first));
const codes = fc.oneof(
  fc.string({ unit: units, minLength: 17, maxLength: 19 }),
  valid,
  // A valid code with one unit changed: a wrong character, case, or check character.
  fc.tuple(valid, fc.nat({ max: USCC_LENGTH - 1 }), units).map(([code, at, unit]) => code.slice(0, at) + unit + code.slice(at + 1)),
);

describe('checkUscc', () => {
  it('answers as the definition does', () => {
    fc.assert(
      fc.property(codes, (code) => {
        expect(checkUscc(code)).toEqual(byDefinition(code));
      }),
    );
  });

  // A unit beyond ASCII whose low bits name a code character (U+0130 İ, U+FF10 ０, U+0141 Ł): still no code character.
  it.each(['\u0130', '\uff10', '\u0141', '\u00b0'])('refuses %j in place of a code character', (unit) => {
    const code = `9144030071526726${unit}G`;
    expect(checkUscc(code)).toEqual({ ok: false, reason: 'charset' });
    expect(checkUscc(code)).toEqual(byDefinition(code));
  });
});
