/**
 * The consultant's view. One file: per programme, a table of measures with verdict, maximum amount
 * and the one-line reason; the window, the programme total, the caveats; then the company total.
 * Several files: one summary row per file and a portfolio total; details are one `check <file>` away.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { FormatOptions } from '../formats.js';
import { pickWith, type Lang } from '../lang.js';
import type { FileResult, MeasureReport, ProgrammeReport, Report } from '../contract.js';
import { breakToWidth } from '../columns.js';
import { fileFigures, fileProblems } from '../file-summary.js';
import { formatYuan } from '../money.js';
import { toQualifyLines } from './to-qualify-lines.js';

export function formatTable(report: Report, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = (en: string, zh: string) => pickWith(options.lang, () => en, () => zh);
  const lines = [c.dim(t(`As of ${report.asOf}`, `评估日期 ${report.asOf}`))];
  for (const s of report.skipped) {
    lines.push(c.dim(t(`Not in force on ${report.asOf}: ${s.programme} (effective ${s.effectiveFrom ?? '?'} to ${s.effectiveTo ?? 'open'})`, `${report.asOf} 未生效：${s.programme}（生效 ${s.effectiveFrom ?? '?'} 至 ${s.effectiveTo ?? '今'}）`)));
  }
  if (report.results.length === 1) lines.push('', ...fileSection(report.results[0]!, options, c));
  else lines.push('', ...portfolio(report, options, c));
  return `${lines.join('\n')}\n`;
}

type Fit = (text: string) => string;

/** One row per file, then the portfolio total: what a folder of applicants looks like at a glance. */
function portfolio(report: Report, options: FormatOptions, c: ChalkInstance): string[] {
  const { lang } = options;
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  // Counts and the total keep their width; the text columns share the rest of the terminal.
  const free = Math.max(60, options.width - 8 - 31);
  const [company, file, programmes] = [0.25, 0.27, 0.27].map((share) => Math.floor(free * share)) as [number, number, number];
  const table = new Table({
    head: [t('Company', '企业'), t('File', '文件'), t('Programmes', '项目'), t('Eligible', '符合'), t('Undet.', '待定'), t('Max total', '最高合计'), t('Problems', '问题')],
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
    else table.push([byCompany(name), byFile(r.file), byProgrammes(f.programmes.join('\n') || '—'), String(f.eligible), String(f.undetermined), formatYuan(r.maxTotal ?? 0, lang), problems ? c.yellow(problems) : '']);
  });
  const s = report.summary;
  const sum = (key: 'eligible' | 'undetermined') => String(figures.reduce((n, f) => n + f[key], 0));
  const gates = s.gateHits > 0 ? t(`${s.gateHits} failing a gate`, `${s.gateHits} 个未通过门槛`) : '';
  table.push([c.bold(t('Portfolio total', '合计')), t(`${s.files} files`, `${s.files} 个文件`), '', sum('eligible'), sum('undetermined'), c.bold(formatYuan(s.maxTotal, lang)), gates]);
  return [
    table.toString(),
    c.bold(t(`${s.files} files: ${s.valid} valid, ${s.invalid} invalid; ${s.eligible} with an eligible measure; total at most ${formatYuan(s.maxTotal, lang)}`, `共 ${s.files} 个文件：有效 ${s.valid}，无效 ${s.invalid}；${s.eligible} 家有符合条件的措施；合计最多 ${formatYuan(s.maxTotal, lang)}`)),
    c.dim(t('Programmes: those with an eligible measure. Eligible, Undet. (undetermined): measures, per project, with that verdict. Details: check <file>.', '项目：有符合条件措施的项目。符合、待定：该结论的措施数（按项目计）。详情：check <文件>。')),
  ];
}

