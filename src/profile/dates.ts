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

const MS_PER_DAY = 86_400_000;
const DASH = 0x2d;
/** What `packed` gives for a text that is not `YYYY-MM` or `YYYY-MM-DD`, and for one that is but names no real date. */
const FORMAT = -1;
const IMPOSSIBLE = -2;

export function parseDate(input: unknown): DateResult {
  if (typeof input !== 'string') return { ok: false, reason: 'type' };
  const text = input.trim();
  const date = packed(text);
  if (date === FORMAT) return { ok: false, reason: 'format' };
  if (date === IMPOSSIBLE) return { ok: false, reason: 'impossible' };
  return { ok: true, value: dateValue(text, date) };
}

/**
 * parseDate's value for a text that is exactly `YYYY-MM` or `YYYY-MM-DD` and a real date; undefined for
 * anything else (spaces, other shapes, impossible dates), which parseDate then reads or refuses: the
 * reading of a profile's dates without a result object. test/profile/plain-value.test.ts holds the two
 * to the same values.
 */
export function plainDate(text: string): DateValue | undefined {
  const date = packed(text);
  return date < 0 ? undefined : dateValue(text, date);
}

/**
 * A `YYYY-MM` or `YYYY-MM-DD` text in ASCII digits, read by character codes, as one number:
 * year × 10000 + month × 100 + day, the day 0 for a month; FORMAT or IMPOSSIBLE when it is not one.
 * A number rather than an object: every date of every profile is read through here.
 */
function packed(text: string): number {
  const length = text.length;
  if ((length !== 7 && length !== 10) || text.charCodeAt(4) !== DASH || (length === 10 && text.charCodeAt(7) !== DASH)) return FORMAT;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = length === 10 ? digits(text, 8, 10) : 0;
  if (year < 0 || month < 0 || day < 0) return FORMAT;
  if (month < 1 || month > 12 || (length === 10 && (day < 1 || day > lastDayOfMonth(year, month)))) return IMPOSSIBLE;
  return year * 10000 + month * 100 + day;
}

/** The value of a text `packed` read: a day stands for itself, a month for its first to its last day. */
function dateValue(text: string, date: number): DateValue {
  if (date % 100 !== 0) return { text, precision: 'day', first: text, last: text };
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  return { text, precision: 'month', first: `${text}-01`, last: `${text}-${pad2(lastDayOfMonth(year, month))}` };
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
  const month = plainDate(text.trim());
  return month?.precision === 'month' ? { first: month.first, last: month.last } : undefined;
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

/**
 * Callers pass days already validated by `parseDate`, so a bad one is a programming error. Counted in
 * whole days from 1970-01-01 by arithmetic on the proleptic Gregorian calendar (what `Date` does for
 * UTC), without a regular expression or a `Date`: what it would take measures every date shift with it.
 */
function dayToEpochMs(day: string): number {
  const date = packed(day);
  if (date < 0 || date % 100 === 0) throw new RangeError(`expected a real day YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return daysFromCivil(Math.floor(date / 10000), Math.floor(date / 100) % 100, date % 100) * MS_PER_DAY;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil); `year` ≥ 0. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function formatDay(epochMs: number): string {
  const date = new Date(epochMs);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
