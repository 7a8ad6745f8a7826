/**
 * The words of the client report (`--format html`, and `markdown` for one file), in both languages.
 * Terms follow docs/glossary.md: programme 政策, project 项目, measure 措施, eligible 符合, ineligible
 * 不符合, undetermined 待定, up to 最高, maximum total 最高合计.
 */
import type { MeasureReport, ProgrammeReport } from '../../contracts/report.js';
import type { Message } from '../messages.js';

export const CLIENT_TEXT = {
  kicker: { en: () => 'Subsidy assessment', zh: () => '补贴评估报告' },
  'document-title': { en: (a) => `Subsidy assessment: ${a.company}`, zh: (a) => `补贴评估报告：${a.company}` },
  'portfolio-title': { en: (a) => `Subsidy assessment of ${a.count} companies`, zh: (a) => `补贴评估报告（${a.count} 家企业）` },
  'as-of': { en: (a) => `As of ${a.asOf}`, zh: (a) => `评估日期：${a.asOf}` },
  uscc: { en: (a) => `Unified social credit code ${a.uscc}`, zh: (a) => `统一社会信用代码 ${a.uscc}` },
  file: { en: (a) => `Profile ${a.file}`, zh: (a) => `档案 ${a.file}` },
  prepared: { en: (a) => `Prepared with ${a.tool} ${a.version}; rules ${a.rules}`, zh: (a) => `由 ${a.tool} ${a.version} 生成；规则 ${a.rules}` },
  'no-name': { en: () => '(no company name)', zh: () => '（无企业名称）' },
  'total-label': { en: () => 'Maximum total', zh: () => '最高合计' },
  'total-line': { en: (a) => `Maximum total: ${a.total}`, zh: (a) => `最高合计：${a.total}` },
  total: { en: (a) => `at most ${a.amount}`, zh: (a) => `最多 ${a.amount}` },
  potential: { en: (a) => `up to ${a.amount} more if the undetermined measures are settled`, zh: (a) => `待定措施落实后最多可再增加 ${a.amount}` },
  'total-note': {
    en: () => 'The most the company can receive under the rules, stacking applied: a ceiling, not a promise.',
    zh: () => '按规则企业最多可获得的金额（已计叠加规则）：为上限，并非承诺。',
  },
  invalid: { en: (a) => `Invalid profile: ${a.count} error(s), not evaluated; correct it first.`, zh: (a) => `档案无效：${a.count} 处错误，未评估，请先更正。` },
  overview: { en: () => 'Companies', zh: () => '企业一览' },
  company: { en: () => 'Company', zh: () => '企业' },
  'profile-file': { en: () => 'Profile file', zh: () => '档案文件' },

  summary: { en: () => 'Summary', zh: () => '概要' },
  programme: { en: () => 'Programme', zh: () => '政策' },
  window: { en: () => 'Application window', zh: () => '申报窗口' },
  measures: { en: () => 'Measures', zh: () => '措施' },
  'programme-total': { en: () => 'Programme total', zh: () => '政策合计' },
  counts: { en: (a) => `${a.eligible} eligible, ${a.undetermined} undetermined of ${a.total}`, zh: (a) => `共 ${a.total} 项：符合 ${a.eligible}，待定 ${a.undetermined}` },
  superseded: { en: (a) => `not in the company total: superseded by ${a.successor}`, zh: (a) => `不计入企业合计：已由 ${a.successor} 接续` },
  'no-programme': { en: () => 'No programme is in force on this date.', zh: () => '该日期没有生效的政策。' },

  chart: { en: () => 'Eligible measures and their maximum amounts', zh: () => '符合条件的措施及最高金额' },
  'chart-label': { en: (a) => `Bar chart: ${a.count} eligible measure(s) with a published maximum amount`, zh: (a) => `柱状图：${a.count} 项已公布最高金额的符合条件措施` },
  'not-counted': { en: () => 'not counted in the total', zh: () => '未计入合计' },
  'not-counted-note': {
    en: () => 'Paler bars are not counted in the total: the rules let the company take only the best of them, or the round is history (closed or superseded).',
    zh: () => '浅色柱未计入合计：按规则只能取其中最优的一项，或该批次已成历史（已截止或已被接续）。',
  },
  'no-bars': { en: () => 'No eligible measure has a published amount.', zh: () => '没有已公布金额的符合条件措施。' },
  unpublished: { en: (a) => `Also eligible, amount not published: ${a.measures}`, zh: (a) => `同样符合条件但金额未公布：${a.measures}` },

  'all-measures': { en: () => 'Every measure and why', zh: () => '全部措施及原因' },
  measure: { en: () => 'Measure', zh: () => '措施' },
  project: { en: () => 'Project', zh: () => '项目' },
  verdict: { en: () => 'Verdict', zh: () => '结论' },
  'max-amount': { en: () => 'Maximum amount', zh: () => '最高金额' },
  why: { en: () => 'Why', zh: () => '原因' },
  'not-published': { en: () => 'not published', zh: () => '未公布' },
  'needs-fact': { en: (a) => `needs ${a.fact}`, zh: (a) => `待补充${a.fact}` },
  'up-to': { en: (a) => `up to ${a.amount}`, zh: (a) => `最高 ${a.amount}` },

  'to-qualify': { en: () => 'What is missing, and what it would take', zh: () => '缺少的信息及如何符合条件' },
  questions: { en: () => 'Questions to ask the company', zh: () => '需向企业询问的问题' },
  'to-qualify-ranked': { en: () => 'Measures not yet eligible, ranked by what they would unlock', zh: () => '尚未符合条件的措施（按可获金额排序）' },
  'nothing-missing': { en: () => 'Every measure is eligible: nothing is missing.', zh: () => '所有措施均符合条件，无缺少信息。' },

  checklist: { en: () => 'Checklist and deadlines', zh: () => '申报清单与截止时间' },
  'programme-documents': { en: () => 'Documents every application needs', zh: () => '每项申报均需的材料' },

  evidence: { en: () => 'Sources and evidence', zh: () => '来源与证据' },
  'evidence-level': { en: () => 'Evidence', zh: () => '证据等级' },
  'amount-evidence': { en: () => 'Amount evidence', zh: () => '金额证据' },
  cites: { en: () => 'Cited', zh: () => '引用' },
  sources: { en: () => 'Sources', zh: () => '来源' },
  'evidence-legend': {
    en: () => 'Evidence levels: stated — an official text says so; reported — a news report or summary says so; inferred — our reading of stated facts; unknown — not published, never assumed.',
    zh: () => '证据等级：明文规定——官方文件有明文；报道——新闻报道或摘要所述；推断——根据已知事实的理解；未知——未公布，从不假定。',
  },
  caveats: { en: () => 'Notes and assumptions', zh: () => '说明与假设' },

  disclaimer: { en: () => 'Please note', zh: () => '重要提示' },
  'disclaimer-ceiling': {
    en: () => 'Every amount is a ceiling ("up to"): the amount actually granted is decided by the issuing department after expert review, and may be lower or nil.',
    zh: () => '所有金额均为上限（“最高”）：实际资助金额由主管部门经专家评审后确定，可能更低或不予资助。',
  },
  'disclaimer-unknown': {
    en: () => 'Rules the guideline does not publish were not assumed: a measure that depends on one is undetermined, and an amount not published is shown as such and not counted.',
    zh: () => '指南未公布的规则不作假定：依赖此类规则的措施结论为待定，未公布的金额照实标注且不计入合计。',
  },
  'disclaimer-profile': {
    en: (a) => `The assessment rests on the company's own answers in its profile, as of ${a.asOf}; it is advice, not an official decision.`,
    zh: (a) => `本评估基于企业档案中的自报信息（截至 ${a.asOf}），仅供参考，不构成官方决定。`,
  },
} satisfies Record<string, Message>;

export const VERDICT_TEXT = {
  eligible: { en: () => 'eligible', zh: () => '符合' },
  ineligible: { en: () => 'ineligible', zh: () => '不符合' },
  undetermined: { en: () => 'undetermined', zh: () => '待定' },
} satisfies Record<MeasureReport['verdict'], Message>;

export const WINDOW_STATE_TEXT = {
  open: { en: () => 'open', zh: () => '开放中' },
  closed: { en: () => 'closed', zh: () => '已截止' },
  upcoming: { en: () => 'upcoming', zh: () => '未开始' },
  unknown: { en: () => 'unknown', zh: () => '未知' },
} satisfies Record<ProgrammeReport['window']['state'], Message>;
