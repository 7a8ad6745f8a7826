/**
 * Caveats by code. Arguments come shown in the message's language: `text` is the rule's own text,
 * `before` and `cap` are money; `evidence` is the level's word.
 */
import type { Message } from '../messages.js';

export const CAVEAT_TEXT = {
  assumption: { en: (a) => `assumption: ${a.text}`, zh: (a) => `假设：${a.text}` },
  'cap-scope-unknown': {
    en: (a) => `the guideline does not say whether this maximum applies per award, per project or per company (${a.evidence}, ${a.cite})`,
    zh: (a) => `指南未说明该上限按单项奖励、单个项目还是单个企业计算（${a.evidence}，${a.cite}）`,
  },
  'double-funding': {
    en: (a) =>
      `project ${a.project} is also funded by ${a.programmes}; whether this round funds one project twice is not published (${a.cite})`,
    zh: (a) => `项目 ${a.project} 已获 ${a.programmes} 支持；本轮是否允许重复支持未公布（${a.cite}）`,
  },
  'stacking-group': {
    en: (a) => `${a.text} — only the best pair counts: ${a.chosen}${a.project ? ` for ${a.project}` : ''} (${a.evidence}, ${a.cite})`,
    zh: (a) => `${a.text}——只计最优的一项：${a.chosenZh ?? a.chosen}${a.project ? `（${a.project}）` : ''}（${a.evidence}，${a.cite}）`,
  },
  'company-cap': {
    en: (a) => `the total ${a.before} is capped at ${a.cap} per company`,
    zh: (a) => `合计 ${a.before} 受单个企业上限 ${a.cap} 限制`,
  },
  'company-cap-unknown': {
    en: (a) => `${a.text} — the total adds ${a.count} amounts as if they all stack`,
    zh: (a) => `${a.text}——合计按 ${a.count} 项金额均可叠加计算`,
  },
  'unpublished-amounts': {
    en: (a) => `${a.count} eligible measure(s) have no published amount and are not in the total`,
    zh: (a) => `${a.count} 项符合条件的措施未公布金额，未计入合计`,
  },
  'undetermined-measures': {
    en: (a) => `${a.count} measure(s) are undetermined and not in the total`,
    zh: (a) => `${a.count} 项措施待定，未计入合计`,
  },
  'stacking-note': { en: (a) => `${a.text} (${a.evidence}, ${a.cite})`, zh: (a) => `${a.text}（${a.evidence}，${a.cite}）` },
  'rule-caveat': { en: (a) => `${a.text} (${a.evidence}, ${a.cite})`, zh: (a) => `${a.text}（${a.evidence}，${a.cite}）` },
  'effective-unknown': {
    en: (a) => `the effective dates of this version are not published; it is evaluated whatever the as-of date (${a.cite})`,
    zh: (a) => `该版本的生效日期未公布，无论评估日期如何均予评估（${a.cite}）`,
  },
  superseded: {
    en: (a) =>
      `superseded by ${a.programme} ${a.version} (${a.evidence}, ${a.cite}); ${a.round === 'pinned' ? 'counted all the same: pinned with --rules-version' : 'not counted in the company total'}`,
    zh: (a) =>
      `已由${a.titleZh ? `“${a.titleZh}”` : ` ${a.programme} ${a.version} `}接续（${a.evidence}，${a.cite}）；${a.round === 'pinned' ? '已用 --rules-version 指定，仍计入企业合计' : '不计入企业合计'}`,
  },
} satisfies Record<string, Message>;
