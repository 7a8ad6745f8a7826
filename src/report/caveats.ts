/** Caveats rendered from their codes; the rules' own text where they give one. */
import type { Args } from '../diagnostics/catalogue.js';
import type { Caveat } from '../engine/types.js';
import { pick, type Lang } from '../text/lang.js';
import { formatYuan } from '../text/money.js';
import { evidenceZh } from '../text/lang.js';

type Render = (a: Args, text: string, lang: Lang) => string;

const CAVEATS: Record<string, { en: Render; zh: Render }> = {
  assumption: { en: (_a, t) => `assumption: ${t}`, zh: (_a, t) => `假设：${t}` },
  'cap-scope-unknown': {
    en: (a) => `the guideline does not say whether this maximum applies per award, per project or per company (${a.evidence}, ${a.cite})`,
    zh: (a) => `指南未说明该上限按单项奖励、单个项目还是单个企业计算（${evidenceZh(a.evidence)}，${a.cite}）`,
  },
  'double-funding': {
    en: (a) => `project ${a.project} is also funded by ${a.programmes}; whether this round funds one project twice is not published (${a.cite})`,
    zh: (a) => `项目 ${a.project} 已获 ${a.programmes} 支持；本轮是否允许重复支持未公布（${a.cite}）`,
  },
  'stacking-group': {
    en: (a, t) => `${t} — only the best pair counts: ${a.chosen}${a.project ? ` for ${a.project}` : ''} (${a.evidence}, ${a.cite})`,
    zh: (a, t) => `${t}——只计最优的一项：${a.chosenZh ?? a.chosen}${a.project ? `（${a.project}）` : ''}（${evidenceZh(a.evidence)}，${a.cite}）`,
  },
  'company-cap': {
    en: (a, _t, l) => `the total ${formatYuan(Number(a.before), l)} is capped at ${formatYuan(Number(a.cap), l)} per company`,
    zh: (a, _t, l) => `合计 ${formatYuan(Number(a.before), l)} 受单个企业上限 ${formatYuan(Number(a.cap), l)} 限制`,
  },
  'company-cap-unknown': {
    en: (a, t) => `${t} — the total adds ${a.count} amounts as if they all stack`,
    zh: (a, t) => `${t}——合计按 ${a.count} 项金额均可叠加计算`,
  },
  'unpublished-amounts': {
    en: (a) => `${a.count} eligible measure(s) have no published amount and are not in the total`,
    zh: (a) => `${a.count} 项符合条件的措施未公布金额，未计入合计`,
  },
  'undetermined-measures': {
    en: (a) => `${a.count} measure(s) are undetermined and not in the total`,
    zh: (a) => `${a.count} 项措施待定，未计入合计`,
  },
  'stacking-note': { en: (a, t) => `${t} (${a.evidence}, ${a.cite})`, zh: (a, t) => `${t}（${evidenceZh(a.evidence)}，${a.cite}）` },
  'rule-caveat': { en: (a, t) => `${t} (${a.evidence}, ${a.cite})`, zh: (a, t) => `${t}（${evidenceZh(a.evidence)}，${a.cite}）` },
  'effective-unknown': {
    en: (a) => `the effective dates of this version are not published; it is evaluated whatever the as-of date (${a.cite})`,
    zh: (a) => `该版本的生效日期未公布，无论评估日期如何均予评估（${a.cite}）`,
  },
  superseded: {
    en: (a) => `superseded by ${a.programme} ${a.version} (${a.evidence}, ${a.cite}); not counted in the company total`,
    zh: (a) => `已由${a.titleZh ? `“${a.titleZh}”` : ` ${a.programme} ${a.version} `}接续（${evidenceZh(a.evidence)}，${a.cite}）；不计入企业合计`,
  },
};

export function renderCaveat(caveat: Caveat, lang: Lang): string {
  const entry = CAVEATS[caveat.code];
  if (!entry) return caveat.code;
  const one = (l: 'en' | 'zh') => entry[l](caveat.args, caveat.text ? caveat.text[l] : '', l);
  return lang === 'both' ? pick({ en: one('en'), zh: one('zh') }, 'both') : one(lang);
}
