/** The evidence levels in words of either language: the one table of them. */
import { EVIDENCE_LEVELS, type Evidence } from '../rules/enums.js';
import type { Lang } from './lang.js';
import { say, type Message } from './messages.js';

export const EVIDENCE_TEXT = {
  stated: { en: () => 'stated', zh: () => '明文规定' },
  reported: { en: () => 'reported', zh: () => '报道' },
  inferred: { en: () => 'inferred', zh: () => '推断' },
  unknown: { en: () => 'unknown', zh: () => '未知' },
} satisfies Record<Evidence, Message>;

export const evidenceWord = (evidence: Evidence, lang: Lang): string => say(EVIDENCE_TEXT[evidence], lang);

export const isEvidence = (value: unknown): value is Evidence => (EVIDENCE_LEVELS as readonly unknown[]).includes(value);

/** The evidence a verdict or an amount rests on, after it: nothing when stated, else ` (reported)` / `（报道）`. */
export const EVIDENCE_NOTE_TEXT = {
  note: { en: (a) => ` (${a.evidence})`, zh: (a) => `（${a.evidence}）` },
} satisfies Record<string, Message>;

export function evidenceNote(evidence: Evidence, lang: Lang): string {
  if (evidence === 'stated') return '';
  return say(EVIDENCE_NOTE_TEXT.note, lang, (l) => ({ evidence: evidenceWord(evidence, l) }));
}
