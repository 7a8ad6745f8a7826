/** A rule change in words, in English or Chinese: `measure project-subsidy: amount: cap 2,000,000 → 3,000,000 (+1,000,000)`. */
import type { ChangeArea, RuleChange } from '../diff-change.js';
import type { Bilingual } from '../../rules/schema.js';
import { type Lang } from '../../text/lang.js';
import { grouped } from '../../text/money.js';
import { colon } from './words.js';
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';

type Pair = readonly [en: string, zh: string];

const AREAS = {
  programme: ['programme', '政策'],
  effective: ['effective dates', '生效期'],
  source: ['source', '来源'],
  window: ['window', '申报窗口'],
  period: ['period', '期间'],
  assumption: ['assumption', '假设'],
  fact: ['fact', '事实'],
  condition: ['condition', '条件'],
  measure: ['measure', '措施'],
  amount: ['amount', '金额'],
  documents: ['documents', '申报材料'],
  stacking: ['stacking', '叠加规则'],
  notes: ['notes', '备注'],
} as const satisfies Record<ChangeArea, Pair>;

const FIELDS: Record<string, Pair> = {
  id: ['id', '编号'],
  title: ['title', '标题'],
  issuer: ['issuer', '发布单位'],
  document: ['document number', '文号'],
  status: ['status', '状态'],
  supersedes: ['succeeds', '接续'],
  from: ['from', '起'],
  to: ['to', '止'],
  opens: ['opens', '开始'],
  closes: ['closes', '截止'],
  evidence: ['evidence', '证据等级'],
  cite: ['citation', '引用'],
  label: ['wording', '表述'],
  en: ['English wording', '英文表述'],
  zh: ['Chinese wording', '中文表述'],
  url: ['URL', '网址'],
  date: ['date', '日期'],
  trust: ['trust', '可信度'],
  type: ['type', '类型'],
  values: ['values', '取值'],
  unit: ['unit', '单位'],
  question: ['question', '问题'],
  value: ['required value', '要求值'],
  whenFalse: ['when false', '不满足时'],
  overlap: ['partial overlap', '部分重叠'],
  assumes: ['assumptions', '假设'],
  kind: ['kind', '类型'],
  rate: ['rate', '比例'],
  base: ['base', '基数'],
  perUnit: ['per unit', '单价'],
  tiers: ['tiers', '档位'],
  cap: ['cap', '上限'],
  capScope: ['cap scope', '上限范围'],
  rounding: ['rounding', '取整'],
  perProject: ['per project', '按项目评估'],
  measures: ['measures', '措施'],
  companyCap: ['company cap', '企业上限'],
  doubleFunding: ['double funding', '重复支持'],
  caveats: ['caveats', '提示'],
  items: ['number of items', '条目数'],
};

/** Fields whose numbers are yuan (or thresholds, shown grouped) and get a signed difference. */
const NUMERIC = new Set(['value', 'cap', 'perUnit', 'companyCap']);
const DATE_FIELDS = new Set(['from', 'to', 'opens', 'closes']);

const pair = (p: Pair, lang: Lang) => say({ en: p[0], zh: p[1] }, once(lang));

function isBilingual(x: unknown): x is Bilingual {
  return typeof x === 'object' && x !== null && typeof (x as Bilingual).zh === 'string' && typeof (x as Bilingual).en === 'string';
}

function valueWords(x: unknown, field: string, lang: Lang): string {
  if (x === undefined) return say(RULES_TEXT.none, once(lang));
  if (x === null) return DATE_FIELDS.has(field) ? say(RULES_TEXT.open, once(lang)) : say(RULES_TEXT.none, once(lang));
  if (typeof x === 'number') return grouped(x);
  if (typeof x === 'string') return x;
  if (isBilingual(x)) return `"${say(x, lang)}"`;
  if (Array.isArray(x)) return `[${x.map((v) => valueWords(v, field, lang)).join(', ')}]`;
  const record = x as Record<string, unknown>;
  if (typeof record.amount === 'number') return grouped(record.amount);
  if (typeof record.rule === 'string') return record.rule;
  if (isBilingual(record.label)) return `${record.unknown === true ? say(RULES_TEXT.unknown, once(lang)) : ''}"${say(record.label, lang)}"`;
  return JSON.stringify(x);
}

const numberIn = (x: unknown) => (typeof x === 'number' ? x : typeof (x as { amount?: unknown })?.amount === 'number' ? (x as { amount: number }).amount : undefined);

function delta(change: RuleChange): string {
  const from = numberIn(change.from);
  const to = numberIn(change.to);
  if (!NUMERIC.has(change.field ?? '') || from === undefined || to === undefined) return '';
  const d = to - from;
  return ` (${d > 0 ? '+' : '−'}${grouped(Math.abs(d))})`;
}

export function changeWords(change: RuleChange, lang: Lang): string {
  const scope = change.measure !== null ? `${say(RULES_TEXT.measure, once(lang))} ${change.measure}${colon(lang)}` : change.area === 'condition' ? `${say(RULES_TEXT.gate, once(lang))}${colon(lang)}` : '';
  const area = change.area === 'measure' && change.measure === null ? pair(AREAS.measure, lang) : change.area === 'measure' ? '' : pair(AREAS[change.area], lang);
  const item = change.item === null ? '' : ` ${isBilingual(change.item) ? `"${say(change.item, lang)}"` : change.item}`;
  const subject = `${scope}${area}${item}`.trim();
  if (change.kind === 'added') return say(RULES_TEXT['change-added'], once(lang), { subject });
  if (change.kind === 'removed') return say(RULES_TEXT['change-removed'], once(lang), { subject });
  const field = change.field ?? '';
  if (field === 'combination') return `${scope}${say(RULES_TEXT['how-the-conditions-combine'], once(lang))}`;
  const names = change.area === 'amount' && field === 'value' ? (['value', '金额'] as const) : FIELDS[field];
  const name = names ? pair(names, lang) : field;
  const from = valueWords(change.from, field, lang);
  const to = valueWords(change.to, field, lang);
  return say(RULES_TEXT.changed, once(lang), { delta: delta(change), from, name, subject, to });
}
