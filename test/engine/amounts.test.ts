import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAmount, rateOf } from '../../src/engine/amounts.js';
import type { Amount } from '../../src/rules/schema.js';
import { context, project } from '../builders.js';

const cited = { cite: 'S5', evidence: 'reported' } as const;
const rate30: Amount = { kind: 'rate', base: 'projects[].investment', rate: '30%', cap: 2_000_000, capScope: 'project', ...cited };
const onProject = (facts: Record<string, number>) => context({}, project(facts));

describe('amounts', () => {
  it('caps 30% of 8,000,000 at 2,000,000 and names the cap as binding', () => {
    const r = compileAmount(rate30)(onProject({ investment: 8_000_000 }));
    expect(r.value).toBe(2_000_000);
    expect(r.steps).toEqual([
      { step: 'rate', fact: 'projects[].investment', base: 8_000_000, rate: '30%', value: 2_400_000 },
      { step: 'cap', cap: 2_000_000, scope: 'project', before: 2_400_000, value: 2_000_000, binding: true },
    ]);
  });

  it('leaves the rate binding below the cap', () => {
    const r = compileAmount(rate30)(onProject({ investment: 3_000_000 }));
    expect(r.value).toBe(900_000);
    expect(r.steps[1]).toMatchObject({ step: 'cap', binding: false });
  });

  it('rounds down to the yuan, exactly, fen included', () => {
    expect(compileAmount(rate30)(onProject({ investment: 500_001 })).value).toBe(150_000);
    expect(compileAmount(rate30)(onProject({ investment: 3333.33 })).value).toBe(999);
    expect(rateOf('12.5%', Math.floor).times(1_000_001)).toBe(125_000);
    expect(rateOf(0.3, Math.floor).times(10)).toBe(3);
    expect(rateOf('30%', Math.round).times(5)).toBe(2);
  });

  it('computes a rate in doubles exactly as the exact fraction in BigInt gives it, at any size', () => {
    // The reference: the rate as numerator / denominator, the base in fen, divided in BigInt.
    const reference = (rate: string, base: number, nearest: boolean) => {
      const [whole, fraction = ''] = rate.slice(0, -1).split('.');
      const scaled = BigInt(Math.round(base * 100)) * BigInt(`${whole}${fraction}`);
      const divisor = 10n ** BigInt(fraction.length + 2) * 100n;
      return Number(nearest ? (scaled * 2n + divisor) / (divisor * 2n) : scaled / divisor);
    };
    const rates = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 })).map(([w, f]) => `${w}.${String(f).padStart(4, '0')}%`);
    const bases = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e14, max: 1e14 }).map((fen) => fen / 100));
    fc.assert(
      fc.property(rates, bases, fc.boolean(), (rate, base, nearest) => {
        expect(rateOf(rate, nearest ? Math.round : Math.floor).times(base)).toBe(reference(rate, base, nearest));
      }),
      { numRuns: 2000 },
    );
    // Just past and just below a whole yuan, where a double quotient would round the wrong way.
    expect(rateOf('33.3333%', Math.floor).times(300_000_300)).toBe(reference('33.3333%', 300_000_300, false));
    expect(rateOf('99.9999%', Math.floor).times(999_999_999_999.99)).toBe(reference('99.9999%', 999_999_999_999.99, false));
  });

  it('matches 1:1 up to its cap', () => {
    const match: Amount = { kind: 'match', base: 'projects[].municipal_funding', cap: 2_000_000, ...cited };
    expect(compileAmount(match)(onProject({ municipal_funding: 1_500_000 })).value).toBe(1_500_000);
    expect(compileAmount(match)(onProject({ municipal_funding: 2_500_000 })).value).toBe(2_000_000);
  });

  it('gives null, never 0, for an unpublished amount or a missing base', () => {
    const unpublished: Amount = { kind: 'unpublished', cite: 'S1', evidence: 'unknown' };
    expect(compileAmount(unpublished)(context({}))).toEqual({ value: null, steps: [{ step: 'unpublished' }], missing: [] });
    const r = compileAmount(rate30)(onProject({}));
    expect(r.value).toBeNull();
    expect(r.missing).toEqual(['projects[0].investment']);
  });

  it('pays per unit and by tier', () => {
    const perUnit: Amount = { kind: 'per-unit', base: 'company.stations', perUnit: 10_000, cap: 50_000, ...cited };
    expect(compileAmount(perUnit)(context({ stations: 3 })).value).toBe(30_000);
    expect(compileAmount(perUnit)(context({ stations: 9 })).value).toBe(50_000);
    const tiers: Amount = { kind: 'tiers', base: 'company.revenue', tiers: [{ min: 0, value: 0 }, { min: 1e6, value: 100_000 }, { min: 1e7, value: 500_000 }], ...cited };
    expect(compileAmount(tiers)(context({ revenue: 5e6 })).value).toBe(100_000);
    expect(compileAmount(tiers)(context({ revenue: 1e7 })).value).toBe(500_000);
  });
});
