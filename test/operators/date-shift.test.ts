import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampInto, dateOf, dayOf, type Role, type Span } from '../../src/operators/date-shift.js';
import type { DateValue } from '../../src/profile/dates.js';
import { lastDayOfMonth } from '../../src/profile/dates.js';

/** clampInto as it was written first, every month parsed from its text: the reference. */
function parsedClamp(v: DateValue, period: Span, role: Role): DateValue | undefined {
  const startOk = v.first >= period.first && v.first <= period.last;
  const endOk = v.last >= period.first && v.last <= period.last;
  if (role === 'start' ? startOk : role === 'end' ? endOk : startOk && endOk) return undefined;
  if (v.precision === 'day') return dayOf(v.first < period.first ? period.first : period.last);
  const index = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
  const text = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
  const first = index(period.first);
  const last = index(period.last);
  const begins = [period.first.endsWith('-01') ? first : first + 1, last];
  const ends = [first, dateOf(text(last)).last === period.last ? last : last - 1];
  const [lo, hi] = role === 'start' ? begins : role === 'end' ? ends : [begins[0]!, ends[1]!];
  if (lo! > hi!) return dayOf(v.first < period.first ? period.first : period.last);
  return dateOf(text(Math.min(Math.max(index(v.text), lo!), hi!)));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const month = fc.record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) });
const day = month.chain(({ year, month }) =>
  fc.integer({ min: 1, max: lastDayOfMonth(year, month) }).map((d) => `${pad(year, 4)}-${pad(month)}-${pad(d)}`),
);
const date = fc.oneof(
  month.map(({ year, month }) => dateOf(`${pad(year, 4)}-${pad(month)}`)),
  day.map(dayOf),
);
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { first: a, last: b } : { first: b, last: a }));
const role = fc.constantFrom<Role>('start', 'end', 'both');

describe('the nearest date inside a period', () => {
  it('is the date value parsing its text gives (months built without parsing them)', () => {
    fc.assert(
      fc.property(date, period, role, (v, p, r) => {
        expect(clampInto(v, p, r)).toEqual(parsedClamp(v, p, r));
      }),
    );
    expect(clampInto(dateOf('2020-01'), { first: '2021-01-01', last: '2024-02-29' }, 'end')).toEqual(dateOf('2021-01'));
    expect(clampInto(dateOf('2025-06'), { first: '2021-01-01', last: '2024-02-29' }, 'end')).toEqual(dateOf('2024-02'));
  });
});