function fileSection(result: FileResult, options: FormatOptions, c: ChalkInstance): string[] {
  const t = (en: string, zh: string) => pickWith(options.lang, () => en, () => zh);
  const name = result.company.name ?? t('(no company name)', '（无企业名称）');
  const head = c.bold(`${name}`) + c.dim(`  ${result.file}`);
  if (!result.valid) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    return [head, c.red(t(`invalid profile: ${errors.length} error(s), not evaluated`, `档案无效：${errors.length} 处错误，未评估`)), ...errors.map((d) => c.red(`  ${d.line}:${d.column} ${d.code} ${d.message}`))];
  }
  const lines = [head];
  for (const p of result.programmes) lines.push('', ...programmeSection(p, options, c));
  lines.push('', c.bold(t(`Company total: at most ${formatYuan(result.maxTotal ?? 0, options.lang)}`, `企业合计：最多 ${formatYuan(result.maxTotal ?? 0, options.lang)}`)));
  return lines;
}

function programmeSection(p: ProgrammeReport, options: FormatOptions, c: ChalkInstance): string[] {
  const { lang } = options;
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  const table = new Table({
    head: [t('Measure', '措施'), t('Project', '项目'), t('Verdict', '结论'), t('Max amount', '最高金额'), t('Why', '原因')],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [24, 9, 16, 20, Math.max(30, options.width - 75)],
  });
  for (const m of p.measures) table.push([m.title, m.project ?? '—', verdictCell(m, lang, c), amountCell(m, lang), m.summary]);
  return [
    c.bold(`${p.title}`) + c.dim(`  ${p.id}@${p.version} · ${p.document}`),
    windowLine(p, lang),
    table.toString(),
    t(`Programme total: at most ${formatYuan(p.maxTotal, lang)}`, `本项目合计：最多 ${formatYuan(p.maxTotal, lang)}`),
    ...missingLine(p, lang),
    ...toQualifyLines(p, lang),
    ...p.caveats.map((cv) => c.yellow(`  ! ${cv.message}`)),
    ...measureCaveats(p).map((line) => c.yellow(`  ! ${line}`)),
  ];
}

const VERDICT = {
  eligible: { mark: '✓', en: 'eligible', zh: '符合', color: 'green' },
  ineligible: { mark: '✗', en: 'ineligible', zh: '不符合', color: 'red' },
  undetermined: { mark: '?', en: 'undetermined', zh: '待定', color: 'yellow' },
} as const;

function verdictCell(m: MeasureReport, lang: Lang, c: ChalkInstance): string {
  const v = VERDICT[m.verdict];
  return c[v.color](`${v.mark} ${pickWith(lang, () => v.en, () => v.zh)}`);
}

function amountCell(m: MeasureReport, lang: Lang): string {
  if (m.verdict === 'ineligible') return '—';
  if (m.maxAmount === null) return pickWith(lang, () => 'not published', () => '未公布');
  const upTo = pickWith(lang, () => `up to ${formatYuan(m.maxAmount!, lang)}`, () => `最高 ${formatYuan(m.maxAmount!, lang)}`);
  const evidence = m.amountEvidence === 'stated' ? '' : ` (${m.amountEvidence})`;
  return m.verdict === 'eligible' ? `${upTo}${evidence}` : `(${upTo})`;
}

function windowLine(p: ProgrammeReport, lang: Lang): string {
  const { state, opens, closes } = p.window;
  const span = opens && closes ? ` ${opens} – ${closes}` : '';
  const zh = { open: '开放中', closed: '已截止', upcoming: '未开始', unknown: '未知' }[state];
  return pickWith(lang, () => `Application window: ${state}${span}`, () => `申报窗口：${zh}${span}`);
}

/** Every fact whose absence leaves a measure undetermined: what to ask the client next. */
function missingLine(p: ProgrammeReport, lang: Lang): string[] {
  const missing = [...new Set(p.measures.filter((m) => m.verdict === 'undetermined').flatMap((m) => m.missing))];
  if (missing.length === 0) return [];
  return [pickWith(lang, () => `Missing to decide: ${missing.join(', ')}`, () => `待补充信息：${missing.join('、')}`)];
}

/** Caveats of measures, once each, with the measures they concern (several share an assumption). */
function measureCaveats(p: ProgrammeReport): string[] {
  const concerns = new Map<string, string[]>();
  for (const m of p.measures) {
    for (const cv of m.caveats) concerns.set(cv.message, [...(concerns.get(cv.message) ?? []), m.project ? `${m.id} (${m.project})` : m.id]);
  }
  return [...concerns].map(([message, measures]) => `${message} [${[...new Set(measures)].join(', ')}]`);
}
