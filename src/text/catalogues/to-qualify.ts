/** The words of what-it-takes, in both languages: one message per kind of change, per structural fact, per outcome. */
import type { Message } from '../messages.js';

/** A change in full, as `explain` and the report's `message` give it. */
export const CHANGE_TEXT = {
  ask: { en: (a) => `ask: ${a.question} (${a.fact}; required: ${a.expected})`, zh: (a) => `询问：${a.question}（${a.fact}；要求：${a.expected}）` },
  'threshold-gt': { en: (a) => `${a.label} ${a.actual} is not above ${a.required}: ${a.step} (to ${a.target})`, zh: (a) => `${a.label} ${a.actual} 未超过 ${a.required}：${a.step}（至 ${a.target}）` },
  'threshold-gte': { en: (a) => `${a.label} ${a.actual} is below ${a.required}: ${a.step} (to ${a.target})`, zh: (a) => `${a.label} ${a.actual} 低于 ${a.required}：${a.step}（至 ${a.target}）` },
  'threshold-lt': { en: (a) => `${a.label} ${a.actual} is not below ${a.required}: ${a.step} (to ${a.target})`, zh: (a) => `${a.label} ${a.actual} 未低于 ${a.required}：${a.step}（至 ${a.target}）` },
  'threshold-lte': { en: (a) => `${a.label} ${a.actual} is above ${a.required}: ${a.step} (to ${a.target})`, zh: (a) => `${a.label} ${a.actual} 高于 ${a.required}：${a.step}（至 ${a.target}）` },
  'threshold-between': { en: (a) => `${a.label} ${a.actual} is not ${a.required}: ${a.step} (to ${a.target})`, zh: (a) => `${a.label} ${a.actual} 不在 ${a.required} 范围内：${a.step}（至 ${a.target}）` },
  shift: { en: (a) => `${a.label} ${a.actual} → ${a.target}: ${a.shift}, into ${a.period}`, zh: (a) => `${a.label} ${a.actual} → ${a.target}：${a.shift}，以落入${a.period}` },
  set: { en: (a) => `${a.label}: ${a.actual} → ${a.target}`, zh: (a) => `${a.label}：${a.actual} → ${a.target}` },
  structural: { en: (a) => `structural: ${a.phrase} (now: ${a.actual})`, zh: (a) => `结构性条件：${a.phrase}（目前：${a.actual}）` },
  review: {
    en: (a) => `${a.label}: ${a.actual} is not listed (required: ${a.expected}); the list is open-ended, so a reviewer decides`,
    zh: (a) => `${a.label}：${a.actual} 不在所列范围内（要求：${a.expected}）；所列范围未穷尽，由评审认定`,
  },
  // A yes/no fact is never "not listed": it is one value where the rule wants the other.
  'review-boolean': {
    en: (a) => `${a.label}: ${a.actual}, should be ${a.target}; the rules leave it to a reviewer`,
    zh: (a) => `${a.label}：${a.actual}，须为${a.target}；由评审认定`,
  },
  'add-project': { en: () => 'add a project: the measure is assessed per project and the profile lists none', zh: () => '添加项目：该措施按项目评估，档案中没有项目' },
  blocker: { en: (a) => `not published: needs the full guide — ${a.label} (${a.cite})`, zh: (a) => `未公布：需要完整的申报指南——${a.label}（${a.cite}）` },
} satisfies Record<string, Message>;

/** A change in a few words, for the table's "To qualify" lines. */
export const SHORT_TEXT = {
  ask: { en: (a) => `ask ${a.fact}`, zh: (a) => `询问 ${a.fact}` },
  threshold: { en: (a) => `${a.fact} ${a.step}`, zh: (a) => `${a.fact} ${a.step}` },
  shift: { en: (a) => `${a.fact} ${a.shift}`, zh: (a) => `${a.fact} ${a.shift}` },
  set: { en: (a) => `${a.fact} → ${a.target}`, zh: (a) => `${a.fact} → ${a.target}` },
  structural: { en: (a) => `structural: ${a.phrase}`, zh: (a) => `结构性：${a.phrase}` },
  review: { en: (a) => `a reviewer accepts ${a.fact}`, zh: (a) => `评审认可 ${a.fact}` },
  // A yes/no fact is never "not listed": it is one value where the rule wants the other.
  'review-boolean': {
    en: (a) => `${a.label}: ${a.actual}, should be ${a.target}; the rules leave it to a reviewer`,
    zh: (a) => `${a.label}：${a.actual}，须为${a.target}；由评审认定`,
  },
  'add-project': { en: () => 'add a project', zh: () => '添加项目' },
  blocker: { en: (a) => `not published (${a.cite})`, zh: (a) => `未公布（${a.cite}）` },
} satisfies Record<string, Message>;

