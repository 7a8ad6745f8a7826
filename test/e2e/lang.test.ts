/**
 * One language at a time. `check --lang zh` over every fixture, in the table, checklist, html and
 * markdown formats, says nothing in English but codes; `--lang en` nothing in Chinese but names.
 *
 * The precise rule. Chinese output may keep a Latin word only if it is
 *   - in the title of a source, as the source is published (an English news article is cited in English);
 *   - a code: a token with a digit or one of `. _ - / @ [` (ids, fact paths, file names, versions,
 *     diagnostic codes, citations such as S1, dates such as YYYY-MM), or an acronym in capitals (PDF, MB);
 *   - a value a profile writes: the enum and list values of the vocabulary and the rules, district ids;
 *   - the tool's name and its command names where a command line is quoted (`check <文件>`).
 * English output may keep a run of Han characters only if it is
 *   - a company name, a project title or any other text of the profiles (a field such as 区块链);
 *   - a document number or a source title of the rules;
 *   - Chinese the rule authors wrote into the rules' English text as a gloss (项目申请书, 分公司, 信用普陀);
 *   - money as a profile may write it (`300万`, `0.03亿`), in a message saying how to write money.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SHANGHAI_DISTRICTS } from '../../src/profile/district.js';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY, type FactSpec } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';
import { options, reportOf } from '../report/formats/reports.js';
import { tableRows } from '../report/formats/table-read.js';
import { loadFormatter, type FormatName } from '../../src/formats/registry.js';
import { cliIn } from '../cli-in-process.js';
import { visibleText } from '../report/formats/html-text.js';

const versions = bundledVersions();
const PROFILES = readdirSync('fixtures/profiles')
  .sort()
  .map((f) => join('fixtures/profiles', f));
const AS_OF = ['2021-03-15', '2022-07-05', '2023-04-10'];
const FORMATS = ['table', 'checklist', 'html', 'markdown'] as const;
const HAN = /\p{Script=Han}+/gu;

/** Every string anywhere in a parsed value. */
const strings = (x: unknown): string[] =>
  typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : [];

const profileTexts = PROFILES.flatMap((f) => strings(parse(readFileSync(f, 'utf8'))));
const ruleEnglish = versions.flatMap((v) =>
  strings(JSON.parse(JSON.stringify(v.rule), (k, value: unknown) => (k === 'zh' ? undefined : value))),
);

/** Latin words Chinese output may keep, beyond codes and acronyms. */
const PROFILE_VALUES = new Set([
  ...[...Object.values(COMPANY_VOCABULARY), ...Object.values(PROJECT_VOCABULARY)].flatMap((s: FactSpec) => s.values ?? []),
  ...versions.flatMap((v) => Object.values(v.rule.facts).flatMap((f) => f.values ?? [])),
  ...SHANGHAI_DISTRICTS,
]);
const COMMANDS = ['subsidy-check', 'check'];
const SOURCE_TITLES = versions.flatMap((v) => v.rule.sources.map((s) => s.title)).sort((a, b) => b.length - a.length);

/** Han runs English output may keep. */
const NAMES = [
  ...profileTexts,
  ...versions.flatMap((v) => [v.rule.programme.document, ...v.rule.sources.map((s) => s.title)]),
  ...ruleEnglish,
].filter((t) => /\p{Script=Han}/u.test(t));

