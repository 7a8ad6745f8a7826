/** The table for a batch: one row per file, then the portfolio total. */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { breakToWidth } from '../text/columns.js';
import type { Report } from '../contracts/report.js';
import { fileFigures, fileProblems, totalCell } from '../report/file-summary.js';
import { totalText } from '../report/round-text.js';
import type { FormatOptions } from './registry.js';
import { pickWith } from '../text/lang.js';

type Fit = (text: string) => string;

/** One row per file, then the portfolio total: what a folder of applicants looks like at a glance. */
export function portfolio(report: Report, options: FormatOptions, c: ChalkInstance): string[] {
  const { lang } = options;
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  // Counts and the total keep their width; the text columns share the rest of the terminal.
  const free = Math.max(60, options.width - 8 - 31);
  const [company, file, programmes] = [0.25, 0.27, 0.27].map((share) => Math.floor(free * share)) as [number, number, number];
  const table = new Table({
    head: [t('Company', '企业'), t('File', '文件'), t('Programmes', '政策'), t('Eligible', '符合'), t('Undet.', '待定'), t('Max total', '最高合计'), t('Problems', '问题')],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [company, file, programmes, 10, 8, 13, free - company - file - programmes],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
  });
  // Paths, programme ids and Chinese names have no spaces: break them (inside the cell padding) rather than cut them off.
  const [byCompany, byFile, byProgrammes] = [company, file, programmes].map((width) => (text: string) => breakToWidth(text, width - 2)) as [Fit, Fit, Fit];
  const figures = report.results.map(fileFigures);
  report.results.forEach((r, i) => {
    const f = figures[i]!;
    const problems = fileProblems(r, lang).join('; ');
    const name = r.company.name ?? t('(no company name)', '（无企业名称）');
    if (!r.valid) table.push([byCompany(name), byFile(r.file), '—', '—', '—', '—', c.red(problems)]);
    else table.push([byCompany(name), byFile(r.file), byProgrammes(f.programmes.join('\n') || '—'), String(f.eligible), String(f.undetermined), totalCell(r.maxTotal ?? 0, r.unpublishedEligible, lang), problems ? c.yellow(problems) : '']);
  });
  const s = report.summary;
  const sum = (key: 'eligible' | 'undetermined') => String(figures.reduce((n, f) => n + f[key], 0));
  const total = (l: 'en' | 'zh') => (report.noOpenRound ? (l === 'en' ? '0 (no round open or upcoming)' : '0（没有正在受理或即将受理的批次）') : totalText(s.maxTotal, s.unpublishedEligible, l));
  const gates = s.gateHits > 0 ? t(`${s.gateHits} failing a gate`, `${s.gateHits} 个未通过门槛`) : '';
  table.push([c.bold(t('Portfolio total', '合计')), t(`${s.files} files`, `${s.files} 个文件`), '', sum('eligible'), sum('undetermined'), c.bold(totalCell(s.maxTotal, s.unpublishedEligible, lang)), gates]);
  return [
    table.toString(),
    c.bold(t(`${s.files} files: ${s.valid} valid, ${s.invalid} invalid; ${s.eligible} with an eligible measure; total ${total('en')}`, `共 ${s.files} 个文件：有效 ${s.valid}，无效 ${s.invalid}；${s.eligible} 家有符合条件的措施；合计${total('zh')}`)),
    c.dim(t('Programmes: those with an eligible measure. Eligible, Undet. (undetermined): measures, per project, with that verdict. Details: check <file>.', '政策：有符合条件措施的政策。符合、待定：该结论的措施数（按项目计）。详情：check <文件>。')),
  ];
}
