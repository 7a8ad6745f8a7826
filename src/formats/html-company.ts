/**
 * One company of the client report as an HTML section (a page run in print): the header and total,
 * the programmes, the eligible amounts as a bar chart, every measure, what it would take, the
 * checklist, the sources and evidence, and the disclaimer. Every string is escaped here.
 */
import type { ChecklistView, ChoiceItem, DocumentView } from '../report/client/checklist-view.js';
import type { ProgrammeView } from '../report/client/programme-view.js';
import type { ClientView } from '../report/client/view.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { barChart } from './html-chart.js';
import { el, esc, link } from './html-escape.js';
import { CLIENT_TEXT } from '../text/catalogues/client.js';

type T = (key: keyof typeof CLIENT_TEXT, args?: Record<string, string | number>) => string;

export interface CompanyContext {
  lang: Lang;
  asOf: string;
  /** `subsidy-check 0.1.0; rules a@1, b@2`. */
  prepared: string;
  id: string;
}

export function companySection(v: ClientView, ctx: CompanyContext): string {
  const t: T = (key, args = {}) => say(CLIENT_TEXT[key], ctx.lang, args);
  const head = header(v, ctx, t);
  if (!v.valid) {
    return section(ctx.id, [head, el('p', t('invalid', { count: v.errors.length }), 'class="ineligible"'), `<ul>${v.errors.map((e) => el('li', e, 'class="code"')).join('')}</ul>`]);
  }
  // No programme in force on the as-of date: nothing to chart, ask or apply for.
  if (v.programmes.length === 0) return section(ctx.id, [head, summary(v, t), disclaimer(ctx, t), el('footer', ctx.prepared)]);
  return section(ctx.id, [
    head,
    summary(v, t),
    chart(v, t),
    measures(v, t),
    toQualify(v, t),
    checklist(v.checklist, t),
    evidence(v, t),
    disclaimer(ctx, t),
    el('footer', ctx.prepared),
  ]);
}

const section = (id: string, parts: string[]) => `<section class="page company" id="${esc(id)}">\n${parts.join('\n')}\n</section>`;

function header(v: ClientView, ctx: CompanyContext, t: T): string {
  const meta = [...(v.uscc ? [t('uscc', { uscc: v.uscc })] : []), t('as-of', { asOf: ctx.asOf }), t('file', { file: v.file })];
  const total = v.total
    ? [
        '<div class="total">',
        el('span', t('total-label'), 'class="total-label"'),
        el('span', v.total.text, 'class="total-amount"'),
        ...(v.notice ? [el('p', v.notice, 'class="notice"')] : []),
        ...(v.total.potential ? [el('p', v.total.potential)] : []),
        el('p', t('total-note')),
        '</div>',
      ].join('')
    : '';
  return ['<header>', el('p', t('kicker'), 'class="kicker"'), el('h1', v.company, 'class="company-name"'), `<p class="meta">${meta.map((m) => el('span', m)).join('')}</p>`, total, '</header>'].join('\n');
}

function summary(v: ClientView, t: T): string {
  if (v.programmes.length === 0) return [el('h2', t('summary')), el('p', t('no-programme'))].join('\n');
  const head = `<tr>${el('th', t('programme'))}${el('th', t('window'))}${el('th', t('measures'))}<th class="num">${esc(t('programme-total'))}</th></tr>`;
  const rows = v.programmes.map((p) =>
    [
      '<tr>',
      `<td><strong>${esc(p.title)}</strong><br><span class="small">${esc(p.ref)}</span></td>`,
      `<td>${badge(p)} ${esc(p.window)}</td>`,
      el('td', p.counts),
      `<td class="num">${esc(p.total)}${p.superseded ? `<br><span class="small">${esc(p.superseded)}</span>` : ''}</td>`,
      '</tr>',
    ].join(''),
  );
  return [el('h2', t('summary')), `<table class="programmes"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`].join('\n');
}

const badge = (p: ProgrammeView) => el('span', p.state, `class="badge ${p.windowState}"`);

function chart(v: ClientView, t: T): string {
  const parts = [el('h2', t('chart'))];
  if (v.bars.length === 0) parts.push(el('p', t('no-bars')));
  else parts.push(`<figure>${barChart(v.bars, t('chart-label', { count: v.bars.length }), t('not-counted'))}</figure>`);
  if (v.bars.some((b) => !b.counted)) parts.push(el('p', t('not-counted-note'), 'class="small"'));
  if (v.unpublished.length > 0) parts.push(el('p', t('unpublished', { measures: v.unpublished.join(', ') })));
  return parts.join('\n');
}

