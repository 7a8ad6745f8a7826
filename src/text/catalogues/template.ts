/**
 * The words of `subsidy-check template`, in both languages: the header, the keys every profile has
 * whatever the rules, and one line per fact type saying what to write. Values, examples and ids are
 * arguments, so the templates' own words are in one language only.
 */
import type { FactType } from '../../rules/enums.js';
import type { Message } from '../messages.js';

export const TEMPLATE_TEXT = {
  title: { en: (a) => `${a.tool} profile template for ${a.programmes}`, zh: (a) => `${a.tool} 企业档案模板：${a.programmes}` },
  fill: {
    en: () => 'Fill in what you know and leave the rest empty: an empty value is unknown, never false or zero, and the measures that need it stay undetermined.',
    zh: () => '填写已知信息，其余留空：留空即为未知（不视为否或零），需要该信息的措施结论为待定。',
  },
  check: { en: (a) => `Check it with: ${a.command}`, zh: (a) => `检查命令：${a.command}` },
  schema: {
    en: (a) => `The first line lets editors complete and check this file against ${a.ref}; write it with: ${a.command}`,
    zh: (a) => `第一行使编辑器按 ${a.ref} 补全并校验本文件；生成命令：${a.command}`,
  },
  projects: {
    en: () => 'One example project: copy the block for each further project, with an id of its own.',
    zh: () => '一个示例项目：每增加一个项目，复制此段并使用不同的编号。',
  },
  'only-for': { en: (a) => `only read by ${a.programmes}`, zh: (a) => `仅 ${a.programmes} 读取` },
  name: { en: () => 'Registered name (required)', zh: () => '企业名称（必填）' },
  'name-placeholder': { en: () => 'Company name (to fill in)', zh: () => '企业名称（待填写）' },
  uscc: {
    en: () => 'Unified social credit code: 18 characters, the last a check character, which check verifies',
    zh: () => '统一社会信用代码：18位，最后一位为校验码，检查时会核验',
  },
  id: { en: () => 'Project id (required), unique within the profile', zh: () => '项目编号（必填），在档案内唯一' },
  'project-title': { en: () => 'Project title', zh: () => '项目名称' },
  unit: { en: (a) => `, in ${a.unit}`, zh: (a) => `，单位：${a.unit}` },
} satisfies Record<string, Message>;

/** What to write for each fact type; `values` and `examples` are the rules' and the vocabulary's own. */
export const TYPE_TEXT = {
  boolean: { en: (a) => `${a.yes} or ${a.no}`, zh: (a) => `${a.yes}（是）或 ${a.no}（否）` },
  text: { en: () => 'text', zh: () => '文本' },
  number: { en: () => 'a number', zh: () => '数字' },
  enum: { en: (a) => `one of: ${a.values}`, zh: (a) => `可选值：${a.values}` },
  list: { en: (a) => `a list of: ${a.values}`, zh: (a) => `列表，可选值：${a.values}` },
  'list-open': { en: (a) => `a list, e.g. ${a.values}, or any other text (a reviewer decides)`, zh: (a) => `列表，如 ${a.values}；也可填写其他内容（由评审认定）` },
  'list-any': { en: () => 'a list of text', zh: () => '文本列表' },
  years: { en: (a) => `a list of years, e.g. ${a.example}`, zh: (a) => `年份列表，如 ${a.example}` },
  money: { en: (a) => `money in yuan, e.g. ${a.examples}`, zh: (a) => `金额（元），如 ${a.examples}` },
  date: { en: (a) => `a date, ${a.month} (the whole month) or ${a.day}`, zh: (a) => `日期，${a.month}（整月）或 ${a.day}` },
  district: { en: (a) => `a district, pinyin or Chinese, e.g. ${a.examples}`, zh: (a) => `区，拼音或中文名，如 ${a.examples}` },
} satisfies Record<Exclude<FactType, 'list'> | 'list' | 'list-open' | 'list-any', Message>;
