/** The evidence levels in words of either language, for lines a person reads. */
import type { Evidence } from '../rules/enums.js';
import type { Lang } from './lang.js';
import { say, type Message } from './messages.js';

export const EVIDENCE_TEXT = {
  stated: { en: () => 'stated', zh: () => '明文规定' },
  reported: { en: () => 'reported', zh: () => '报道' },
  inferred: { en: () => 'inferred', zh: () => '推断' },
  unknown: { en: () => 'unknown', zh: () => '未知' },
} satisfies Record<Evidence, Message>;

export const evidenceWord = (evidence: Evidence, lang: Lang): string => say(EVIDENCE_TEXT[evidence], lang);
