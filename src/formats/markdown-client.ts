/**
 * `--format markdown`: the summary table for PR comments and job summaries (./markdown.ts), and — when
 * the report is about exactly one company — the client report after it, in Markdown: the same sections
 * as `--format html`, with the bar chart as bars of block characters. Every text from a profile or a
 * rule is escaped, so a company name cannot open a link, a heading or raw HTML.
 */
import type { ChecklistView, DocumentView } from '../report/client/checklist-view.js';
import { clientView, type ClientView } from '../report/client/view.js';
import type { Report } from '../contracts/report.js';
import type { FormatOptions } from './registry.js';
import type { Lang } from '../text/lang.js';
import { once, say } from '../text/messages.js';
import { formatMarkdown } from './markdown.js';
import { md } from './markdown-escape.js';
import { CLIENT_TEXT } from '../text/catalogues/client.js';

export { md };

export function formatMarkdownReport(report: Report, options: FormatOptions): string {
  const table = formatMarkdown(report, options);
  if (report.results.length !== 1) return table;
  return `${table}\n---\n\n${clientMarkdown(clientView(report.results[0]!, report, options.lang), report.asOf, options.lang)}`;
}

type T = (key: keyof typeof CLIENT_TEXT, args?: Record<string, string | number>) => string;

/** One company's client report in Markdown. */
export function clientMarkdown(v: ClientView, asOf: string, lang: Lang): string {
  const t: T = (key, args = {}) => say(CLIENT_TEXT[key], lang, args);
  const meta = [...(v.uscc ? [t('uscc', { uscc: v.uscc })] : []), t('as-of', { asOf }), t('file', { file: v.file })];
  const lines = [`## ${md(t('document-title', { company: v.company }))}`, '', meta.map(md).join(' · '), ''];
  if (!v.valid) return [...lines, md(t('invalid', { count: v.errors.length })), '', ...v.errors.map((e) => `- ${code(e)}`), ''].join('\n');
  if (v.notice) lines.push(`> ${md(v.notice)}`, '');
  lines.push(`**${md(say(CLIENT_TEXT['total-line'], once(lang), { total: v.total!.text }))}**${v.total!.potential ? ` — ${md(v.total!.potential)}` : ''}`, '', md(t('total-note')), '');
  lines.push(...summary(v, t));
  if (v.programmes.length > 0) lines.push(...bars(v, t), ...measures(v, t), ...toQualify(v, t), ...checklist(v.checklist, t), ...evidence(v, t));
  lines.push(`> **${md(t('disclaimer'))}**`, '>', ...[t('disclaimer-ceiling'), t('disclaimer-unknown'), t('disclaimer-profile', { asOf })].map((d) => `> - ${md(d)}`), '');
  return lines.join('\n');
}

function summary(v: ClientView, t: T): string[] {
  if (v.programmes.length === 0) return [`### ${md(t('summary'))}`, '', md(t('no-programme')), ''];
  const rows = v.programmes.map((p) =>
    row([`${md(p.title)}<br>${md(p.ref)}`, md(p.window), md(p.counts), `${md(p.total)}${p.superseded ? `<br>${md(p.superseded)}` : ''}`]),
  );
  return [`### ${md(t('summary'))}`, '', row([t('programme'), t('window'), t('measures'), t('programme-total')].map(md)), row(['---', '---', '---', '--:']), ...rows, ''];
}

/** The most any bar may be, in block characters. */
const BAR = 24;

function bars(v: ClientView, t: T): string[] {
  const lines = [`### ${md(t('chart'))}`, ''];
  if (v.bars.length === 0) lines.push(md(t('no-bars')), '');
  else {
    const max = Math.max(...v.bars.map((b) => b.amount));
    lines.push(row([t('measure'), t('max-amount'), ''].map(md)), row(['---', '--:', '---']));
    for (const b of v.bars) {
      const blocks = Math.max(1, Math.round((b.amount / max) * BAR));
      lines.push(row([`${md(b.label)}${b.counted ? '' : ` — ${md(t('not-counted'))}`}`, md(b.amountText), `\`${(b.counted ? '█' : '░').repeat(blocks)}\``]));
    }
    lines.push('');
  }
  if (v.bars.some((b) => !b.counted)) lines.push(md(t('not-counted-note')), '');
  if (v.unpublished.length > 0) lines.push(md(t('unpublished', { measures: v.unpublished.join(', ') })), '');
  return lines;
}

