/**
 * The profile template: every fact the chosen programmes declare, in vocabulary order, with its
 * question in the languages asked for; a valid profile as it stands (for the reader and for the JSON
 * Schema, checked with ajv), on which every measure is undetermined.
 */
import { readFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { profileJsonSchema } from '../../src/profile/json-schema.js';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY } from '../../src/profile/vocabulary.js';
import type { Lang } from '../../src/text/lang.js';
import { templateFacts } from '../../src/template/facts.js';
import { renderTemplate } from '../../src/template/profile-yaml.js';
import { loadRules, type RuleVersion } from '../../src/rules/load.js';
import { ajv2020 } from '../helpers-ajv.js';
import { bundledVersions } from '../helpers.js';

const versions = bundledVersions();
const validate = ajv2020().compile(profileJsonSchema(versions));
const HAN = /\p{Script=Han}/u;

function template(chosen: readonly RuleVersion[] = versions, lang: Lang = 'both'): string {
  return renderTemplate({
    facts: templateFacts(chosen),
    lang,
    schemaRef: 'profile.schema.json',
    schemaCommand: 'subsidy-check schema --output profile.schema.json',
  });
}

const only = (id: string) => versions.filter((v) => v.rule.programme.id === id);
/** The keys of the template, with their scope, in the order written. */
const keysOf = (text: string) => {
  const data = parse(text) as { company: Record<string, unknown>; projects?: Record<string, unknown>[] };
  return { company: Object.keys(data.company), project: Object.keys(data.projects?.[0] ?? {}) };
};

describe('template', () => {
  it('opens with the yaml-language-server schema comment', () => {
    expect(template().split('\n')[0]).toBe('# yaml-language-server: $schema=profile.schema.json');
  });

  it('asks for every fact the rules declare, company first, in vocabulary order, then one example project', () => {
    const declared = new Set(versions.flatMap((v) => Object.keys(v.rule.facts)));
    const { company, project } = keysOf(template());
    const inOrder = (vocabulary: object, scope: string) => Object.keys(vocabulary).filter((k) => declared.has(`${scope}.${k}`));
    expect(company).toEqual(['name', 'uscc', ...inOrder(COMPANY_VOCABULARY, 'company')]);
    expect(project).toEqual(['id', 'title', ...inOrder(PROJECT_VOCABULARY, 'projects[]')]);
    expect(company).toContain('smart_software_oriented');
    expect(company).not.toContain('statistical_reports'); // in the vocabulary, read by no bundled rule
    expect(text(template()).indexOf('company:')).toBeLessThan(template().indexOf('projects:'));
  });

  it('asks only for what the chosen programme reads, and names the programmes a fact is only read by', () => {
    const { company, project } = keysOf(template(only('putuo-digital-transformation')));
    expect(company).toEqual([
      'name',
      'uscc',
      'business_district',
      'tax_district',
      'independent_legal_person',
      'credit',
      'operating_status',
    ]);
    expect(project).not.toContain('breakthrough');
    expect(project).toContain('government_investment');
    expect(template(versions, 'en')).toMatch(/# true or false; only read by putuo-smart-software\n {2}smart_software_oriented:/);
    expect(template(versions, 'zh')).toMatch(/# true（是）或 false（否）；仅 putuo-smart-software 读取\n {2}smart_software_oriented:/);
    expect(template(only('putuo-smart-software'))).not.toContain('only read by');
  });

  it('has no project block when no fact is per project, and puts a rule set’s own facts after the vocabulary’s', () => {
    const loaded = loadRules([
      {
        file: 'fixtures/user-rules/qingshui-startup/2025.yaml',
        text: readFileSync('fixtures/user-rules/qingshui-startup/2025.yaml', 'utf8'),
      },
    ]);
    const text = template(loaded.versions, 'en');
    expect(text).not.toContain('projects:');
    expect(keysOf(text).company.slice(-4)).toEqual(['founded_year', 'office_area', 'employees', 'in_incubator']);
    expect(text).toContain('# a number, in square metres\n  office_area:');
  });

  it('gives each fact its question, type and allowed values, in both languages by default', () => {
    const text = template();
    expect(text).toContain(
      [
        "  # Credit record: Is the company's credit record good?",
        '  # 信用记录：公司的信用记录是否良好？',
        '  # one of: good, poor',
        '  # 可选值：good、poor',
        '  credit:',
      ].join('\n'),
    );
    expect(text).toContain('# 列表，可选值：digital-new-infrastructure（数字新基建）、online-new-economy（在线新经济）');
    expect(text).toContain(
      [
        '    # money in yuan, e.g. 3000000, 3,000,000, 300万 or 0.03亿; only read by putuo-digital-transformation',
        '    # 金额（元），如 3000000、3,000,000、300万 或 0.03亿；仅 putuo-digital-transformation 读取',
        '    investment:',
      ].join('\n'),
    );
    expect(text).toContain('    # a date, YYYY-MM (the whole month) or YYYY-MM-DD\n    # 日期，YYYY-MM（整月）或 YYYY-MM-DD\n    start:');
  });

  it('speaks one language when asked', () => {
    const zh = template(versions, 'zh');
    expect(zh).toContain('# 信用记录：公司的信用记录是否良好？');
    expect(zh).not.toContain("Is the company's credit record good?");
    const en = template(versions, 'en');
    expect(en).not.toContain('信用记录');
    // English comments keep only the Chinese the rules' English text glosses and input examples (普陀区, 300万).
    const han = en
      .split('\n')
      .filter((l) => HAN.test(l))
      .map((l) => l.trim());
    for (const line of han) expect(line, line).toMatch(/分公司|正常经营|科技型企业|政府投资类项目|普陀区|300万|企业名称/);
  });

  it('is a valid profile with every value empty: the reader accepts it with one warning (the placeholder name), ajv too, and every measure is undetermined', () => {
    for (const lang of ['en', 'zh', 'both'] as const) {
      const text = template(versions, lang);
      const data = parse(text) as { company: Record<string, unknown>; projects: Record<string, unknown>[] };
      const filled = [...Object.entries(data.company), ...Object.entries(data.projects[0]!)].filter(([, v]) => v !== null);
      expect(filled.map(([k]) => k)).toEqual(['name', 'id']);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      for (const asOf of ['2021-03-15', '2022-07-05', '2023-04-10']) {
        const outcome = checkText(prepare(versions, asOf) as Prepared, 'template.yaml', 'yaml', text);
        expect(outcome.read.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([
          ['warning', 'profile/placeholder', 'company.name'],
        ]);
        const verdicts = outcome.evaluation!.programmes.flatMap((p) => p.measures.map((m) => m.verdict));
        expect(verdicts.length).toBeGreaterThan(0);
        expect(new Set(verdicts)).toEqual(new Set(['undetermined']));
      }
    }
  });

  it('keeps its comments when filled in programmatically, and the filled profile is valid for ajv', () => {
    const doc = parseDocument(template());
    doc.setIn(['company', 'credit'], 'good');
    doc.setIn(['projects', 0, 'investment'], '300万');
    const text = doc.toString();
    expect(text).toContain('  # 信用记录：公司的信用记录是否良好？');
    expect(validate(parse(text))).toBe(true);
    doc.setIn(['company', 'credit'], 'excellent');
    expect(validate(parse(doc.toString()))).toBe(false);
  });
});

/** The template text without its comments. */
function text(yaml: string): string {
  return yaml.replace(/^\s*#.*$/gm, '');
}
