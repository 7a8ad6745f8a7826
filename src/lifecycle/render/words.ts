/** Small phrases the rule renderers share: citations, evidence, dates, money, in the chosen language. */
import { pick, type Lang } from '../../text/lang.js';
import { formatYuan } from '../../text/money.js';
import type { Bilingual, Evidence } from '../../rules/schema.js';

export const EVIDENCE_ZH = { stated: '明文规定', reported: '报道', inferred: '推断', unknown: '未知' } as const satisfies Record<Evidence, string>;

export function evidenceWord(e: Evidence, lang: Lang): string {
  return lang === 'zh' ? EVIDENCE_ZH[e] : e;
}

/** `[S1 §2, stated]`. */
export function citation(cite: string, evidence: Evidence, lang: Lang): string {
  return `[${cite}, ${evidenceWord(evidence, lang)}]`;
}

/** `CNY 5,000,000` / `500万元`. */
export function yuan(amount: number, lang: Lang): string {
  return lang === 'zh' ? formatYuan(amount, 'zh') : `CNY ${formatYuan(amount, 'en')}`;
}

/** A date range; an unpublished bound reads as open. */
export function range(from: string | null, to: string | null, lang: Lang): string {
  const open = t(lang, 'open', '未定');
  return `${from ?? open} – ${to ?? open}`;
}

/** Words of the layout: Chinese for `zh`, else English (with `both`, only the rules' own texts are doubled). */
export const t = (lang: Lang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

export const text = (b: Bilingual, lang: Lang): string => pick(b, lang);

/** `: ` in English, the full-width `：` in Chinese. */
export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');
