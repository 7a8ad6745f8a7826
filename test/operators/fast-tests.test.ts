/**
 * `eq` and `ne` compile to a test with the comparison written in (src/operators/kit.ts, `testEquals`):
 * on any value, present or missing, of the company or of a project (or with no project), it gives
 * what the general one-fact test gives with the same comparison as `holds`.
 * `dayOf` gives a period bound as `dateOf` would, without parsing it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import type { Scope } from '../../src/operators/operator.js';
import { dateOf, dayOf } from '../../src/operators/date-shift.js';
import { testEquals, testOneFact } from '../../src/operators/kit.js';
import type { Value } from '../../src/profile/values.js';

const scalar = fc.oneof(fc.constantFrom('good', 'poor', 'putuo', ''), fc.boolean(), fc.integer({ min: -2, max: 2 }), fc.double());
const value: fc.Arbitrary<Value | undefined> = fc.oneof(scalar, fc.constant(undefined), fc.array(fc.constantFrom('a', 'b')));

describe('testEquals', () => {
  it('agrees with testOneFact for eq and ne, company and project facts, whenFalse fail or unknown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('company.credit', 'projects[].status'),
        scalar,
        value,
        fc.boolean(),
        fc.constantFrom(undefined, 'unknown' as const),
        fc.boolean(),
        (fact, want, v, equal, whenFalse, withProject) => {
          const leaf = { fact, label: { zh: 'x', en: 'x' }, cite: 'S1', evidence: 'stated' as const, whenFalse };
          const key = fact.slice(fact.indexOf('.') + 1);
          const facts = v === undefined ? {} : { [key]: v };
          const scope: Scope = {
            company: fact.startsWith('company.') ? facts : {},
            project: withProject ? { id: 'p', index: 0, facts: fact.startsWith('company.') ? {} : facts } : null,
          };
          const fast = testEquals(leaf, want, equal);
          const general = testOneFact(leaf, equal ? (x) => x === want : (x) => x !== want);
          expect(fast.test(scope)).toBe(general.test(scope));
          expect(fast.missing(scope)).toEqual(general.missing(scope));
          expect(fast.actual(scope)).toEqual(general.actual(scope));
        },
      ),
    );
  });
});

describe('dayOf', () => {
  it('gives for a day what parsing it gives, and parses anything else', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        expect(dayOf(d)).toEqual(dateOf(d));
      }),
    );
    expect(dayOf('2022-07')).toEqual(dateOf('2022-07'));
  });
});
