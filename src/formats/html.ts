/**
 * `--format html`: the client report, one self-contained HTML document — inline CSS, inline SVG, no
 * script, no external asset (a Content-Security-Policy says so to the browser). One file: one company.
 * Several files: one document, an overview of the companies first, then one section per company, each
 * starting on a new printed page, so a batch prints (or saves as PDF) in one go; `--output` writes it.
 */
import type { Report } from '../contracts/report.js';
import { withUnpublished } from '../report/client/programme-view.js';
import { clientView } from '../report/client/view.js';
import type { FormatOptions } from './registry.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { companySection } from './html-company.js';
import { el, esc } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import { CLIENT_TEXT } from '../text/catalogues/client.js';
import { rulesNamed } from '../text/programme-name.js';

/** Nothing loads from anywhere: styles are inline, images are SVG in the page, scripts do not run. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function formatHtml(report: Report, options: FormatOptions): string {
  const { lang } = options;
  const views = report.results.map((r) => clientView(r, report, lang));
  const prepared = say(CLIENT_TEXT.prepared, lang, (l) => ({
    tool: report.tool.name,
    version: report.tool.version,
    rules: rulesNamed(report.rules, l) || '—',
  }));
  const sections = views.map((v, i) => companySection(v, { lang, asOf: report.asOf, prepared, id: `company-${i + 1}` }));
  const title =
    views.length === 1
      ? say(CLIENT_TEXT['document-title'], lang, { company: views[0]!.company })
      : say(CLIENT_TEXT['portfolio-title'], lang, { count: views.length });
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlLang(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el('title', title),
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...(views.length > 1 ? [overview(report, views, lang, title)] : []),
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** Several companies: a first page listing them, with their totals, each linked to its section. */
function overview(report: Report, views: ReturnType<typeof clientView>[], lang: Lang, title: string): string {
  const t = (key: keyof typeof CLIENT_TEXT, args = {}) => say(CLIENT_TEXT[key], lang, args);
  const head = `<tr>${el('th', t('company'))}${el('th', t('profile-file'))}<th class="num">${esc(t('total-label'))}</th></tr>`;
  const rows = views.map((v, i) => {
    const total = v.total ? v.total.text : t('invalid', { count: v.errors.length });
    return `<tr><td><a href="#company-${i + 1}">${esc(v.company)}</a></td>${el('td', v.file, 'class="code"')}<td class="num">${esc(total)}</td></tr>`;
  });
  const sum = withUnpublished(report.summary.maxTotal, report.summary.unpublishedEligible, lang);
  return [
    '<section class="page overview">',
    el('p', t('kicker'), 'class="kicker"'),
    el('h1', title),
    el('p', t('as-of', { asOf: report.asOf }), 'class="meta"'),
    el('h2', t('overview')),
    `<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody>`,
    `<tfoot><tr><th colspan="2">${esc(t('total-label'))}</th><th class="num">${esc(sum)}</th></tr></tfoot></table>`,
    el('p', t('total-note'), 'class="small"'),
    '</section>',
  ].join('\n');
}
