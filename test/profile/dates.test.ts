import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { addDays, daysBetween, isLeapYear, lastDayOfMonth, monthBounds, parseDate } from '../../src/profile/dates.js';

describe('parseDate', () => {
  it('reads a month as its whole span', () => {
    expect(parseDate('2021-03')).toEqual({
      ok: true,
      value: { text: '2021-03', precision: 'month', first: '2021-03-01', last: '2021-03-31' },
    });
  });

  it('ends each month on its true last day', () => {
    expect(parseDate('2021-04')).toMatchObject({ ok: true, value: { last: '2021-04-30' } });
    expect(parseDate('2021-02')).toMatchObject({ ok: true, value: { last: '2021-02-28' } });
    expect(parseDate('2020-02')).toMatchObject({ ok: true, value: { last: '2020-02-29' } });
    expect(parseDate('2021-12')).toMatchObject({ ok: true, value: { last: '2021-12-31' } });
  });

  it('reads a day as a span of one day', () => {
    expect(parseDate('2021-03-15')).toEqual({
      ok: true,
      value: { text: '2021-03-15', precision: 'day', first: '2021-03-15', last: '2021-03-15' },
    });
  });

  it('trims surrounding whitespace', () => {
    expect(parseDate('  2021-03-15\n')).toMatchObject({ ok: true, value: { text: '2021-03-15' } });
  });

  it('handles leap years, including the century rules', () => {
    expect(parseDate('2020-02-29').ok).toBe(true);
    expect(parseDate('2000-02-29').ok).toBe(true);
    expect(parseDate('2021-02-29')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('1900-02-29')).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each([['2021-02-30'], ['2021-04-31'], ['2021-13'], ['2021-00'], ['2021-01-00'], ['2021-01-32'], ['2021-13-01']])(
    'refuses %j as impossible',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'impossible' });
    },
  );

  it.each([
    [''],
    ['2021'],
    ['2021-3'],
    ['2021-03-5'],
    ['21-03-05'],
    ['2021/03/05'],
    ['2021-03-05T00:00'],
    ['March 2021'],
    ['２０２１-03'],
    ['2021-03-05 extra'],
  ])('refuses %j as format', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([[20210305], [null], [undefined], [new Date('2021-03-05')], [true]])('refuses %j as the wrong type', (value) => {
    expect(parseDate(value)).toEqual({ ok: false, reason: 'type' });
  });
});

describe('lastDayOfMonth and isLeapYear', () => {
  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
  });

  it('applies the Gregorian century exceptions', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2400)).toBe(true);
  });
});

describe('monthBounds', () => {
  it('gives the first and last day of a month', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });

  it('is undefined for a day, a bad month or text', () => {
    expect(monthBounds('2024-02-01')).toBeUndefined();
    expect(monthBounds('2024-13')).toBeUndefined();
    expect(monthBounds('soon')).toBeUndefined();
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2021-01-31', 1)).toBe('2021-02-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(addDays('2021-03-15', 0)).toBe('2021-03-15');
    expect(addDays('2021-01-01', 365)).toBe('2022-01-01');
  });

  it('ignores daylight-saving changes', () => {
    // Europe and the US change clocks in late March; a local-time implementation could slip a day.
    expect(addDays('2021-03-27', 2)).toBe('2021-03-29');
    expect(addDays('2021-10-30', 2)).toBe('2021-11-01');
  });

  it('keeps years below 100 in their own century', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('throws on a malformed day or a fractional count, which are programming errors', () => {
    expect(() => addDays('2021-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2021-02', 1)).toThrow(RangeError);
    expect(() => addDays('2021-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts days from the first to the second, signed', () => {
    expect(daysBetween('2021-01-01', '2021-01-01')).toBe(0);
    expect(daysBetween('2021-01-01', '2022-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(daysBetween('2021-03-01', '2021-02-28')).toBe(-1);
  });

  it('is the inverse of addDays', () => {
    expect(daysBetween('2019-06-15', addDays('2019-06-15', 1000))).toBe(1000);
  });
});

describe('day arithmetic', () => {
  /** What `Date` says in UTC, the reference the arithmetic is held to. */
  const epochDay = (day: string) => {
    const d = new Date(0);
    d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    return d.getTime() / 86_400_000;
  };
  const realDay = fc
    .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= lastDayOfMonth(year, month))
    .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

  it('counts the days between two real days as Date does in UTC, across leap years and centuries', () => {
    fc.assert(
      fc.property(realDay, realDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(epochDay(b) - epochDay(a));
      }),
    );
    fc.assert(
      fc.property(realDay, fc.integer({ min: -3000, max: 3000 }), (a, n) => {
        const d = new Date((epochDay(a) + n) * 86_400_000);
        if (d.getUTCFullYear() < 0 || d.getUTCFullYear() > 9999) return;
        const want = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
        expect(addDays(a, n)).toBe(want);
      }),
    );
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(3_652_424);
  });

  it('refuses anything but a real YYYY-MM-DD day, as a programming error', () => {
    for (const bad of [
      '2021-02-29',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '2021-1-10',
      ' 2021-01-10',
      '2021-01-10 ',
      '2021/01/10',
      '2021-01',
      '２０２１-01-10',
      '20a1-01-10',
    ])
      expect(() => daysBetween(bad, '2021-01-01'), bad).toThrow(RangeError);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const real = parseDate(text).ok && text.length === 10 && text === text.trim();
        if (real) expect(daysBetween(text, text)).toBe(0);
        else expect(() => daysBetween(text, '2021-01-01')).toThrow(RangeError);
      }),
    );
  });
});
