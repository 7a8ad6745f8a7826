import type { Lang } from './lang.js';

/** `5,000,000` in English; `500万元` (or `1.2亿元`) in Chinese, exact to the yuan. */
export function formatYuan(yuan: number, lang: Lang): string {
  const en = `${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  if (lang === 'en') return en;
  const zh = chineseYuan(yuan);
  return lang === 'zh' ? zh : `${en} (${zh})`;
}

function chineseYuan(yuan: number): string {
  if (yuan >= 1e8 && yuan % 1e4 === 0) return `${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4 && yuan % 100 === 0) return `${trim(yuan / 1e4)}万元`;
  return `${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}元`;
}

const trim = (x: number) => String(Math.round(x * 1e4) / 1e4);