function measures(v: ClientView, t: T): string[] {
  const lines = [`### ${md(t('all-measures'))}`, ''];
  for (const p of v.programmes) {
    lines.push(`#### ${md(p.title)}`, '', row([t('measure'), t('project'), t('verdict'), t('max-amount'), t('why')].map(md)), row(['---', '---', '---', '---', '---']));
    lines.push(...p.measures.map((m) => row([md(m.title), code(m.project), md(m.verdictText), md(m.amount), md(m.why)])), '');
  }
  return lines;
}

function toQualify(v: ClientView, t: T): string[] {
  const lines = [`### ${md(t('to-qualify'))}`, ''];
  if (v.toQualify.length === 0) return [...lines, md(t('nothing-missing')), ''];
  if (v.questions.length > 0) lines.push(`#### ${md(t('questions'))}`, '', ...v.questions.map((q, i) => `${i + 1}. ${md(q.question)} ${code(q.fact)}`), '');
  lines.push(`#### ${md(t('to-qualify-ranked'))}`, '');
  v.toQualify.forEach((q, i) => lines.push(`${i + 1}. **${md(q.label)}** (${md(q.verdictText)}): ${md(q.summary)}`, ...q.changes.map((c) => `   - ${md(c)}`)));
  return [...lines, ''];
}

function checklist(programmes: readonly ChecklistView[], t: T): string[] {
  const lines = [`### ${md(t('checklist'))}`, ''];
  for (const p of programmes) {
    lines.push(`#### ${md(p.programme)}`, '', md(p.ref), '', ...p.windows.map((w) => `- ${md(w)}`), ...(p.superseded ? [`- **${md(p.superseded)}**`] : []));
    for (const m of p.measures) {
      lines.push(`- [ ] ${md(m.text)}`);
      // Alternatives are options of one item, not boxes of their own: a plain list under the choice.
      if (m.kind === 'measure') lines.push(...m.documents.flatMap((d) => documentLines(d, '  ')));
      else for (const o of m.options) lines.push(`  - ${o.best ? `**${md(o.text)}**` : md(o.text)}`, ...o.documents.flatMap((d) => documentLines(d, '    ')));
    }
    lines.push('');
    if (p.noDocuments) lines.push(md(p.noDocuments), '');
    else lines.push(`**${md(t('programme-documents'))}**`, '', ...p.documents.flatMap((d) => documentLines(d, '')), '');
  }
  return lines;
}

const documentLines = (d: DocumentView, indent: string) => [`${indent}- [ ] ${md(d.text)}`, ...(d.how ? [`${indent}  ${md(d.how)}`] : [])];

function evidence(v: ClientView, t: T): string[] {
  const lines = [`### ${md(t('evidence'))}`, ''];
  if (v.evidence.length > 0) {
    lines.push(row([t('measure'), t('verdict'), t('evidence-level'), t('amount-evidence'), t('cites')].map(md)), row(['---', '---', '---', '---', '---']));
    lines.push(...v.evidence.map((e) => row([md(e.label), md(e.verdictText), md(e.evidence), md(e.amountEvidence), md(e.cites)])), '');
  }
  lines.push(md(t('evidence-legend')), '', `#### ${md(t('sources'))}`, '');
  for (const s of v.sources) lines.push(`${md(s.programme)}`, '', ...s.items.map((i) => `- **${md(i.id)}** ${md(i.title)}${i.url ? ` ${code(i.url)}` : ''}`), '');
  if (v.caveats.length > 0) lines.push(`#### ${md(t('caveats'))}`, '', ...v.caveats.map((c) => `- ${md(c)}`), '');
  return lines;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** An id, path or code as a code span, fenced with more backticks than it holds. */
function code(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat((flat.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0) + 1);
  return `${fence}${flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat}${fence}`;
}
