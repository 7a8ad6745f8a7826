/**
 * The words `rules show` puts around a condition's test and an amount rule (`all of:`, `up to 30% of
 * projects[].investment, at most CNY 2,000,000 (per project), rounded down to the yuan`). Said once,
 * in the layout's language; the values inside (money, rates, fact paths) come rendered.
 */
import type { Message } from '../messages.js';

export const RULE_WORDS_TEXT = {
  'otherwise-review': { en: () => '; otherwise needs review', zh: () => '；否则需评审' },
  assumes: { en: (a) => ` (assumes: ${a.ids})`, zh: (a) => `（假设：${a.ids}）` },
  not: { en: () => 'not:', zh: () => '不满足：' },
  'all-of': { en: () => 'all of:', zh: () => '同时满足：' },
  'any-of': { en: () => 'any of:', zh: () => '满足其一：' },
  'not-published': { en: () => 'not published', zh: () => '未公布' },
  'at-most': { en: (a) => `, at most ${a.amount}`, zh: (a) => `，最高 ${a.amount}` },
  'rounded-nearest': { en: () => ', rounded to the nearest yuan', zh: () => '，四舍五入到元' },
  'rounded-down': { en: () => ', rounded down to the yuan', zh: () => '，按元向下取整' },
  'scope-award': { en: () => 'per award', zh: () => '每项奖励' },
  'scope-project': { en: () => 'per project', zh: () => '每个项目' },
  'scope-company': { en: () => 'per company', zh: () => '每家企业' },
  'scope-unknown': { en: () => 'per award, project or company: not stated', zh: () => '按奖励、项目还是企业计算：未说明' },
  'up-to': { en: (a) => `up to ${a.amount}`, zh: (a) => `最高 ${a.amount}` },
  'up-to-rate': { en: (a) => `up to ${a.rate} of ${a.base}`, zh: (a) => `最高为 ${a.base} 的 ${a.rate}` },
  'up-to-match': { en: (a) => `up to 1:1 of ${a.base}`, zh: (a) => `最高按 ${a.base} 1:1 配套` },
  'up-to-per-unit': { en: (a) => `up to ${a.amount} per unit of ${a.base}`, zh: (a) => `按 ${a.base} 每单位最高 ${a.amount}` },
  tier: { en: (a) => `from ${a.min}: ${a.amount}`, zh: (a) => `${a.min} 起：${a.amount}` },
  tiers: { en: (a) => `by ${a.base} — ${a.tiers}`, zh: (a) => `按 ${a.base} 分档——${a.tiers}` },
} satisfies Record<string, Message>;
