/**
 * The nearest date inside a period, and how far that is: what a project's start or end would have
 * to move by for a `within` condition to pass. A month stays a month where a whole month fits.
 */
import { daysBetween, parseDate, plainDate, type DateValue } from '../profile/dates.js';
import type { Span } from './operator.js';

/** Which bound a date plays in `within`: a start must begin in the period, an end must finish in it, `both` for `[end, end]`. */
export type Role = 'start' | 'end' | 'both';

export type { Span };

/** The date nearest to `v` that meets its role in the period; undefined when `v` already does. */
export function clampInto(v: DateValue, period: Span, role: Role): DateValue | undefined {
  if (inPlace(v, period, role)) return undefined;
  if (v.precision === 'day') return dayOf(v.first < period.first ? period.first : period.last);
  const months = monthsOf(period);
  const lo = role === 'end' ? months.endsFrom : months.beginsFrom;
  const hi = role === 'start' ? months.beginsTo : months.endsTo;
  if (lo > hi) return dayOf(v.first < period.first ? period.first : period.last);
  return monthOf(Math.min(Math.max(monthIndex(v.text), lo), hi));
}

/** The months (by index) that begin inside a period, and those that end inside it. */
interface Months {
  beginsFrom: number;
  beginsTo: number;
  endsFrom: number;
  endsTo: number;
}

function monthsOf(period: Span): Months {
  const first = monthIndex(period.first);
  const last = monthIndex(period.last);
  return {
    beginsFrom: period.first.endsWith('-01') ? first : first + 1,
    beginsTo: last,
    endsFrom: first,
    endsTo: monthOf(last).last === period.last ? last : last - 1,
  };
}

/** Whether `v` meets its role in the period already (`clampInto` then gives undefined; else always a date). */
export function inPlace(v: DateValue, period: Span, role: Role): boolean {
  const startOk = v.first >= period.first && v.first <= period.last;
  const endOk = v.last >= period.first && v.last <= period.last;
  return role === 'start' ? startOk : role === 'end' ? endOk : startOk && endOk;
}

/** Signed distance from `from` to `to`: months between two months, else days (between first days for a start, last days for an end). */
export function shiftBetween(from: DateValue, to: DateValue, role: Role): { unit: 'days' | 'months'; by: number } {
  if (from.precision === 'month' && to.precision === 'month') return { unit: 'months', by: monthIndex(to.text) - monthIndex(from.text) };
  return role === 'start' ? { unit: 'days', by: daysBetween(from.first, to.first) } : { unit: 'days', by: daysBetween(from.last, to.last) };
}

/**
 * A period's first or last day (a real `YYYY-MM-DD`, from src/rules/dates.ts) as a date value: the value
 * `dateOf` gives, without parsing the day again; anything else is parsed.
 */
export function dayOf(day: string): DateValue {
  return day.length === 10 ? { text: day, precision: 'day', first: day, last: day } : dateOf(day);
}

/** A rule or period date as a profile date value (`YYYY-MM` or `YYYY-MM-DD`). */
export function dateOf(text: string): DateValue {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new RangeError(`not a date: ${text}`);
  return parsed.value;
}

/** The month of index `index` (year × 12 + month − 1), as `dateOf` gives its `YYYY-MM` text. */
const monthOf = (index: number): DateValue => plainDate(monthText(index))!;

const monthIndex = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
const monthText = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
