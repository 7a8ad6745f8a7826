/**
 * Amounts written in folded text (ASCII digits, commas, points, 万, 亿, 元) are read by character codes;
 * every other text by the pattern after the fold. The two must read every folded text alike: the same
 * yuan (Object.is, so no -0 and no last-bit difference) or the same reason for refusing it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLDED, moneyPattern, parseMoney } from '../../src/profile/money.js';
import '../properties/settings.js';

const digits = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** A first group of one to five digits, then groups mostly of three: commas placed right and wrong. */
const grouped = fc
  .tuple(
    digits(1, 5),
    fc.array(fc.oneof({ weight: 3, arbitrary: digits(3, 3) }, { weight: 1, arbitrary: digits(1, 5) }), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([first, groups]) => [first, ...groups].join(','));

const folded = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789,.万亿元'), minLength: 1, maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...'01239,.万'), minLength: 1, maxLength: 12 }),
  // Shaped like amounts, so most are read rather than refused.
  fc
    .tuple(
      fc.oneof(
        fc.nat(),
        fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String),
        fc.nat({ max: 999 }).map((n) => `${n},000,500`),
        grouped,
      ),
      fc.option(
        fc.oneof(
          digits(1, 12),
          // One or two digits: fen, and a single digit that is tenths.
          digits(1, 2),
        ),
      ),
      fc.constantFrom('', '万', '亿', '元', '万元', '亿元'),
    )
    .map(([whole, fraction, unit]) => `${whole}${fraction === null ? '' : `.${fraction}`}${unit}`),
  fc.double({ min: 0, max: 2e12, noNaN: true }).map(String),
);

const same = (text: string) => {
  const fast = parseMoney(text);
  const pattern = moneyPattern(text);
  expect(fast).toEqual(pattern);
  if (fast.ok && pattern.ok) expect(Object.is(fast.yuan, pattern.yuan)).toBe(true);
};

describe('folded amounts, read by character codes', () => {
  it('reads every folded text as the pattern does', () => {
    fc.assert(
      fc.property(folded, (text) => {
        fc.pre(FOLDED.test(text));
        same(text);
      }),
    );
  });

  it('reads digits in comma groups, with a fraction and a unit, as the pattern does', () => {
    fc.assert(
      fc.property(grouped, fc.option(digits(1, 3)), fc.constantFrom('', '万', '元'), (whole, fraction, unit) =>
        same(`${whole}${fraction === null ? '' : `.${fraction}`}${unit}`),
      ),
    );
  });

  it.each([
    '24万元',
    '1,250,000',
    '0.3亿',
    '0.0001万',
    '1.23456万',
    '0.0000000001亿',
    '0.00000000001亿',
    '3.500',
    '1.005',
    '007',
    '0',
    '0.05',
    '10000亿',
    '10001亿',
    '1000000000000.01',
    '999999999999.99',
    '9'.repeat(400),
    `${'0'.repeat(400)}1.5万`,
    '1,000.5万元',
    '3,00,000',
    '30,0000',
    '1234,567',
    ',300',
    '3,000,',
    '3.',
    '.5',
    '1.2.3',
    '300万万',
    '1元万',
    '万',
    '元',
    '1..2',
  ])('%j', (text) => same(text));
});