function measures(v: ClientView, t: T): string {
  const head = `<tr>${el('th', t('measure'))}${el('th', t('project'))}${el('th', t('verdict'))}${el('th', t('max-amount'))}${el('th', t('why'))}</tr>`;
  const tables = v.programmes.map((p) => {
    const rows = p.measures.map((m) => `<tr>${el('td', m.title)}${el('td', m.project, 'class="code"')}${el('td', m.verdictText, `class="${m.verdict}"`)}${el('td', m.amount)}${el('td', m.why, 'class="small"')}</tr>`);
    return [el('h3', p.title), `<table class="measures"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`].join('\n');
  });
  return [el('h2', t('all-measures')), ...tables].join('\n');
}

function toQualify(v: ClientView, t: T): string {
  const parts = [el('h2', t('to-qualify'))];
  if (v.toQualify.length === 0) return [...parts, el('p', t('nothing-missing'))].join('\n');
  if (v.questions.length > 0) {
    parts.push(el('h3', t('questions')), `<ol class="questions">${v.questions.map((q) => `<li>${esc(q.question)} <span class="small code">${esc(q.fact)}</span></li>`).join('')}</ol>`);
  }
  const items = v.toQualify.map(
    (q) => `<li><strong>${esc(q.label)}</strong> ${el('span', q.verdictText, `class="badge ${q.verdict}"`)}<br>${esc(q.summary)}<ul>${q.changes.map((c) => el('li', c, 'class="small"')).join('')}</ul></li>`,
  );
  parts.push(el('h3', t('to-qualify-ranked')), `<ol class="to-qualify">${items.join('\n')}</ol>`);
  return parts.join('\n');
}

function checklist(programmes: readonly ChecklistView[], t: T): string {
  const parts = [el('h2', t('checklist'))];
  for (const p of programmes) {
    parts.push(el('h3', p.programme), el('p', p.ref, 'class="small"'));
    parts.push(`<ul class="windows">${p.windows.map((w) => el('li', w)).join('')}${p.superseded ? el('li', p.superseded, 'class="ineligible"') : ''}</ul>`);
    const measureItems = p.measures.map((m) => (m.kind === 'measure' ? measureItem(m) : choiceItem(m)));
    parts.push(`<ul class="todo measures-to-apply">${measureItems.join('\n')}</ul>`);
    if (p.noDocuments) parts.push(el('p', p.noDocuments, 'class="small"'));
    else parts.push(el('h4', t('programme-documents')), `<ul class="todo documents">${p.documents.map(documentItem).join('\n')}</ul>`);
  }
  return parts.join('\n');
}

const measureItem = (m: { text: string; documents: DocumentView[] }, attributes = '') =>
  `<li${attributes}>${esc(m.text)}${m.documents.length ? `<ul class="todo">${m.documents.map(documentItem).join('')}</ul>` : ''}</li>`;

/** Alternatives: one box to tick, its options as a list to choose from (round marks), the best first. */
const choiceItem = (c: ChoiceItem) =>
  `<li class="choice">${esc(c.text)}<ul class="options">${c.options.map((o) => measureItem(o, o.best ? ' class="best"' : '')).join('')}</ul></li>`;

const documentItem = (d: DocumentView) => `<li>${esc(d.text)}${d.how ? el('span', d.how, 'class="how"') : ''}</li>`;

function evidence(v: ClientView, t: T): string {
  const head = `<tr>${el('th', t('measure'))}${el('th', t('verdict'))}${el('th', t('evidence-level'))}${el('th', t('amount-evidence'))}${el('th', t('cites'))}</tr>`;
  const rows = v.evidence.map((e) => `<tr>${el('td', e.label)}${el('td', e.verdictText)}${el('td', e.evidence)}${el('td', e.amountEvidence)}${el('td', e.cites, 'class="code"')}</tr>`);
  const parts = [el('h2', t('evidence'))];
  if (rows.length > 0) parts.push(`<table class="evidence"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`);
  parts.push(el('p', t('evidence-legend'), 'class="small"'), el('h3', t('sources')));
  for (const s of v.sources) {
    parts.push(el('h4', s.programme), `<ul class="sources">${s.items.map((i) => `<li><strong>${esc(i.id)}</strong> ${esc(i.title)}${i.url ? ` <span class="small">${link(i.url)}</span>` : ''}</li>`).join('\n')}</ul>`);
  }
  if (v.caveats.length > 0) parts.push(el('h3', t('caveats')), `<ul class="caveats">${v.caveats.map((c) => el('li', c, 'class="small"')).join('\n')}</ul>`);
  return parts.join('\n');
}

function disclaimer(ctx: CompanyContext, t: T): string {
  const items = [t('disclaimer-ceiling'), t('disclaimer-unknown'), t('disclaimer-profile', { asOf: ctx.asOf })];
  return `<aside class="disclaimer">${el('h2', t('disclaimer'))}<ul>${items.map((i) => el('li', i)).join('')}</ul></aside>`;
}
