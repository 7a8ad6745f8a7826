/**
 * `rules show`: a programme version, or one measure of it, as Markdown a consultant can paste into a
 * memo — gate and conditions as sentences, amounts with caps, periods, windows, documents, and the
 * sources every citation points to, with titles and URLs. `both` gives the English, then the Chinese.
 */
import type { RuleVersion } from '../../rules/load.js';
import type { Measure, RuleFile } from '../../rules/schema.js';
import type { Lang } from '../../text/lang.js';
import { amountWords, conditionBlock } from './sentences.js';
import { citation, colon, range, t, text, yuan } from './words.js';

export interface ShowInput {
  version: RuleVersion;
  /** Only this measure (with the gate it needs). */
  measure?: string;
  lang: Lang;
}

export function formatShow(input: ShowInput): string {
  if (input.lang === 'both') return `${formatShow({ ...input, lang: 'en' })}\n---\n\n${formatShow({ ...input, lang: 'zh' })}`;
  const { version, lang } = input;
  const { rule } = version;
  const measures = input.measure ? rule.measures.filter((m) => m.id === input.measure) : rule.measures;
  const sections = [
    header(version, lang),
    windows(rule, lang),
    periods(rule, lang),
    assumptions(rule, lang),
    [`## ${t(lang, 'Gate: every measure needs', '申报条件（各项措施均须满足）')}`, '', ...conditionBlock(rule.gate, rule, lang)],
    ...measures.map((m) => measure(m, rule, lang)),
    input.measure ? [] : stacking(rule, lang),
    input.measure ? [] : documents(rule, lang),
    input.measure ? [] : notes(rule, lang),
    sources(rule, lang),
  ];
  return `${sections.filter((s) => s.length > 0).map((s) => s.join('\n')).join('\n\n')}\n`;
}

function header({ rule, sha256 }: RuleVersion, lang: Lang): string[] {
  const p = rule.programme;
  const lines = [
    `# ${text(p.title, lang)}`,
    '',
    `${p.id}@${p.version} · ${p.document} · ${p.status}`,
    '',
    `- ${t(lang, 'Issued by', '发布单位')}${colon(lang)}${text({ zh: p.issuer.zh, en: p.issuer.en }, lang)} ${citation(p.issuer.cite, p.issuer.evidence, lang)}`,
    `- ${t(lang, 'Effective', '生效期')}${colon(lang)}${range(rule.effective.from, rule.effective.to, lang)} ${citation(rule.effective.cite, rule.effective.evidence, lang)}`,
  ];
  if (p.supersedes) lines.push(`- ${t(lang, 'Succeeds', '接续')}${colon(lang)}${p.supersedes.programme} ${citation(p.supersedes.cite, p.supersedes.evidence, lang)}`);
  lines.push(`- sha256: ${sha256}`);
  return lines;
}

function windows(rule: RuleFile, lang: Lang): string[] {
  if (rule.windows.length === 0) return [];
  return [`## ${t(lang, 'Application windows', '申报时间')}`, '', ...rule.windows.map((w) => `- ${text(w.label, lang)}: ${range(w.opens, w.closes, lang)} ${citation(w.cite, w.evidence, lang)}`)];
}

function periods(rule: RuleFile, lang: Lang): string[] {
  if (rule.periods.length === 0) return [];
  return [`## ${t(lang, 'Periods', '期间')}`, '', ...rule.periods.map((p) => `- ${text(p.label, lang)} (${p.id}): ${p.from} – ${p.to} ${citation(p.cite, p.evidence, lang)}`)];
}

function assumptions(rule: RuleFile, lang: Lang): string[] {
  const list = rule.assumptions ?? [];
  if (list.length === 0) return [];
  return [`## ${t(lang, 'Assumptions the tool makes', '本工具的假设')}`, '', ...list.map((a) => `- ${a.id}: ${text({ zh: a.zh, en: a.en }, lang)}`)];
}

function measure(m: Measure, rule: RuleFile, lang: Lang): string[] {
  const per = m.perProject ? t(lang, 'per project', '按项目') : t(lang, 'per company', '按企业');
  const lines = [`## ${text(m.title, lang)}`, '', `${m.id} · ${per}`, ''];
  if (m.when) lines.push(`${t(lang, 'Conditions beyond the gate:', '门槛之外的条件：')}`, '', ...conditionBlock(m.when, rule, lang), '');
  else lines.push(t(lang, 'No conditions beyond the gate.', '除申报条件外无其他条件。'), '');
  lines.push(`${t(lang, 'Amount', '金额')}${colon(lang)}${amountWords(m.amount, lang)}`);
  for (const d of m.documents ?? []) lines.push(`- ${t(lang, 'Document', '材料')}${colon(lang)}${text(d.label, lang)}${d.how ? ` — ${text(d.how, lang)}` : ''} ${citation(d.cite, d.evidence, lang)}`);
  for (const n of m.notes ?? []) lines.push(`- ${t(lang, 'Note', '备注')}${colon(lang)}${text(n, lang)}`);
  return lines;
}

function stacking(rule: RuleFile, lang: Lang): string[] {
  const s = rule.stacking;
  const lines = [`## ${t(lang, 'How measures combine', '叠加规则')}`, ''];
  for (const g of s.groups) lines.push(`- ${text(g.label, lang)}: ${t(lang, 'only the best of', '仅取其中最优一项：')} ${g.measures.join(', ')} ${citation(g.cite, g.evidence, lang)}`);
  const cap = s.companyCap;
  lines.push('amount' in cap ? `- ${t(lang, 'Company cap', '企业上限')}${colon(lang)}${yuan(cap.amount, lang)} ${citation(cap.cite, cap.evidence, lang)}` : `- ${t(lang, 'Company cap', '企业上限')}${colon(lang)}${text(cap.label, lang)} [${cap.cite}]`);
  const df = s.doubleFunding;
  lines.push('rule' in df ? `- ${t(lang, 'Double funding', '重复支持')}${colon(lang)}${df.rule} ${citation(df.cite, df.evidence, lang)}` : `- ${t(lang, 'Double funding', '重复支持')}${colon(lang)}${text(df.label, lang)} [${df.cite}]`);
  for (const c of s.caveats ?? []) lines.push(`- ${text(c.label, lang)} ${citation(c.cite, c.evidence, lang)}`);
  return lines;
}

function documents(rule: RuleFile, lang: Lang): string[] {
  const list = rule.documents ?? [];
  if (list.length === 0) return [];
  return [`## ${t(lang, 'Documents to submit', '申报材料')}`, '', ...list.map((d) => `- ${text(d.label, lang)}${d.how ? ` — ${text(d.how, lang)}` : ''} ${citation(d.cite, d.evidence, lang)}`)];
}

function notes(rule: RuleFile, lang: Lang): string[] {
  const list = rule.notes ?? [];
  if (list.length === 0) return [];
  return [`## ${t(lang, 'Notes', '备注')}`, '', ...list.map((n) => `- ${text(n, lang)}`)];
}

function sources(rule: RuleFile, lang: Lang): string[] {
  return [
    `## ${t(lang, 'Sources', '来源')}`,
    '',
    ...rule.sources.map((s) => {
      const extra = [s.date, s.trust && t(lang, `trust: ${s.trust}`, `可信度：${s.trust}`)].filter(Boolean).join('; ');
      return `- ${s.id}: ${s.title}${s.url ? ` — ${s.url}` : ''}${extra ? ` (${extra})` : ''}`;
    }),
  ];
}
