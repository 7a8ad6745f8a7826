/**
 * `--lang zh` is Chinese a client reads without code: no English word and no fact path of the tool's
 * own in check (table), checklist, html and explain, for every example profile at dates across the rounds.
 * What may stay in Latin script is listed precisely below; the scanner is itself tested on samples.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { buildExplanation } from '../../src/report/explain/model.js';
import { formatExplanation } from '../../src/formats/explain/table.js';
import { formatChecklist } from '../../src/formats/checklist.js';
import { formatHtml } from '../../src/formats/html.js';
import { formatTable } from '../../src/formats/table.js';
import type { Report } from '../../src/contracts/report.js';
import { VALUE_NAMES_ZH } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';
import { visibleText } from './formats/html-text.js';
import { options, PROFILES, reportOf } from './formats/reports.js';

const DATES = ['2021-03-15', '2022-07-05', '2023-04-10', '2026-12-01'];

const PREPARED = new Map<string, Prepared>();

/** `explain <file> --lang zh` as the command builds it. */
function explanationOf(file: string, text: string, asOf: string) {
  const ready = PREPARED.get(asOf) ?? (prepare(bundledVersions(), asOf) as Prepared);
  PREPARED.set(asOf, ready);
  const outcome = checkText(ready, file, file.endsWith('.json') ? 'json' : 'yaml', text, { detail: true });
  return buildExplanation({ tool: { name: 'subsidy-check', version: 'test' }, asOf, lang: 'zh', filter: null }, outcome);
}

/** Latin-script runs: a word, an id, a path (`company.smart_software_oriented`, `projects[0].end`). */
const LATIN = /[A-Za-z][A-Za-z0-9_\-.[\]@]*/g;

/** Every string the rules write in their Chinese texts: Latin there is the guideline's own (A类, PDF, A4). */
function zhTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) zhTexts(n, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) k === 'zh' && typeof v === 'string' ? out.push(v) : zhTexts(v, out);
  return out;
}

/**
 * What the company wrote in its own words: its name and code, its projects' ids and titles, fields of
 * its own beyond the listed ones. Not its vocabulary values (`digital-transformation`, `normal`, `jingan`):
 * those the report must name in Chinese.
 */
function companyTexts(profile: unknown): string[] {
  const p = (profile ?? {}) as { company?: Record<string, unknown>; projects?: Record<string, unknown>[] };
  const company = p.company ?? {};
  const own = (v: unknown) => (typeof v === 'string' ? [v] : []);
  const fields = Array.isArray(company.fields)
    ? company.fields.filter((f): f is string => typeof f === 'string' && !Object.hasOwn(VALUE_NAMES_ZH, f))
    : [];
  const projects = Array.isArray(p.projects) ? p.projects : [];
  return [...own(company.name), ...own(company.uscc), ...fields, ...projects.flatMap((x) => [...own(x?.id), ...own(x?.title)])];
}

const RULES = bundledVersions().map((v) => v.rule);
// Never a fact path (`company.credit`), even where a rule's Chinese text holds one.
const RULE_WORDS = new Set(
  RULES.flatMap((r) => zhTexts(r)).flatMap((t) => (t.match(LATIN) ?? []).filter((w) => /^[A-Za-z0-9-]+$/.test(w))),
);
const CITES = new Set(RULES.flatMap((r) => r.sources.map((s) => s.id)));

/**
 * Text that may stay as it is, removed before scanning: what the company wrote (its profile's values,
 * its file name), what a diagnostic points at in that file (the code and the path to correct), the
 * rules' sources (titles as published, dates and URLs: the rule files give them in one language only), and
 * the footer that records the tool and the exact rule versions used.
 */
