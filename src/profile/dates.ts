/**
 * Calendar dates as profiles state them: a month (`2021-03`) or a day (`2021-03-15`).
 * A month stands for the whole month, so every date carries the first and last day it may mean;
 * rules can then ask whether a date lies inside a period for certain or only possibly.
 * Arithmetic is done on UTC days so the local time zone can never shift a date.
 */

/** A parsed date: the text as given, its precision and the first and last `YYYY-MM-DD` it covers. */
export interface DateValue {
  text: string;
  precision: 'month' | 'day';
  first: string;
  last: string;
}

export type DateResult = { ok: true; value: DateValue } | { ok: false; reason: 'type' | 'format' | 'impossible' };

const DATE_PATTERN = /^(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function parseDate(input: unknown): DateResult {
  if (typeof input !== 'string') return { ok: false, reason: 'type' };
  const text = input.trim();
  const groups = DATE_PATTERN.exec(text)?.groups;
  if (!groups) return { ok: false, reason: 'format' };
  const year = Number(groups.year);
  const month = Number(groups.month);
  if (month < 1 || month > 12) return { ok: false, reason: 'impossible' };
  const yearMonth = `${groups.year}-${groups.month}`;
  if (groups.day === undefined) {
    const last = `${yearMonth}-${pad2(lastDayOfMonth(year, month))}`;
    return { ok: true, value: { text, precision: 'month', first: `${yearMonth}-01`, last } };
  }
  const day = Number(groups.day);
  if (day < 1 || day > lastDayOfMonth(year, month)) return { ok: false, reason: 'impossible' };
  return { ok: true, value: { text, precision: 'day', first: text, last: text } };
}

/**
 * parseDate's value for a text that is exactly `YYYY-MM` or `YYYY-MM-DD` and a real date, read by
 * character codes; undefined for anything else (spaces, other shapes, impossible dates), which
 * parseDate then reads or refuses. test/profile/plain-value.test.ts holds the two to the same values.
 */
export function plainDate(text: string): DateValue | undefined {
  const length = text.length;
  if ((length !== 7 && length !== 10) || text.charCodeAt(4) !== 0x2d /* - */) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  if (year < 0 || month < 1 || month > 12) return undefined;
  if (length === 7) {
    return { text, precision: 'month', first: `${text}-01`, last: `${text}-${pad2(lastDayOfMonth(year, month))}` };
  }
  if (text.charCodeAt(7) !== 0x2d) return undefined;
  const day = digits(text, 8, 10);
  if (day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return { text, precision: 'day', first: text, last: text };
}

/** The number the ASCII digits from `start` to `end` write, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Proleptic Gregorian leap years: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** First and last day of a `YYYY-MM` month, or undefined when the text is not a real month. */
export function monthBounds(text: string): { first: string; last: string } | undefined {
  if (!/^\d{4}-\d{2}$/.test(text.trim())) return undefined;
  const parsed = parseDate(text);
  return parsed.ok ? { first: parsed.value.first, last: parsed.value.last } : undefined;
}

/** The `YYYY-MM-DD` day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: day count must be an integer, got ${n}`);
  return formatDay(dayToEpochMs(day) + n * MS_PER_DAY);
}

/** Days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToEpochMs(b) - dayToEpochMs(a)) / MS_PER_DAY);
}

/** Callers pass days already validated by `parseDate`, so a bad one is a programming error. */
function dayToEpochMs(day: string): number {
  const parts = DAY_PATTERN.exec(day);
  const parsed = parseDate(day);
  if (!parts || !parsed.ok || parsed.value.precision !== 'day') {
    throw new RangeError(`expected a real day YYYY-MM-DD, got ${JSON.stringify(day)}`);
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  return date.getTime();
}

function formatDay(epochMs: number): string {
  const date = new Date(epochMs);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
