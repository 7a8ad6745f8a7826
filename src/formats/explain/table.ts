/**
 * `explain` for a person: per programme and measure, the condition tree indented with ✓ ✗ ? per leaf,
 * the amount and the cap that binds, what it would take; then stacking, assumptions and the ranking.
 * A pure function of the explanation.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FormatOptions } from '../registry.js';
import type { Lang } from '../../text/lang.js';
import { evidenceWord } from '../../text/evidence.js';
import { once, say, type TextArgs } from '../../text/messages.js';
import { formatYuan } from '../../text/money.js';
import { unlockText } from '../../report/to-qualify.js';
import { windowPhrase } from '../../text/window-phrase.js';
import { programmeRef, successorName } from '../../text/programme-name.js';
import { historyLine } from '../../report/round-lines.js';
import { PIN_OPTION } from '../../report/round-text.js';
import type { ConditionNode, Explanation, MeasureExplain, ProgrammeExplain } from '../../contracts/explain.js';
import { shortPosition } from '../../text/position.js';
import { ROUND_TEXT } from '../../text/catalogues/round.js';
import { EXPLAIN_TEXT } from '../../text/catalogues/explain.js';

const MARK = { pass: ['✓', 'green'], fail: ['✗', 'red'], unknown: ['?', 'yellow'] } as const;

export function formatExplanation(e: Explanation, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const t = (key: keyof typeof EXPLAIN_TEXT, args: Parameters<typeof say>[2] = {}) => say(EXPLAIN_TEXT[key], lang, args);
  const f = (key: keyof typeof EXPLAIN_TEXT, args: TextArgs) => say(EXPLAIN_TEXT[key], once(lang), args);
  const lines = [c.bold(e.company.name ?? '—') + c.dim(`  ${e.file}`), c.dim(t('as-of', { asOf: e.asOf }) + (e.measure ? ` · ${t('one-measure', { measure: e.measure })}` : ''))];
  if (!e.valid) {
    const errors = e.diagnostics.filter((d) => d.severity === 'error');
    return `${[...lines, c.red(t('invalid', { errors: errors.length })), ...errors.map((d) => c.red(`  ${shortPosition(d)} ${d.code} ${d.message}`))].join('\n')}\n`;
  }
  if (e.noOpenRound) lines.push('', c.bold(e.noOpenRound));
  for (const p of e.programmes) lines.push('', ...programmeLines(p, e.programmes, e.asOf, lang, c));
  const noneOpen = e.programmes.length > 0 && e.programmes.every((p) => p.round === 'history');
  lines.push('', c.bold(e.ranking.length ? t('ranking') : noneOpen ? t('ranking-history') : t('ranking-none')));
  e.ranking.forEach((r, i) => lines.push(`  ${i + 1}. ${f('ranked', { measure: rankedName(r, e.programmes, lang), summary: r.toQualify.summary })}`));
  lines.push('', t('tool-assumes'), ...e.assumptions.map((a) => `  • ${a.text}`));
  lines.push('', c.bold(e.noOpenRound ? t('total-none-open') : t('total', (l) => ({ total: formatYuan(e.maxTotal ?? 0, l) }))));
  return `${lines.join('\n')}\n`;
}

/** Ids a consultant passes to `explain <profile> <programme/measure>`; in Chinese the titles. */
function rankedName(r: { programme: string; measure: string; project: string | null }, programmes: readonly ProgrammeExplain[], lang: Lang): string {
  if (lang !== 'zh') return `${r.programme} / ${r.measure}${r.project ? ` (${r.project})` : ''}`;
  const p = programmes.find((x) => x.id === r.programme);
  const m = p?.measures.find((x) => x.id === r.measure);
  return `${p?.title ?? r.programme}：${m?.title ?? r.measure}${r.project ? `（${r.project}）` : ''}`;
}

function programmeLines(p: ProgrammeExplain, all: readonly ProgrammeExplain[], asOf: string, lang: Lang, c: ChalkInstance): string[] {
  const t = (key: keyof typeof EXPLAIN_TEXT, args: Parameters<typeof say>[2] = {}) => say(EXPLAIN_TEXT[key], lang, args);
  const f = (key: keyof typeof EXPLAIN_TEXT, args: TextArgs) => say(EXPLAIN_TEXT[key], once(lang), args);
  const lines = [c.bold(`━━ ${p.title}`), c.dim(`   ${programmeRef(p, lang)}`)];
  for (const w of p.windows) lines.push(`   ${f('window', { label: w.label, phrase: windowPhrase(w, asOf, lang) })}`);
  if (p.round === 'history') lines.push(c.yellow(`   ! ${historyLine(p, lang, all)}`));
  else if (p.round === 'pinned') lines.push(c.cyan(`   ${say(ROUND_TEXT['pinned-one'], lang, PIN_OPTION)}`));
  if (p.supersededBy) lines.push(c.yellow(`   ! ${t('superseded', { successor: successorName(p, all, lang) })}`));
  lines.push(`   ${t('sources')}`, ...p.sources.map((s) => c.dim(`     ${s.id}  ${s.title}${s.date ? ` (${s.date})` : ''}`)));
  const numbers = new Map(p.assumptions.map((a, i) => [a.id, String(i + 1)]));
  for (const m of p.measures) lines.push('', ...measureLines(m, lang, c, numbers, p.round === 'history'));
  lines.push('', `   ${t('stacking')}`, ...p.stacking.reasoning.map((r) => `     • ${r}`));
  if (p.assumptions.length > 0) {
    lines.push(`   ${t('assumptions')}`);
    // Chinese numbers the assumptions (假设 1) where English names them by id: conditions refer to them so.
    p.assumptions.forEach((a, i) => {
      const used = a.usedBy.length ? t('used-by', { measures: a.usedBy.join(lang === 'zh' ? '、' : ', ') }) : t('not-used');
      lines.push(lang === 'zh' ? `     • 假设 ${i + 1}：${a.text}（${used}）` : `     • ${a.id}: ${a.text} (${used})`);
    });
  }
  if (p.caveats.length > 0) lines.push(`   ${t('caveats')}`, ...p.caveats.map((cv) => c.yellow(`     ! ${cv.message}`)));
  return lines;
}

