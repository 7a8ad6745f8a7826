/**
 * The words of the summary formats: the terminal table (one company, or a folder of them), the
 * Markdown summary and the GitHub job summary, and why a file hits a `--fail-on` gate.
 */
import type { Message } from '../messages.js';

/** Command-line words inside the messages: arguments, never translated. */
export const COMMAND_WORDS = { command: 'check', option: '--fail-on', tool: 'subsidy-check' };

export const TABLE_TEXT = {
  'as-of': { en: (a) => `As of ${a.asOf}`, zh: (a) => `评估日期 ${a.asOf}` },
  'no-name': { en: () => '(no company name)', zh: () => '（无企业名称）' },
  errors: { en: (a) => `${a.count} ${a.count === 1 ? 'error' : 'errors'}`, zh: (a) => `${a.count} 处错误` },
  invalid: { en: (a) => `invalid profile: ${a.count}, not evaluated`, zh: (a) => `档案无效：${a.count}，未评估` },
  'company-total': { en: (a) => `Company total: ${a.total}`, zh: (a) => `企业合计：${a.total}` },
  window: { en: (a) => `Application window: ${a.phrase}`, zh: (a) => `申报窗口：${a.phrase}` },
  measure: { en: () => 'Measure', zh: () => '措施' },
  project: { en: () => 'Project', zh: () => '项目' },
  verdict: { en: () => 'Verdict', zh: () => '结论' },
  'max-amount': { en: () => 'Max amount', zh: () => '最高金额' },
  why: { en: () => 'Why', zh: () => '原因' },
  needs: { en: (a) => `needs ${a.fact}`, zh: (a) => `待补充${a.fact}` },
  unpublished: { en: () => 'not published', zh: () => '未公布' },
  'up-to': { en: (a) => `up to ${a.amount}`, zh: (a) => `最高 ${a.amount}` },
  'programme-total': { en: (a) => `Programme total: ${a.total}`, zh: (a) => `本政策合计：${a.total}` },
  'more-if-settled': {
    en: (a) => `; up to ${a.amount} more if the undetermined measures are settled`,
    zh: (a) => `；待定措施落实后最多可再增加 ${a.amount}`,
  },
  missing: { en: (a) => `Missing to decide: ${a.facts}`, zh: (a) => `待补充信息：${a.facts}` },
  company: { en: () => 'Company', zh: () => '企业' },
  file: { en: () => 'File', zh: () => '文件' },
  programmes: { en: () => 'Programmes', zh: () => '政策' },
  eligible: { en: () => 'Eligible', zh: () => '符合' },
  'undetermined-short': { en: () => 'Undet.', zh: () => '待定' },
  undetermined: { en: () => 'Undetermined', zh: () => '待定' },
  'max-total': { en: () => 'Max total', zh: () => '最高合计' },
  problems: { en: () => 'Problems', zh: () => '问题' },
  'none-open-total': { en: () => '0 (no round open or upcoming)', zh: () => '0（没有正在受理或即将受理的批次）' },
  'failing-gates': { en: (a) => `${a.count} failing a gate`, zh: (a) => `${a.count} 个未通过门槛` },
  'portfolio-total': { en: () => 'Portfolio total', zh: () => '合计' },
  files: { en: (a) => `${a.count} profiles`, zh: (a) => `${a.count} 份档案` },
  portfolio: {
    en: (a) => `${a.files} profiles: ${a.valid} valid, ${a.invalid} invalid; ${a.eligible} with an eligible measure; total ${a.total}`,
    zh: (a) => `共 ${a.files} 份档案：有效 ${a.valid}，无效 ${a.invalid}；${a.eligible} 家有符合条件的措施；合计${a.total}`,
  },
  'portfolio-legend': {
    en: (a) =>
      `Programmes: those with an eligible measure. Eligible, Undet. (undetermined): measures, per project, with that verdict. Details: ${a.command} <file>.`,
    zh: (a) => `政策：有符合条件措施的政策。符合、待定：该结论的措施数（按项目计）。详情：${a.command} <文件>。`,
  },
} satisfies Record<string, Message>;

