/**
 * `order` (src/operators/within.ts) stands in for `<` and `>` on the dates `within` compares: it must
 * order any two texts exactly as they do, two-byte texts (a profile with Chinese in it) included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { order } from '../../src/operators/within.js';

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const asJs = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A two-byte copy of an ASCII text, as a text read from a file with Chinese in it gives it. */
const twoByte = (s: string) => `中${s}`.slice(1);

describe('within: order of two texts', () => {
  it('is the order of < and > for any texts, dates and prefixes', () => {
    const date = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), date),
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), date),
        (a, b) => {
          expect(sign(order(a, b))).toBe(asJs(a, b));
          expect(sign(order(twoByte(a), b))).toBe(asJs(a, b));
        },
      ),
    );
  });

  it('holds none of <, >, <= and >= where they hold none (a missing day)', () => {
    const none = order(undefined as unknown as string, '2022-09-30');
    expect([none < 0, none > 0, none <= 0, none >= 0]).toEqual([false, false, false, false]);
  });

  it('orders dates by day, a shorter prefix first', () => {
    expect(order('2021-01-01', '2022-09-30')).toBeLessThan(0);
    expect(order(twoByte('2022-10-01'), '2022-09-30')).toBeGreaterThan(0);
    expect(order('2022-09-30', twoByte('2022-09-30'))).toBe(0);
    expect(order('2022-09', '2022-09-30')).toBeLessThan(0);
  });
});
