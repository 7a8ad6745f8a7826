/**
 * `rules diff`: per compared pair of versions, every change in words; versions added or removed;
 * with `--profiles`, the profiles whose verdicts or maximum amounts change, and by how much.
 * Text, or JSON (`subsidy-check/rules-diff@1`) with the changes as data and as words.
 */
import type { ProfileChange, ProfilesDiff, Answer } from '../diff-profiles.js';
import type { PairDiff, VersionRef } from '../diff-plan.js';
import { messageLang, type Lang } from '../../text/lang.js';
import { grouped } from '../../text/money.js';
import { changeWords } from './diff-words.js';
import { colon, t } from './words.js';

export const DIFF_SCHEMA = 'subsidy-check/rules-diff@1';

export interface DiffInput {
  pairs: PairDiff[];
  added: VersionRef[];
  removed: VersionRef[];
  profiles?: ProfilesDiff;
  asOf: string;
  lang: Lang;
}

const name = (v: VersionRef) => `${v.programme}@${v.version}`;

function answerWords(a: Answer | null, lang: Lang): string {
  if (a === null) return t(lang, 'no such measure', '无此措施');
  if (a.verdict === 'ineligible') return t(lang, 'ineligible', '不符合');
  const amount = a.maxAmount === null ? t(lang, 'amount not published', '金额未公布') : t(lang, `up to ${grouped(a.maxAmount)}`, `最高 ${grouped(a.maxAmount)}`);
  return `${t(lang, a.verdict, { eligible: '符合', ineligible: '不符合', undetermined: '待定' }[a.verdict])} (${amount})`;
}

function signed(from: number | null, to: number | null): string {
  if (from === null || to === null || from === to) return '';
  const d = to - from;
  return ` (${d > 0 ? '+' : '−'}${grouped(Math.abs(d))})`;
}

function profileLines(p: ProfileChange, lang: Lang): string[] {
  const lines = [`  ${p.file} — ${p.programme} ${p.fromVersion} → ${p.toVersion}`];
  for (const m of p.measures) {
    lines.push(`    ${m.measure}${m.project ? ` ${m.project}` : ''}${colon(lang)}${answerWords(m.from, lang)} → ${answerWords(m.to, lang)}${signed(m.from?.maxAmount ?? null, m.to?.maxAmount ?? null)}`);
  }
  if (p.maxTotal.from !== p.maxTotal.to) lines.push(`    ${t(lang, 'programme total', '政策合计')}${colon(lang)}${grouped(p.maxTotal.from)} → ${grouped(p.maxTotal.to)}${signed(p.maxTotal.from, p.maxTotal.to)}`);
  return lines;
}

export function formatDiffText(input: DiffInput): string {
  const { lang } = input;
  const lines: string[] = [];
  for (const pair of input.pairs) {
    lines.push(`${name(pair.from)} → ${name(pair.to)}  (${pair.from.file} → ${pair.to.file})`);
    if (pair.changes.length === 0) lines.push(`  ${t(lang, 'no change in the rules', '规则无变化')}`);
    for (const c of pair.changes) lines.push(`  - ${changeWords(c, lang)}`);
    lines.push('');
  }
  for (const v of input.added) lines.push(t(lang, `added: ${name(v)} (${v.file})`, `新增：${name(v)}（${v.file}）`));
  for (const v of input.removed) lines.push(t(lang, `removed: ${name(v)} (${v.file})`, `删除：${name(v)}（${v.file}）`));
  if (input.profiles) {
    const p = input.profiles;
    const changed = new Set(p.changes.map((c) => c.file)).size;
    lines.push(t(lang, `Profiles: ${p.compared} compared, ${changed} with changed results${p.invalid.length ? `, ${p.invalid.length} invalid (not compared)` : ''}`, `档案：比较 ${p.compared} 份，结果变化 ${changed} 份${p.invalid.length ? `，无效 ${p.invalid.length} 份（未比较）` : ''}`));
    lines.push(...p.changes.flatMap((c) => profileLines(c, lang)));
  }
  const total = input.pairs.reduce((n, pair) => n + pair.changes.length, 0) + input.added.length + input.removed.length;
  lines.push(t(lang, `${total} change(s)`, `共 ${total} 处变化`));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

export function formatDiffJson(input: DiffInput): string {
  const diagnosticLang = messageLang(input.lang);
  const json = {
    schema: DIFF_SCHEMA,
    asOf: input.asOf,
    pairs: input.pairs.map((p) => ({ ...p, changes: p.changes.map((c) => ({ ...c, message: changeWords(c, diagnosticLang) })) })),
    added: input.added,
    removed: input.removed,
    profiles: input.profiles ? { compared: input.profiles.compared, changes: input.profiles.changes, invalid: input.profiles.invalid.map((i) => i.file) } : null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export { DIFF_FORMATS, type DiffFormat } from './format-names.js';
import type { DiffFormat } from './format-names.js';
export const DIFF_FORMATTERS = { table: formatDiffText, json: formatDiffJson } satisfies Record<DiffFormat, (input: DiffInput) => string>;

/** Whether anything differs: a rule change, a version added or removed, a profile whose result moves. */
export function anyChange(input: Omit<DiffInput, 'asOf' | 'lang'>): boolean {
  return input.pairs.some((p) => p.changes.length > 0) || input.added.length > 0 || input.removed.length > 0 || (input.profiles?.changes.length ?? 0) > 0;
}