export const MARKDOWN_TEXT = {
  invalid: { en: (a) => `${a.count} invalid`, zh: (a) => `${a.count} 份无效` },
  total: { en: () => 'Total', zh: () => '合计' },
  files: {
    en: (a) => `${a.files} profile(s): ${a.valid} valid, ${a.invalid} invalid`,
    zh: (a) => `${a.files} 份档案：有效 ${a.valid}，无效 ${a.invalid}`,
  },
  'no-rules': { en: () => 'none in force', zh: () => '无生效规则' },
  legend: {
    en: (a) =>
      `As of ${a.asOf}; rules ${a.rules}. Programmes: those with an eligible measure. Eligible, Undetermined: measures (per project) with that verdict. Max total: the most the company can receive, in yuan, stacking applied; amounts are ceilings decided after review.`,
    zh: (a) =>
      `评估日期 ${a.asOf}；规则 ${a.rules}。政策：有符合条件措施的政策。符合、待定：该结论的措施数（按项目计）。最高合计：企业最多可获得的金额（元），已计叠加规则；金额为上限，以评审为准。`,
  },
  gates: { en: (a) => `Gates: ${a.option} ${a.gates}`, zh: (a) => `门槛：${a.option} ${a.gates}` },
  'github-heading': {
    en: (a) => `## ${a.tool}: ${a.files} profile(s), ${a.invalid} invalid, ${a.gates} failing a gate`,
    zh: (a) => `## ${a.tool}：${a.files} 份档案，${a.invalid} 份无效，${a.gates} 份未通过门槛`,
  },
  'github-unlisted': {
    en: (a) =>
      `${a.count} more profile(s) are counted above but not listed: GitHub shows a job summary of at most 1 MiB. Their annotations and the report have them.`,
    zh: (a) => `另有 ${a.count} 份档案已计入上方合计但未逐行列出：GitHub 作业摘要最多 1 MiB。注释与报告中有这些档案。`,
  },
} satisfies Record<string, Message>;

/** A file's problems in one cell, and why it hits a `--fail-on` gate. */
export const PROBLEM_TEXT = {
  unpublished: { en: (a) => `+${a.count} unpublished`, zh: (a) => `另${a.count}项未公布` },
  more: { en: (a) => ` (+${a.count} more)`, zh: (a) => `（另 ${a.count} 处）` },
  invalid: { en: (a) => `invalid: ${a.code}${a.where}${a.more}`, zh: (a) => `无效：${a.code}${a.where}${a.more}` },
  warnings: { en: (a) => `${a.count} warning(s)`, zh: (a) => `${a.count} 条警告` },
  fails: { en: (a) => `fails ${a.gates}`, zh: (a) => `未通过 ${a.gates}` },
  undecidable: { en: (a) => `not decidable: ${a.gates}`, zh: (a) => `无法判定：${a.gates}` },
  'gate-invalid': { en: (a) => `invalid profile, ${a.count} error(s)`, zh: (a) => `档案无效，${a.count} 处错误` },
  'gate-undetermined': { en: (a) => `${a.count} measure(s) undetermined: ${a.names}`, zh: (a) => `${a.count} 项措施待定：${a.names}` },
  'gate-not-eligible': { en: () => 'no eligible measure', zh: () => '没有符合条件的措施' },
  'gate-below-undecidable': {
    en: (a) => `not decidable: max total ${a.total} is below ${a.amount}, but ${a.count} eligible measure(s) have no published amount`,
    zh: (a) => `无法判定：最高合计 ${a.total} 低于 ${a.amount}，但有 ${a.count} 项符合条件的措施金额未公布`,
  },
  'gate-below': { en: (a) => `max total ${a.total} is below ${a.amount}`, zh: (a) => `最高合计 ${a.total} 低于 ${a.amount}` },
} satisfies Record<string, Message>;

/** A measure's reason in one line, where its own words (the deciding condition's) are not needed. */
export const REASON_TEXT = {
  'all-met': { en: (a) => `all ${a.count} conditions met`, zh: (a) => `${a.count} 项条件均满足` },
} satisfies Record<string, Message>;