function measureLines(m: MeasureExplain, lang: Lang, c: ChalkInstance, numbers: ReadonlyMap<string, string>, history = false): string[] {
  const t = (key: keyof typeof EXPLAIN_TEXT, args: Parameters<typeof say>[2] = {}) => say(EXPLAIN_TEXT[key], lang, args);
  const f = (key: keyof typeof EXPLAIN_TEXT, args: TextArgs) => say(EXPLAIN_TEXT[key], once(lang), args);
  const [mark, color] = MARK[m.verdict === 'eligible' ? 'pass' : m.verdict === 'ineligible' ? 'fail' : 'unknown'];
  const lines = [
    c.bold(lang === 'zh' ? `  ── ${m.title}${m.project ? `（${m.project}）` : ''}` : `  ── ${m.id}${m.project ? ` (${m.project})` : ''} · ${m.title}`),
    `     ${c[color](`${mark} ${t('verdict', (l) => ({ verdict: say(EXPLAIN_TEXT[m.verdict], l), evidence: evidenceWord(m.evidence, l) }))}`)}`,
    `     ${t('conditions')}`,
    ...nodeLines(m.conditions.gate, 'gate', 7, lang, c, numbers),
    ...(m.conditions.measure ? nodeLines(m.conditions.measure, 'own', 7, lang, c, numbers) : []),
    `     ${f('amount', { rule: m.amount.rule, cite: m.amount.cite, evidence: evidenceWord(m.amount.evidence, lang) })}`,
    `       ${m.amount.note ? f('amount-note', { text: m.amount.text, note: m.amount.note }) : m.amount.text}`,
  ];
  if (m.verdict === 'eligible' && !m.counted && m.maxAmount !== null && !history) lines.push(c.dim(`       ${t('not-counted')}`));
  if (m.toQualify) {
    if (m.toQualify.status === 'blocked') lines.push(`     ${t('blocked')}`, ...blockedLines(m));
    else lines.push(`     ${t('to-qualify', (l) => ({ outcome: unlockText(m.toQualify!, l) }))}`, ...m.toQualify.changes.map((ch) => `       • ${ch.message}`));
  }
  if (m.notes.length > 0) lines.push(`     ${t('notes')}`, ...m.notes.map((n) => c.dim(`       ${n}`)));
  if (m.caveats.length > 0) lines.push(...m.caveats.map((cv) => c.yellow(`     ! ${cv.message}`)));
  return lines;
}

function blockedLines(m: MeasureExplain): string[] {
  const reasons = m.toQualify!.blockers.map((b) => `       • ${b.message}`);
  return reasons.length > 0 ? reasons : [`       • ${m.toQualify!.summary}`];
}

/** A node and its children, indented; the two roots say whether they are the gate or the measure's own. */
function nodeLines(n: ConditionNode, root: 'gate' | 'own' | null, indent: number, lang: Lang, c: ChalkInstance, numbers: ReadonlyMap<string, string>): string[] {
  const [mark, color] = MARK[n.result];
  const pad = ' '.repeat(indent);
  const t = (key: keyof typeof EXPLAIN_TEXT, args: Parameters<typeof say>[2] = {}) => say(EXPLAIN_TEXT[key], lang, args);
  if (n.kind !== 'leaf') {
    const head = t(root ?? 'group', (l) => ({ node: say(EXPLAIN_TEXT[n.kind], l) }));
    return [`${pad}${c[color](mark)} ${head}`, ...n.children.flatMap((child) => nodeLines(child, null, indent + 2, lang, c, numbers))];
  }
  const args = {
    label: n.label,
    actual: n.shown,
    expected: n.expected,
    missing: n.missingNames.join(lang === 'zh' ? '、' : ', '),
    cite: n.cite,
    evidence: evidenceWord(n.evidence, lang),
    assumes: n.assumes.length ? say(EXPLAIN_TEXT.assumes, lang, (l) => ({ ids: l === 'zh' ? n.assumes.map((id) => numbers.get(id) ?? id).join('、') : n.assumes.join(', ') })) : '',
  };
  const key = n.evidence === 'unknown' ? 'leaf-unpublished' : n.missing.length > 0 ? 'leaf-missing' : 'leaf';
  const line = `${pad}${c[color](mark)} ${say(EXPLAIN_TEXT[key], once(lang), args)}`;
  // A gate of one leaf has no `all` above it: still say which root it is.
  return root ? [`${pad}${c[color](mark)} ${t(root, (l) => ({ node: say(EXPLAIN_TEXT.all, l) }))}`, `  ${line}`] : [line];
}
