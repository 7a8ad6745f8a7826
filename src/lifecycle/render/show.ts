/**
 * `rules show`: a programme version, or one measure of it, as Markdown a consultant can paste into a
 * memo — gate and conditions as sentences, amounts with caps, periods, windows, documents, and the
 * sources every citation points to, with titles and URLs. `both` gives the English, then the Chinese.
 */
import type { RuleVersion } from '../../rules/load.js';
import type { Measure, RuleFile } from '../../rules/schema.js';
import type { Lang } from '../../text/lang.js';
import { amountWords, conditionBlock } from './sentences.js';
import { citation, colon, range, text, yuan } from './words.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
import { once, say } from '../../text/messages.js';

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
    [`## ${say(RULES_TEXT['gate-every-measure-needs'], once(lang))}`, '', ...conditionBlock(rule.gate, rule, lang)],
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
    `- ${say(RULES_TEXT['issued-by'], once(lang))}${colon(lang)}${text({ zh: p.issuer.zh, en: p.issuer.en }, lang)} ${citation(p.issuer.cite, p.issuer.evidence, lang)}`,
    `- ${say(RULES_TEXT['effective-heading'], once(lang))}${colon(lang)}${range(rule.effective.from, rule.effective.to, lang)} ${citation(rule.effective.cite, rule.effective.evidence, lang)}`,
  ];
  if (p.supersedes) lines.push(`- ${say(RULES_TEXT['succeeds-heading'], once(lang))}${colon(lang)}${p.supersedes.programme} ${citation(p.supersedes.cite, p.supersedes.evidence, lang)}`);
  lines.push(`- sha256: ${sha256}`);
  return lines;
}

function windows(rule: RuleFile, lang: Lang): string[] {
  if (rule.windows.length === 0) return [];
  return [`## ${say(RULES_TEXT['application-windows'], once(lang))}`, '', ...rule.windows.map((w) => `- ${text(w.label, lang)}: ${range(w.opens, w.closes, lang)} ${citation(w.cite, w.evidence, lang)}`)];
}

function periods(rule: RuleFile, lang: Lang): string[] {
  if (rule.periods.length === 0) return [];
  return [`## ${say(RULES_TEXT.periods, once(lang))}`, '', ...rule.periods.map((p) => `- ${text(p.label, lang)} (${p.id}): ${p.from} – ${p.to} ${citation(p.cite, p.evidence, lang)}`)];
}

function assumptions(rule: RuleFile, lang: Lang): string[] {
  const list = rule.assumptions ?? [];
  if (list.length === 0) return [];
  return [`## ${say(RULES_TEXT['assumptions-the-tool-makes'], once(lang))}`, '', ...list.map((a) => `- ${a.id}: ${text({ zh: a.zh, en: a.en }, lang)}`)];
}

function measure(m: Measure, rule: RuleFile, lang: Lang): string[] {
  const per = m.perProject ? say(RULES_TEXT['per-project'], once(lang)) : say(RULES_TEXT['per-company'], once(lang));
  const lines = [`## ${text(m.title, lang)}`, '', `${m.id} · ${per}`, ''];
  if (m.when) lines.push(`${say(RULES_TEXT['conditions-beyond-the-gate'], once(lang))}`, '', ...conditionBlock(m.when, rule, lang), '');
  else lines.push(say(RULES_TEXT['no-conditions-beyond-the'], once(lang)), '');
  lines.push(`${say(RULES_TEXT.amount, once(lang))}${colon(lang)}${amountWords(m.amount, lang)}`);
  for (const d of m.documents ?? []) lines.push(`- ${say(RULES_TEXT.document, once(lang))}${colon(lang)}${text(d.label, lang)}${d.how ? ` — ${text(d.how, lang)}` : ''} ${citation(d.cite, d.evidence, lang)}`);
  for (const n of m.notes ?? []) lines.push(`- ${say(RULES_TEXT.note, once(lang))}${colon(lang)}${text(n, lang)}`);
  return lines;
}

function stacking(rule: RuleFile, lang: Lang): string[] {
  const s = rule.stacking;
  const lines = [`## ${say(RULES_TEXT['how-measures-combine'], once(lang))}`, ''];
  for (const g of s.groups) lines.push(`- ${text(g.label, lang)}: ${say(RULES_TEXT['only-the-best-of'], once(lang))} ${g.measures.join(', ')} ${citation(g.cite, g.evidence, lang)}`);
  const cap = s.companyCap;
  lines.push('amount' in cap ? `- ${say(RULES_TEXT['company-cap'], once(lang))}${colon(lang)}${yuan(cap.amount, lang)} ${citation(cap.cite, cap.evidence, lang)}` : `- ${say(RULES_TEXT['company-cap'], once(lang))}${colon(lang)}${text(cap.label, lang)} [${cap.cite}]`);
  const df = s.doubleFunding;
  lines.push('rule' in df ? `- ${say(RULES_TEXT['double-funding'], once(lang))}${colon(lang)}${df.rule} ${citation(df.cite, df.evidence, lang)}` : `- ${say(RULES_TEXT['double-funding'], once(lang))}${colon(lang)}${text(df.label, lang)} [${df.cite}]`);
  for (const c of s.caveats ?? []) lines.push(`- ${text(c.label, lang)} ${citation(c.cite, c.evidence, lang)}`);
  return lines;
}

function documents(rule: RuleFile, lang: Lang): string[] {
  const list = rule.documents ?? [];
  if (list.length === 0) return [];
  return [`## ${say(RULES_TEXT['documents-to-submit'], once(lang))}`, '', ...list.map((d) => `- ${text(d.label, lang)}${d.how ? ` — ${text(d.how, lang)}` : ''} ${citation(d.cite, d.evidence, lang)}`)];
}

function notes(rule: RuleFile, lang: Lang): string[] {
  const list = rule.notes ?? [];
  if (list.length === 0) return [];
  return [`## ${say(RULES_TEXT.notes, once(lang))}`, '', ...list.map((n) => `- ${text(n, lang)}`)];
}

function sources(rule: RuleFile, lang: Lang): string[] {
  return [
    `## ${say(RULES_TEXT.sources, once(lang))}`,
    '',
    ...rule.sources.map((s) => {
      const extra = [s.date, s.trust && say(RULES_TEXT.trust, once(lang), { trust: s.trust })].filter(Boolean).join('; ');
      return `- ${s.id}: ${s.title}${s.url ? ` — ${s.url}` : ''}${extra ? ` (${extra})` : ''}`;
    }),
  ];
}
