import type { Bilingual } from '../rules/schema.js';

export const LANGS = ['en', 'zh', 'both'] as const;
export type Lang = (typeof LANGS)[number];

/** Diagnostics are rendered in one language: Chinese for `zh`, else English. */
export const messageLang = (lang: Lang): 'en' | 'zh' => (lang === 'zh' ? 'zh' : 'en');

/** Text of a bilingual pair in the chosen language; `both` puts English first. */
export function pick(text: Bilingual, lang: Lang): string {
  if (lang === 'both') return text.en === text.zh ? text.en : `${text.en} / ${text.zh}`;
  return text[lang];
}

/** The same for messages built from a template per language. */
export function pickWith(lang: Lang, en: () => string, zh: () => string): string {
  return pick({ en: en(), zh: zh() }, lang);
}

const EVIDENCE_ZH: Record<string, string> = { stated: '明文规定', reported: '报道', inferred: '推断', unknown: '未知' };

/** An evidence level in Chinese. */
export function evidenceZh(level: unknown): string {
  return EVIDENCE_ZH[String(level)] ?? String(level);
}