/** What a reader sees of the output: for HTML, the text without the style sheet and the tags. */
function visible(out: string, format: FormatName): string {
  if (format === 'markdown')
    return out
      .replace(/\\([\\`*[\]|~_])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  // A table cell wraps a long path or id over lines: read the cells back whole.
  if (format === 'table')
    return [...out.split('\n').filter((l) => !/^[│┌├└]/.test(l)), ...tableRows(out).map((row) => row.join(' | '))].join('\n');
  return format === 'html' ? visibleText(out) : out;
}

/**
 * The outputs `check` gives: one file at a time (each company's full report) and the whole folder (the
 * portfolio forms). Built in process, as `check` builds them, for speed; one CLI run per language below
 * checks that the command says the same.
 */
async function run(lang: 'en' | 'zh', format: FormatName, asOf: string): Promise<string[]> {
  const formatter = await loadFormatter(format);
  const reports = [...PROFILES.map((f) => reportOf([f], { asOf, lang })), reportOf(PROFILES, { asOf, lang })];
  // The tests' reports name the tool's version `test`; the CLI's is a number, a code like any other.
  return reports.map((r) => visible(formatter({ ...r, tool: { ...r.tool, version: '0.0.0' } }, options({ lang, width: 120 })), format));
}

/** English words left in Chinese output once codes, acronyms, profile values and quoted commands are taken out. */
function englishIn(text: string): string[] {
  let rest = text;
  for (const title of SOURCE_TITLES) rest = rest.split(title).join(' ');
  const words = rest
    .split(/[^A-Za-z0-9_.\-/@[\]§]+/)
    .filter((token) => /[A-Za-z]{3,}/.test(token))
    .filter((token) => !/[\d._\-/@[]/.test(token.replace(/^[-.]+|[-.]+$/g, '')))
    .filter((token) => !/^[A-Z]{2,}$/.test(token))
    .filter((token) => !PROFILE_VALUES.has(token) && !COMMANDS.includes(token));
  return [...new Set(words)];
}

/** Chinese left in English output once names, document numbers, source titles, glosses and money are taken out. */
function chineseIn(text: string): string[] {
  let rest = text.replace(/\d+(?:\.\d+)?[万亿]/g, ' ');
  for (const name of [...NAMES].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  const glosses = new Set(NAMES.flatMap((n) => n.match(HAN) ?? []));
  return [...new Set((rest.match(HAN) ?? []).filter((run) => !glosses.has(run)))];
}

describe('--lang zh says nothing in English but codes', () => {
  it.each(FORMATS)('%s', async (format) => {
    for (const asOf of AS_OF) for (const out of await run('zh', format, asOf)) expect(englishIn(out), out).toEqual([]);
  });

  it('in what the CLI prints, on stdout and stderr', async () => {
    const r = await cliIn(['check', 'fixtures/profiles', '--as-of', '2022-07-05', '--lang', 'zh']);
    expect(r.code).toBe(3);
    expect(englishIn(visible(r.stdout, 'table'))).toEqual([]);
    // A diagnostic line starts `file:line:column severity code`, the form editors read; the message is Chinese.
    const messages = r.stderr
      .trim()
      .split('\n')
      .map((l) => l.replace(/^\S+ (error|warning) \S+ /, ''));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(englishIn(m), m).toEqual([]);
  });

  it('would notice English: the rule finds words, and leaves codes, acronyms and values alone', () => {
    expect(englishIn('企业合计：最多 500万元 (reported) up to')).toEqual(['reported']);
    expect(englishIn('询问 company.tax_district；要求 = putuo；PDF 文件；p1；S1 §2；rd 类；putuo-smart-software@2023')).toEqual([]);
  });
});

describe('--lang en says nothing in Chinese but names', () => {
  it.each(FORMATS)('%s', async (format) => {
    for (const asOf of AS_OF) for (const out of await run('en', format, asOf)) expect(chineseIn(out), out).toEqual([]);
  });

  it('in what the CLI prints, on stdout and stderr', async () => {
    const r = await cliIn(['check', 'fixtures/profiles', '--as-of', '2022-07-05', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(chineseIn(visible(r.stdout, 'table'))).toEqual([]);
    expect(chineseIn(r.stderr)).toEqual([]);
  });

  it('would notice Chinese: the rule finds untranslated words, and leaves names and glosses alone', () => {
    expect(chineseIn('Company total: at most 500万元, 已截止')).toEqual(['元', '已截止']);
    expect(chineseIn('上海智远人工智能科技有限公司 · 普科合规〔2020〕1号 · The 2020 application form (项目申请书)')).toEqual([]);
  });
});
