/** Small phrases the rule renderers share: citations, evidence, dates, money, in the chosen language. */
import type { Lang } from '../../text/lang.js';
import { formatYuan } from '../../text/money.js';
import { evidenceWord as sayEvidence } from '../../text/evidence.js';
import type { Bilingual, Evidence } from '../../rules/schema.js';
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';

/** An evidence level, said once (the layout's language): `stated`, `明文规定`. */
export function evidenceWord(e: Evidence, lang: Lang): string {
  return sayEvidence(e, once(lang));
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
  const open = say(RULES_TEXT.open, once(lang));
  return `${from ?? open} – ${to ?? open}`;
}

export const text = (b: Bilingual, lang: Lang): string => say(b, lang);

/** `: ` in English, the full-width `：` in Chinese. */
export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');
