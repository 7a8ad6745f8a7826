/**
 * An application window phrased relative to the as-of date, as a consultant says it:
 * "open, closes in 16 days (2021-03-31)", "closed on 2021-03-31", "opens on 2022-07-01 (in 108 days)".
 */
import { daysBetween } from '../profile/dates.js';
import type { Lang } from './lang.js';
import { say, type Message } from './messages.js';
import { formatDate } from './show.js';

export const WINDOW_TEXT = {
  open: {
    en: (a) => `open, closes in ${a.days} day${a.days === 1 ? '' : 's'} (${a.closes})`,
    zh: (a) => `开放中，${a.days} 天后截止（${a.closes}）`,
  },
  'closes-today': { en: (a) => `open, closes today (${a.closes})`, zh: (a) => `开放中，今天截止（${a.closes}）` },
  'open-since': {
    en: (a) => `open since ${a.opens}; the closing date is not published`,
    zh: (a) => `自 ${a.opens} 起开放；截止日期未公布`,
  },
  closed: { en: (a) => `closed on ${a.closes}`, zh: (a) => `已于 ${a.closes} 截止` },
  upcoming: {
    en: (a) => `opens on ${a.opens} (in ${a.days} day${a.days === 1 ? '' : 's'})`,
    zh: (a) => `将于 ${a.opens} 开放（还有 ${a.days} 天）`,
  },
  'closes-on': {
    en: (a) => `closes on ${a.closes} (in ${a.days} day${a.days === 1 ? '' : 's'}); the opening date is not published`,
    zh: (a) => `将于 ${a.closes} 截止（还有 ${a.days} 天）；开放日期未公布`,
  },
  unpublished: { en: () => 'dates not published', zh: () => '日期未公布' },
  superseded: {
    en: (a) => `superseded by ${a.successor}: later applications go to its successor`,
    zh: (a) => `已由 ${a.successor} 接续：此后的申报适用接续政策`,
  },
} satisfies Record<string, Message>;

export interface Dated {
  opens: string | null;
  closes: string | null;
}

export function windowPhrase(w: Dated, asOf: string, lang: Lang): string {
  const args = (l: 'en' | 'zh') => ({
    opens: w.opens ? formatDate(w.opens, l) : '',
    closes: w.closes ? formatDate(w.closes, l) : '',
    days: w.opens && asOf < w.opens ? daysBetween(asOf, w.opens) : w.closes ? daysBetween(asOf, w.closes) : 0,
  });
  return say(WINDOW_TEXT[windowCase(w, asOf)], lang, args);
}

function windowCase(w: Dated, asOf: string): Exclude<keyof typeof WINDOW_TEXT, 'superseded'> {
  if (w.closes !== null && asOf > w.closes) return 'closed';
  if (w.opens !== null && asOf < w.opens) return 'upcoming';
  if (w.opens === null && w.closes === null) return 'unpublished';
  if (w.closes === null) return 'open-since';
  if (w.opens === null) return 'closes-on';
  return asOf === w.closes ? 'closes-today' : 'open';
}
