/** Leaf traces as reasons a person reads: what was found against what is required. */
import type { LeafTrace, MeasureResult } from '../engine/types.js';
import type { DateValue } from '../profile/dates.js';
import type { Value } from '../profile/values.js';
import type { Leaf, RuleFile } from '../rules/schema.js';
import { type Lang } from '../text/lang.js';
import { factName } from '../text/fact-name.js';
import { operatorOf } from '../operators/registry.js';
import { requirement } from './requirement.js';
import { showValue } from '../text/show.js';
import { say } from '../text/messages.js';
import { evidenceNote } from '../text/evidence.js';
import { REASON_TEXT } from '../text/catalogues/summary.js';

export type Actual = string | number | boolean | (string | number)[] | null;

export function plainActual(value: Value | string | null): Actual {
  if (Array.isArray(value)) return [...(value as (string | number)[])];
  if (value !== null && typeof value === 'object') return (value as DateValue).text;
  return value as Actual;
}

/** The requirement in compact, language-neutral form: `= putuo`, `> 500000`, `within 2020-01..2021-12`. */
export function expectedOf(leaf: Leaf, rule: RuleFile): string {
  return operatorOf(leaf).expected(leaf, { period: (id) => rule.periods.find((p) => p.id === id) });
}

/** One line saying why a measure got its verdict. */
export function oneLineReason(r: MeasureResult, rule: RuleFile, lang: Lang): string {
  if (lang === 'both') return say({ en: oneLineReason(r, rule, 'en'), zh: oneLineReason(r, rule, 'zh') }, 'both');
  const decisive = r.decisive;
  if (r.verdict === 'eligible') {
    const n = r.conditions;
    return say(REASON_TEXT['all-met'], lang, { count: n }) + evidenceNote(r.evidence, lang);
  }
  if (!decisive) return '';
  return leafSentence(decisive, rule, lang);
}

export function leafSentence(t: LeafTrace, rule: RuleFile, lang: Lang): string {
  if (lang === 'both') return say({ en: leafSentence(t, rule, 'en'), zh: leafSentence(t, rule, 'zh') }, 'both');
  const label = t.leaf.label[lang];
  const zh = lang === 'zh';
  if (t.missing.length > 0) return zh ? `${label}：缺少${t.missing.map((p) => `“${factName(p, rule, 'zh')}”`).join('、')}` : `${label}: missing ${t.missing.join(', ')}`;
  if (t.leaf.evidence === 'unknown') return zh ? `${label}：未公布` : `${label}: not published`;
  // Chinese shows values and requirements as a person reads them (是/否, 普陀区, 50万元, 在 2020年1月 至 …);
  // English keeps the compact form the report's `expected` has.
  const actual = zh ? showValue(t.actual as Parameters<typeof showValue>[0], factType(t.leaf, rule), 'zh') : formatActual(plainActual(t.actual));
  if (t.result === 'unknown' && factType(t.leaf, rule) === 'boolean' && t.leaf.op === 'eq') {
    // A yes/no fact: the other value than the rule wants, left to a reviewer — never list wording.
    const want = showValue(t.leaf.value as boolean, 'boolean', zh ? 'zh' : 'en');
    return zh ? `${label}：${actual}，须为${want}（由评审认定）` : `${label}: ${actual}, should be ${want} (a reviewer decides)`;
  }
  if (t.result === 'unknown') return zh ? `${label}：${actual} 需评审认定` : `${label}: ${actual} needs review`;
  if (zh) return `${label}：${actual}，要求 ${t.negated ? `非（${requirement(t.leaf, rule, 'zh')}）` : requirement(t.leaf, rule, 'zh')}`;
  const expected = t.negated ? `not (${expectedOf(t.leaf, rule)})` : expectedOf(t.leaf, rule);
  return `${label}: ${actual}, required ${expected}`;
}

const factType = (leaf: Leaf, rule: RuleFile) => (typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : 'date');

export function formatActual(a: Actual): string {
  if (a === null) return '—';
  if (Array.isArray(a)) return a.length ? a.join(', ') : '[]';
  return String(a);
}

