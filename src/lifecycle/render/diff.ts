/**
 * `rules diff`: per compared pair of versions, every change in words; versions added or removed;
 * with `--profiles`, the profiles whose verdicts or maximum amounts change, and by how much.
 * Text, or JSON (`subsidy-check/rules-diff@1`) with the changes as data and as words.
 */
import { RULES_DIFF_SCHEMA, type ProfileChangeDiff, type RuleChangeDiff, type RulesDiff } from '../../contracts/rules-diff.js';
import type { RuleChange } from '../diff-change.js';
import type { ProfileChange, ProfilesDiff, Answer } from '../diff-profiles.js';
import type { PairDiff, VersionRef } from '../diff-plan.js';
import { type Lang } from '../../text/lang.js';
import { grouped } from '../../text/money.js';
import { changeWords } from './diff-words.js';
import { colon } from './words.js';

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
  if (a === null) return say(RULES_TEXT['no-such-measure'], once(lang));
  if (a.verdict === 'ineligible') return say(RULES_TEXT.ineligible, once(lang));
  const amount = a.maxAmount === null ? say(RULES_TEXT['amount-not-published'], once(lang)) : say(RULES_TEXT['up-to'], once(lang), { amount: grouped(a.maxAmount) });
  return `${say(VERDICT_TEXT[a.verdict], once(lang))} (${amount})`;
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
  if (p.maxTotal.from !== p.maxTotal.to) lines.push(`    ${say(RULES_TEXT['programme-total'], once(lang))}${colon(lang)}${grouped(p.maxTotal.from)} → ${grouped(p.maxTotal.to)}${signed(p.maxTotal.from, p.maxTotal.to)}`);
  return lines;
}

export function formatDiffText(input: DiffInput): string {
  const { lang } = input;
  const lines: string[] = [];
  for (const pair of input.pairs) {
    lines.push(`${name(pair.from)} → ${name(pair.to)}  (${pair.from.file} → ${pair.to.file})`);
    if (pair.changes.length === 0) lines.push(`  ${say(RULES_TEXT['no-change-in-the'], once(lang))}`);
    for (const c of pair.changes) lines.push(`  - ${changeWords(c, lang)}`);
    lines.push('');
  }
  for (const v of input.added) lines.push(say(RULES_TEXT.added, once(lang), { file: v.file, name: name(v) }));
  for (const v of input.removed) lines.push(say(RULES_TEXT.removed, once(lang), { file: v.file, name: name(v) }));
  if (input.profiles) {
    const p = input.profiles;
    const changed = new Set(p.changes.map((c) => c.file)).size;
    lines.push(say(RULES_TEXT['profiles-compared'], once(lang), { changed, compared: p.compared, invalid: p.invalid.length ? say(RULES_TEXT['profiles-invalid'], once(lang), { count: p.invalid.length }) : '' }));
    lines.push(...p.changes.flatMap((c) => profileLines(c, lang)));
  }
  const total = input.pairs.reduce((n, pair) => n + pair.changes.length, 0) + input.added.length + input.removed.length;
  lines.push(say(RULES_TEXT['change-s'], once(lang), { total }));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

const ref = (v: VersionRef) => ({ programme: v.programme, version: v.version, file: v.file, sha256: v.sha256 });

const item = (i: RuleChange['item']) => (i === null || typeof i === 'string' ? i : { zh: i.zh, en: i.en });

/** A change as data and in words; `from` and `to` are left out where that side has no value (JSON drops undefined). */
const change = (c: RuleChange, lang: 'en' | 'zh'): RuleChangeDiff => ({
  area: c.area,
  measure: c.measure,
  item: item(c.item),
  kind: c.kind,
  field: c.field,
  from: c.from,
  to: c.to,
  message: changeWords(c, lang),
});

const answer = (a: Answer | null) => (a === null ? null : { verdict: a.verdict, maxAmount: a.maxAmount });

const profileChange = (p: ProfileChange): ProfileChangeDiff => ({
  file: p.file,
  programme: p.programme,
  fromVersion: p.fromVersion,
  toVersion: p.toVersion,
  measures: p.measures.map((m) => ({ measure: m.measure, project: m.project, from: answer(m.from), to: answer(m.to) })),
  maxTotal: { from: p.maxTotal.from, to: p.maxTotal.to },
});

export function formatDiffJson(input: DiffInput): string {
  const lang = once(input.lang);
  const p = input.profiles;
  const document: RulesDiff = {
    schema: RULES_DIFF_SCHEMA,
    asOf: input.asOf,
    pairs: input.pairs.map((pair) => ({ from: ref(pair.from), to: ref(pair.to), changes: pair.changes.map((c) => change(c, lang)) })),
    added: input.added.map(ref),
    removed: input.removed.map(ref),
    profiles: p ? { compared: p.compared, changes: p.changes.map(profileChange), invalid: p.invalid.map((i) => i.file) } : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export { DIFF_FORMATS, type DiffFormat } from './format-names.js';
import type { DiffFormat } from './format-names.js';
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
import { VERDICT_TEXT } from '../../text/catalogues/client.js';
export const DIFF_FORMATTERS = { table: formatDiffText, json: formatDiffJson } satisfies Record<DiffFormat, (input: DiffInput) => string>;

/** Whether anything differs: a rule change, a version added or removed, a profile whose result moves. */
export function anyChange(input: Omit<DiffInput, 'asOf' | 'lang'>): boolean {
  return input.pairs.some((p) => p.changes.length > 0) || input.added.length > 0 || input.removed.length > 0 || (input.profiles?.changes.length ?? 0) > 0;
}
