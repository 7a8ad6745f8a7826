/**
 * Which cells hold dates: in xlsx a date is a number (days since 1899-12-30, or 1904-01-01) whose
 * style has a date number format — a built-in id or a format code with day, month or year parts.
 */

/** Built-in number formats that show dates (ECMA-376 §18.8.30, and the ids East Asian locales use). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Quoted text, escaped characters and [colour]/[locale] sections are not date parts.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare);
}

/** A serial day number as `YYYY-MM-DD`; the time of day, if any, is dropped. */
export function serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial);
  // Excel counts 1900-02-29, which never was: serials from 61 on are one day ahead of the calendar.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}
