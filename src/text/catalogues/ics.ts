/** The words of the calendar of application windows (`--format ics`). */
import type { Message } from '../messages.js';

export const ICS_TEXT = {
  summary: { en: (a) => `${a.company}: ${a.programme} — ${a.window}`, zh: (a) => `${a.company}：${a.programme}——${a.window}` },
  measures: { en: () => 'Measures:', zh: () => '措施：' },
  eligible: { en: (a) => `eligible, ${a.amount}`, zh: (a) => `符合，${a.amount}` },
  undetermined: { en: (a) => `undetermined, ${a.amount}`, zh: (a) => `待定，${a.amount}` },
  'up-to': { en: (a) => `up to ${a.amount}`, zh: (a) => `最高 ${a.amount}` },
  unpublished: { en: () => 'amount not published', zh: () => '金额未公布' },
  most: { en: (a) => `The most it can receive: ${a.amount}`, zh: (a) => `最高可获：${a.amount}` },
  potential: { en: (a) => `; up to ${a.amount} if the undetermined measures are settled`, zh: (a) => `；待定措施确认后最高 ${a.amount}` },
  missing: { en: (a) => `Missing to decide: ${a.facts}`, zh: (a) => `待补充：${a.facts}` },
  documents: { en: () => 'Documents to prepare:', zh: () => '需准备的材料：' },
  'no-documents': { en: () => 'Documents to prepare: the rules list none (the source does not publish them)', zh: () => '需准备的材料：规则未列出（来源未公布）' },
  sources: { en: () => 'Source:', zh: () => '来源：' },
  asOf: { en: (a) => `Checked by ${a.tool} as of ${a.asOf}; amounts are ceilings ("up to"), decided after review.`, zh: (a) => `由 ${a.tool} 按 ${a.asOf} 评估；金额为上限，以评审结果为准。` },
  alarm: { en: (a) => `Closes in 7 days: ${a.summary}`, zh: (a) => `7 天后截止：${a.summary}` },
  calendar: { en: () => 'Application windows', zh: () => '申报时间' },
} satisfies Record<string, Message>;