function allowedText(report: Report, profileText: string): string[] {
  const profile = companyTexts(parse(profileText));
  const result = report.results[0]!;
  const diagnostics = result.diagnostics.flatMap((d) => [d.code, d.path]);
  const sources = RULES.flatMap((r) => r.sources.flatMap((s) => [s.title, s.url ?? '', s.date ?? '']));
  const footer = `由 ${report.tool.name} ${report.tool.version} 生成；规则 ${report.rules.map((r) => `${r.document}（${r.programme}@${r.version}）`).join('、')}`;
  return [footer, ...sources, result.file, ...diagnostics, ...profile].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}

/** The Latin words left once the allowed text is removed, not counting citations (S1) and the rules' own words. */
function foreignWords(text: string, allowed: readonly string[]): string[] {
  // A command the reader types is written as typed: an option and, for a pin, the round it names.
  let rest = text.replace(/--[a-z][a-z-]*(?: [a-z0-9-]+@[0-9A-Za-z.-]+)?/g, ' ');
  for (const a of allowed) rest = rest.split(a).join(' ');
  // The check character a wrong unified social credit code should have: the company's code, not a word.
  rest = rest.replace(/校验码应为 [0-9A-Z]/g, '');
  return [...new Set((rest.match(LATIN) ?? []).filter((w) => !CITES.has(w.replace(/[.]$/, '')) && !RULE_WORDS.has(w)))];
}

describe('the scanner', () => {
  it('finds enum values, fact paths and English words, and passes what is allowed', () => {
    expect(foreignWords('项目类型：digital-transformation，要求 = rd', [])).toEqual(['digital-transformation', 'rd']);
    expect(foreignWords('询问 company.smart_software_oriented；projects[0].end 推后 3 个月', [])).toEqual([
      'company.smart_software_oriented',
      'projects[0].end',
    ]);
    expect(foreignWords('已由 putuo-smart-software@2023 接续 (reported)', [])).toEqual(['putuo-smart-software@2023', 'reported']);
    expect(foreignWords('上海某某 ACME 科技（p1）：符合（S1，明文规定）；A类 PDF', ['ACME', 'p1'])).toEqual([]);
    expect(foreignWords('如需计入，请用 --rules-version putuo-x@2020 指定', [])).toEqual([]);
    expect(foreignWords('尚无 putuo-x 的已知申报批次', [])).toEqual(['putuo-x']);
  });
});

describe.each(DATES)('--lang zh on %s', (asOf) => {
  it.each(PROFILES)('%s: check, checklist, html and explain say nothing in code', (file) => {
    const text = readFileSync(file, 'utf8');
    const report = reportOf([file], { asOf, lang: 'zh' });
    const allowed = allowedText(report, text);
    const zh = options({ lang: 'zh', width: 120 });
    expect({ table: foreignWords(formatTable(report, zh), allowed) }).toEqual({ table: [] });
    expect({ checklist: foreignWords(formatChecklist(report, zh), allowed) }).toEqual({ checklist: [] });
    expect({ html: foreignWords(visibleText(formatHtml(report, zh)), allowed) }).toEqual({ html: [] });
    expect({ explain: foreignWords(formatExplanation(explanationOf(file, text, asOf), zh), allowed) }).toEqual({ explain: [] });
  });
});

describe('a yes/no fact', () => {
  const profile = readFileSync('fixtures/profiles/lingxi-smart-software.yaml', 'utf8').replace(
    'tech_enterprise: true',
    'tech_enterprise: false',
  );
  const report = reportOf([{ file: 'not-tech.yaml', text: profile }], { asOf: '2023-04-10', lang: 'zh' });
  const messages = report.results[0]!.programmes.flatMap((p) =>
    p.measures.flatMap((m) => [m.summary, ...(m.toQualify?.changes ?? []).map((c) => c.message)]),
  );

  it('is never list wording: the value the rule wants, left to a reviewer', () => {
    expect(messages).toContain('科技型企业：否，须为是；由评审认定');
    expect(messages.filter((m) => /[是否] 不在所列范围内/.test(m))).toEqual([]);
  });
});
