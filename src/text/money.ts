import type { Lang } from './lang.js';

/** `5,000,000` in English; `500万元` (or `1.2亿元`) in Chinese, exact to the yuan. */
export function formatYuan(yuan: number, lang: Lang): string {
  const en = grouped(yuan);
  if (lang === 'en') return en;
  const zh = chineseYuan(yuan);
  return lang === 'zh' ? zh : `${en} (${zh})`;
}

function chineseYuan(yuan: number): string {
  if (yuan >= 1e8 && yuan % 1e4 === 0) return `${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4 && yuan % 100 === 0) return `${trim(yuan / 1e4)}万元`;
  return `${grouped(yuan)}元`;
}

const trim = (x: number) => String(Math.round(x * 1e4) / 1e4);

/** `1,234,567.5`: thousands separators without loading a locale. */
export function grouped(yuan: number): string {
  const [whole, fraction] = String(Math.round(yuan * 100) / 100).split('.');
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${digits}.${fraction}` : digits;
}
