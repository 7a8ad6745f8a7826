/** The words of the application checklist (`--format checklist`). */
import type { Message } from '../messages.js';

export const CHECKLIST_TEXT = {
  title: { en: (a) => `Application checklist, as of ${a.asOf}`, zh: (a) => `申报清单（评估日期 ${a.asOf}）` },
  invalid: { en: (a) => `invalid profile (${a.errors} error(s)): not evaluated; correct it first`, zh: (a) => `档案无效（${a.errors} 处错误）：未评估，请先更正` },
  window: { en: (a) => `When: ${a.label} — ${a.phrase}`, zh: (a) => `时间：${a.label}——${a.phrase}` },
  'apply-for': { en: () => 'Apply for:', zh: () => '申报措施：' },
  measure: { en: (a) => `${a.title}${a.project ? ` (${a.project})` : ''}: ${a.state}`, zh: (a) => `${a.title}${a.project ? `（${a.project}）` : ''}：${a.state}` },
  'choose-one': {
    en: (a) => `Choose one — ${a.label} (${a.cite}, ${a.evidence}):`,
    zh: (a) => `择一申报——${a.label}（${a.cite}，${a.evidence}）：`,
  },
  best: { en: (a) => `${a.text} — the best option`, zh: (a) => `${a.text}——最优选项` },
  document: { en: (a) => `${a.label} (${a.cite}, ${a.evidence})`, zh: (a) => `${a.label}（${a.cite}，${a.evidence}）` },
  eligible: { en: (a) => `eligible, ${a.amount}`, zh: (a) => `符合，${a.amount}` },
  undetermined: { en: (a) => `undetermined, ${a.amount}; to settle: ${a.toQualify}`, zh: (a) => `待定，${a.amount}；待确认：${a.toQualify}` },
  'up-to': { en: (a) => `up to ${a.amount}`, zh: (a) => `最高 ${a.amount}` },
  unpublished: { en: () => 'amount not published', zh: () => '金额未公布' },
  documents: { en: () => 'Documents to submit:', zh: () => '申报材料：' },
  'no-documents': { en: () => 'Documents to submit: the rules list none (the source does not publish them)', zh: () => '申报材料：规则未列出（来源未公布）' },
  nothing: { en: (a) => `Nothing to apply for under: ${a.programmes}`, zh: (a) => `以下政策无可申报措施：${a.programmes}` },
  'nothing-at-all': { en: () => 'Nothing to apply for: no measure is eligible or undetermined.', zh: () => '无可申报措施：没有符合或待定的措施。' },
} satisfies Record<string, Message>;
