/**
 * The profile format as a zod schema, built from the vocabulary and the facts the loaded rules
 * declare — never written by hand, so it cannot drift from what `check` reads. `subsidy-check schema`
 * turns it into JSON Schema for editors. It accepts what the reader accepts and refuses what JSON
 * Schema can express; the rest (a USCC check character, February 29 of a common year, unique project
 * ids, an end before a start, more than two decimals of a yuan, a misspelt Shanghai district,
 * duplicate keys) is left to `check`.
 */
import { z } from 'zod';
import type { Fact } from '../rules/schema.js';
import { SHANGHAI_DISTRICTS, SHANGHAI_DISTRICT_NAMES_ZH } from './district.js';
import { MAX_YUAN } from './money.js';
import { USCC_CHARSET, USCC_LENGTH } from './uscc.js';
import type { FactSpec, Vocabulary } from './vocabulary.js';

/** Optional spaces, as the reader trims them; full-width forms, as the reader folds them (NFKC). */
const DIGIT = '[0-9０-９]';
const NUMBER = `(?:${DIGIT}{1,3}(?:[,，]${DIGIT}{3})+|${DIGIT}+)(?:[.．]${DIGIT}+)?`;
const CURRENCY = '(?:[¥￥]|[Cc][Nn][Yy]|[Rr][Mm][Bb])';
const SUFFIX = '(?:元|[Yy][Uu][Aa][Nn]|[Cc][Nn][Yy]|[Rr][Mm][Bb])';
/** `3000000`, `3,000,000`, `300万`, `300万元`, `0.3亿`, `¥3,000,000`, `RMB 300万`: never negative. */
export const MONEY_PATTERN = `^\\s*(?:${CURRENCY}\\s*)?${NUMBER}\\s*(?:万|亿)?\\s*${SUFFIX}?\\s*$`;

/** `YYYY-MM` or `YYYY-MM-DD` with a day the month can have (February up to 29). */
const DATE_PATTERN =
  '^\\s*\\d{4}-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\\d|30))?|02(?:-(?:0[1-9]|1\\d|2\\d))?)\\s*$';

const codeChars = [...new Set([...USCC_CHARSET, ...USCC_CHARSET.toLowerCase()])].join('');
const USCC_PATTERN = `^\\s*[${codeChars}]{${USCC_LENGTH}}\\s*$`;

/** The keys every profile has whatever the rules: described here, as no rule declares them. */
const BUILT_IN: Record<string, { title: string; description: string }> = {
  'company.name': { title: 'Registered name / 企业名称', description: "The company's registered name. Required." },
  'company.uscc': {
    title: 'Unified social credit code / 统一社会信用代码',
    description: '18 characters; the last is a check character (GB 32100-2015), which check verifies.',
  },
  'projects[].id': { title: 'Project id / 项目编号', description: 'Unique within the profile. Required.' },
  'projects[].title': { title: 'Project title / 项目名称', description: 'Free text.' },
};

const text = () => z.union([z.string(), z.number()]);

function typeOf(spec: FactSpec): z.ZodType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'text':
      return text();
    case 'number':
      return z.number();
    case 'enum':
      // An enum declared without values accepts nothing, in the reader as here.
      return spec.values && spec.values.length > 0 ? z.enum(spec.values as [string, ...string[]]) : z.never();
    case 'list': {
      const known = [...(spec.values ?? []), ...Object.keys(spec.aliases ?? {})];
      if (spec.open || !spec.values?.length) return z.array(known.length > 0 ? z.string().meta({ examples: known }) : z.string());
      // A closed list: each item one of the values or their aliases, as the reader accepts them (trimmed).
      return z.array(z.string().regex(new RegExp(`^\\s*(?:${known.map(escapeRegExp).join('|')})\\s*$`)));
    }
    case 'years':
      return z.array(z.union([z.int().min(1000).max(9999), z.string().regex(/^\d{4}$/)]));
    case 'money':
      return z.union([z.number().nonnegative().max(MAX_YUAN), z.string().regex(new RegExp(MONEY_PATTERN))]);
    case 'date':
      return z.string().regex(new RegExp(DATE_PATTERN));
    case 'district':
      return z
        .string()
        .regex(/\S/)
        .meta({ examples: [...SHANGHAI_DISTRICTS, ...Object.values(SHANGHAI_DISTRICT_NAMES_ZH).map((n) => `${n}区`)] });
  }
}

function describe(path: string, declared: ReadonlyMap<string, Fact>): { title?: string; description?: string } {
  const fact = declared.get(path);
  if (fact)
    return {
      title: `${fact.label.en} / ${fact.label.zh}`,
      description: `${fact.question.en} ${fact.question.zh}${fact.unit ? ` (${fact.unit})` : ''}`,
    };
  return BUILT_IN[path] ?? {};
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fact's schema: its type, or null or "" (an empty answer, which the reader takes as unknown). */
function factSchema(path: string, spec: FactSpec, declared: ReadonlyMap<string, Fact>): z.ZodType {
  const value = path === 'company.uscc' ? z.string().regex(new RegExp(USCC_PATTERN)) : typeOf(spec);
  return z
    .union([value, z.literal('')])
    .nullable()
    .optional()
    .meta(describe(path, declared));
}

function facts(
  scope: 'company' | 'projects[]',
  specs: Record<string, FactSpec>,
  declared: ReadonlyMap<string, Fact>,
  required: string,
): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(specs)) shape[key] = factSchema(`${scope}.${key}`, spec, declared);
  // The required key refuses null and the empty string, as the reader does.
  shape[required] = z.union([z.string().min(1), z.number()]).meta(describe(`${scope}.${required}`, declared));
  // Unknown keys are warnings, not errors: the profile stays valid, so the schema accepts them.
  return z.looseObject(shape);
}

/** The profile schema for a vocabulary; `declared` gives each fact's label and question (first declaration wins). */
export function profileSchema(vocabulary: Vocabulary, declared: Iterable<[string, Fact]>): z.ZodType {
  const labels = new Map<string, Fact>();
  for (const [path, fact] of declared) if (!labels.has(path)) labels.set(path, fact);
  const project = facts('projects[]', vocabulary.project, labels, 'id').meta({ title: 'Project / 项目' });
  return z
    .looseObject({
      company: facts('company', vocabulary.company, labels, 'name').meta({ title: 'Company / 企业' }),
      projects: z
        .array(project)
        .nullable()
        .optional()
        .meta({ title: 'Projects / 项目', description: 'Each measure that is per project is evaluated for each.' }),
    })
    .meta({
      title: 'subsidy-check profile / 企业档案',
      description: 'One company. An absent or empty fact is unknown, never false or zero.',
    });
}