/** Parts of the messages above: how much to add or remove, how far to move a date. */
export const STEP_TEXT = {
  raise: { en: (a) => `+${a.delta}`, zh: (a) => `须增加 ${a.delta}` },
  lower: { en: (a) => `−${a.delta}`, zh: (a) => `须减少 ${a.delta}` },
  'later-months': { en: (a) => `${a.n} month${a.n === 1 ? '' : 's'} later`, zh: (a) => `推后 ${a.n} 个月` },
  'earlier-months': { en: (a) => `${a.n} month${a.n === 1 ? '' : 's'} earlier`, zh: (a) => `提前 ${a.n} 个月` },
  'later-days': { en: (a) => `${a.n} day${a.n === 1 ? '' : 's'} later`, zh: (a) => `推后 ${a.n} 天` },
  'earlier-days': { en: (a) => `${a.n} day${a.n === 1 ? '' : 's'} earlier`, zh: (a) => `提前 ${a.n} 天` },
} satisfies Record<string, Message>;

/** The structural change each structural fact needs, named as what it is. */
export const STRUCTURAL_TEXT = {
  'company.business_district': { en: (a) => `register the business in ${a.target}`, zh: (a) => `在${a.target}办理工商注册` },
  'company.tax_district': { en: (a) => `register for tax in ${a.target}`, zh: (a) => `在${a.target}办理税务登记` },
  'company.independent_legal_person': {
    en: () => 'be an independent legal person (a branch would have to become a subsidiary)',
    zh: () => '具备独立法人资格（分公司须改设为独立法人）',
  },
  'company.credit': { en: () => 'restore a good credit record', zh: () => '修复信用记录至良好' },
  'company.operating_status': { en: () => 'return to normal operation', zh: () => '恢复正常经营' },
  'company.tech_enterprise': { en: () => 'be recognised as a technology enterprise', zh: () => '取得科技型企业资格' },
  'company.smart_software_oriented': { en: () => 'bring the business in line with the smart-software orientation', zh: () => '使业务符合智能软件产业导向' },
  'company.fields': { en: (a) => `work in one of the listed fields (${a.required})`, zh: (a) => `从事所列领域之一（${a.required}）` },
  'company.features': { en: (a) => `have the characteristics required (${a.required})`, zh: (a) => `具备所要求的特征（${a.required}）` },
  'projects[].type': { en: (a) => `a project of type ${a.target}, a different kind of project`, zh: (a) => `须为“${a.target}”项目，即另一类项目` },
} satisfies Record<string, Message>;

/** What the changes would unlock, and the measures nothing can unlock. */
export const QUALIFY_TEXT = {
  unlocks: { en: (a) => `unlocks ${a.unlocks}`, zh: (a) => `可获最高 ${a.unlocks}` },
  'unlocks-more': { en: (a) => `unlocks ${a.unlocks} (up to ${a.upTo} with more)`, zh: (a) => `可获最高 ${a.unlocks}（基数更高时最多 ${a.upTo}）` },
  'depends-on': { en: (a) => `up to ${a.upTo}, depending on ${a.fact}`, zh: (a) => `金额取决于 ${a.fact}，最多 ${a.upTo}` },
  'depends-on-uncapped': { en: (a) => `an amount depending on ${a.fact}`, zh: (a) => `金额取决于 ${a.fact}` },
  'depends-on-answer': { en: (a) => `up to ${a.upTo}, depending on the answer`, zh: (a) => `视回答而定，最多 ${a.upTo}` },
  unpublished: { en: () => 'amount not published', zh: () => '金额未公布' },
  blocked: { en: (a) => `nothing in the profile can unlock it: ${a.reasons}`, zh: (a) => `修改档案无法使其符合条件：${a.reasons}` },
  summary: { en: (a) => `${a.changes} → ${a.outcome}`, zh: (a) => `${a.changes} → ${a.outcome}` },
  'no-change': { en: () => 'nothing in the profile can unlock it: no change found that would make it eligible', zh: () => '修改档案无法使其符合条件：未找到可使其符合条件的修改' },
} satisfies Record<string, Message>;

export const TO_QUALIFY_LINES_TEXT = {
  heading: { en: () => 'To qualify (ranked by what it would unlock):', zh: () => '如何符合条件（按可获金额排序）：' },
  line: { en: (a) => `  → ${a.measure}: ${a.summary}`, zh: (a) => `  → ${a.measure}：${a.summary}` },
} satisfies Record<string, Message>;
