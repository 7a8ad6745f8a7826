/**
 * A summary table for PR comments and job summaries: one row per file (company, file, programmes
 * with an eligible measure, counts of eligible and undetermined measures, max total, problems),
 * a total row, and a short legend. Cells escape Markdown, HTML and `|`, so a company name or a message
 * cannot break the table or open a link, an image or raw HTML.
 */
import type { FormatOptions } from './registry.js';
import type { CompactFileResult as FileResult, CompactReport as Report } from '../contracts/report.js';
import { fileFigures, fileProblems, totalCell } from '../report/file-summary.js';
import { roundLines } from '../report/round-lines.js';
import { pickWith, type Lang } from '../text/lang.js';
import { md } from './markdown-escape.js';

export function formatMarkdown(report: Report, options: FormatOptions): string {
  const { lang } = options;
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  const head = [t('Company', '企业'), t('File', '文件'), t('Programmes', '政策'), t('Eligible', '符合'), t('Undetermined', '待定'), t('Max total', '最高合计'), t('Problems', '问题')];
  const rows = report.results.map((r) => fileRow(r, lang));
  const figures = report.results.map(fileFigures);
  const s = report.summary;
  const totalProblems = [...(s.invalid > 0 ? [t(`${s.invalid} invalid`, `${s.invalid} 个无效`)] : []), ...(s.gateHits > 0 ? [t(`${s.gateHits} failing a gate`, `${s.gateHits} 个未通过门槛`)] : [])];
  const total = [
    `**${t('Total', '合计')}**`,
    t(`${s.files} file(s): ${s.valid} valid, ${s.invalid} invalid`, `${s.files} 个文件：有效 ${s.valid}，无效 ${s.invalid}`),
    '',
    String(figures.reduce((n, f) => n + f.eligible, 0)),
    String(figures.reduce((n, f) => n + f.undetermined, 0)),
    `**${cell(totalCell(s.maxTotal, s.unpublishedEligible, lang))}**`,
    totalProblems.join('; '),
  ];
  const rules = report.rules.map((r) => `${r.programme}@${r.version}`).join(', ');
  const legend = t(
    `As of ${report.asOf}; rules ${rules || 'none in force'}. Programmes: those with an eligible measure. Eligible, Undetermined: measures (per project) with that verdict. Max total: the most the company can receive, in yuan, stacking applied; amounts are ceilings decided after review.`,
    `评估日期 ${report.asOf}；规则 ${rules || '无生效规则'}。政策：有符合条件措施的政策。符合、待定：该结论的措施数（按项目计）。最高合计：企业最多可获得的金额（元），已计叠加规则；金额为上限，以评审为准。`,
  );
  const notes = [...roundLines(report, lang), ...(report.noOpenRound ? [report.noOpenRound.message] : [])];
  const lines = [...notes.flatMap((n) => [`> ${cell(n)}`, '']), row(head), row(['---', '---', '---', '--:', '--:', '--:', '---']), ...rows.map(row), row(total), '', legend];
  if (report.failOn.length > 0) lines.push('', t(`Gates: --fail-on ${report.failOn.join(', ')}`, `门槛：--fail-on ${report.failOn.join('、')}`));
  return `${lines.join('\n')}\n`;
}

function fileRow(r: FileResult, lang: Lang): string[] {
  const f = fileFigures(r);
  const dash = '—';
  return [
    cell(r.company.name ?? dash),
    code(r.file),
    r.valid ? cell(f.programmes.join(', ') || dash) : dash,
    r.valid ? String(f.eligible) : dash,
    r.valid ? String(f.undetermined) : dash,
    r.valid ? cell(totalCell(r.maxTotal ?? 0, r.unpublishedEligible, lang)) : dash,
    cell(fileProblems(r, lang).join('; ')),
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A table cell: Markdown and HTML escaped (a company name opens no link, image or tag), `|` too (GFM splits cells first). */
export const cell = md;

/** A file path as code; a path with a backtick cannot be one, so it stays text. */
function code(text: string): string {
  return text.includes('`') ? cell(text) : `\`${cell(text)}\``;
}
