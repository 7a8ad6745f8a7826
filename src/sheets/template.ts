/**
 * `template --format csv|xlsx`: a client sheet to fill in. Its header row names every fact the chosen
 * programmes ask about, as profile paths (`company.credit`, `project.investment`), which read back
 * whatever the language; the xlsx adds a second sheet with each column's allowed values and question
 * in Chinese and English.
 */
import type { TemplateFact, TemplateFacts } from '../template/facts.js';
import { typeLine } from '../template/profile-yaml.js';
import type { SheetData } from './write-xlsx.js';
import { TEMPLATE_TEXT } from '../text/catalogues/template.js';

interface Column {
  header: string;
  allowed: { zh: string; en: string };
  question: { zh: string; en: string };
  label: { zh: string; en: string };
  programmes: string;
}

const fixed = (header: string, text: keyof typeof TEMPLATE_TEXT, label: { zh: string; en: string }): Column => ({
  header,
  allowed: { zh: '文本', en: 'text' },
  question: { zh: TEMPLATE_TEXT[text].zh({}), en: TEMPLATE_TEXT[text].en({}) },
  label,
  programmes: '',
});

/** Cells are typed, not YAML: a boolean and a list say how to write them in one cell. */
const CELL_TYPES = {
  boolean: { zh: 'true/false、yes/no 或 是/否', en: 'true/false, yes/no or 是/否' },
  list: { zh: '；多项用 ; 、 或 ； 分隔', en: '; separate several with ; or 、' },
};

function allowed(f: TemplateFact): { zh: string; en: string } {
  if (f.spec.type === 'boolean') return CELL_TYPES.boolean;
  const [zh, en] = (['zh', 'en'] as const).map((l) => typeLine(f.spec, l));
  const several = f.spec.type === 'list' || f.spec.type === 'years';
  return { zh: `${zh}${several ? CELL_TYPES.list.zh : ''}`, en: `${en}${several ? CELL_TYPES.list.en : ''}` };
}

function factColumn(scope: 'company' | 'project', f: TemplateFact): Column {
  return { header: `${scope}.${f.key}`, allowed: allowed(f), question: f.declared.question, label: f.declared.label, programmes: f.programmes.join(', ') };
}

export function templateColumns(facts: TemplateFacts): Column[] {
  return [
    fixed('company.name', 'name', { zh: '企业名称', en: 'Company name' }),
    fixed('company.uscc', 'uscc', { zh: '统一社会信用代码', en: 'USCC' }),
    ...facts.company.filter((f) => f.key !== 'name' && f.key !== 'uscc').map((f) => factColumn('company', f)),
    fixed('project.id', 'id', { zh: '项目编号', en: 'Project id' }),
    fixed('project.title', 'project-title', { zh: '项目名称', en: 'Project title' }),
    ...facts.project.filter((f) => f.key !== 'id' && f.key !== 'title').map((f) => factColumn('project', f)),
  ];
}

/** RFC 4180 with a BOM and CRLF, as Excel opens UTF-8 CSV without garbling Chinese. */
export function templateCsv(facts: TemplateFacts): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `\uFEFF${templateColumns(facts).map((c) => quote(c.header)).join(',')}\r\n`;
}

export function templateSheets(facts: TemplateFacts): SheetData[] {
  const columns = templateColumns(facts);
  const questions = [
    ['列 Column', '名称', 'Label', '填写方式', 'What to write', '问题', 'Question', '政策 Programmes'],
    ...columns.map((c) => [c.header, c.label.zh, c.label.en, c.allowed.zh, c.allowed.en, c.question.zh, c.question.en, c.programmes]),
  ];
  return [
    { name: 'clients', rows: [columns.map((c) => c.header)], widths: columns.map((c) => Math.max(12, c.header.length + 2)) },
    { name: 'questions', rows: questions, widths: [30, 20, 30, 40, 50, 50, 60, 40] },
  ];
}
