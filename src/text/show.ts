/**
 * Profile values and dates as a person reads them, per language: money as `5,000,000` or `500万元`,
 * dates as `2021-03-31` or `2021年3月31日`, districts as `Putuo` or `普陀区`, booleans as yes/no or 是/否.
 */
import { SHANGHAI_DISTRICT_NAMES_ZH, isShanghaiDistrict } from '../profile/district.js';
import { VALUE_NAMES_ZH } from '../profile/vocabulary.js';
import type { FactType } from '../rules/enums.js';
import { formatYuan } from './money.js';

type Shown = string | number | boolean | readonly (string | number)[] | { text: string } | null | undefined;

export function showValue(value: Shown, type: FactType | undefined, lang: 'en' | 'zh'): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (typeof value === 'number') return type === 'money' ? formatYuan(value, lang) : String(value);
  if (Array.isArray(value)) return value.length === 0 ? (lang === 'en' ? 'none' : '无') : value.map((v) => showValue(v, type === 'list' ? 'list' : undefined, lang)).join(lang === 'en' ? ', ' : '、');
  if (typeof value === 'object') return formatDate((value as { text: string }).text, lang);
  if (type === 'district') return districtName(value as string, lang);
  if (type === 'date') return formatDate(value as string, lang);
  if (lang === 'zh' && (type === 'enum' || type === 'list')) return valueName(value);
  return String(value);
}

/**
 * A rate as a percentage: `0.07` → `7%` (to six decimals, so `0.07 * 100` does not print as
 * `7.000000000000001%`); a rate written as text (`30%`) stays as written.
 */
export function percent(rate: number | string): string {
  return typeof rate === 'number' ? `${Math.round(rate * 1e8) / 1e6}%` : rate;
}

/** A vocabulary value by its Chinese name (`digital-transformation` → 数字化转型); other text as written. */
export function valueName(value: string): string {
  return Object.hasOwn(VALUE_NAMES_ZH, value) ? VALUE_NAMES_ZH[value]! : value;
}

/** `2021-03` / `2021-03-31` stay as written in English; `2021年3月`, `2021年3月31日` in Chinese. */
export function formatDate(text: string, lang: 'en' | 'zh'): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (lang === 'en' || !m) return text;
  return `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ''}`;
}

export function districtName(id: string, lang: 'en' | 'zh'): string {
  if (!isShanghaiDistrict(id)) return id;
  if (lang === 'en') return id === 'jingan' ? "Jing'an" : id.charAt(0).toUpperCase() + id.slice(1);
  return `${SHANGHAI_DISTRICT_NAMES_ZH[id]}${id === 'pudong' ? '新区' : '区'}`;
}
