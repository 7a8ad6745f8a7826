import { parseDate } from '../profile/dates.js';

/** First and last day of a `YYYY-MM` (the whole month) or `YYYY-MM-DD`; undefined for an impossible date. */
export function spanOf(text: string): { first: string; last: string } | undefined {
  const parsed = parseDate(text);
  return parsed.ok ? { first: parsed.value.first, last: parsed.value.last } : undefined;
}
