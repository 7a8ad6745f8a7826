/**
 * The public profile vocabulary (shared/domain/putuo-policies.md, "The profile vocabulary").
 * Rule files may declare more facts; these names and types hold whatever rules are loaded.
 */
import type { FactType } from '../rules/schema.js';
import { factsTemplate } from './facts.js';
import type { Facts } from './read.js';

export interface FactSpec {
  type: FactType;
  /** Allowed values of an enum; of a list, the known values (any other text only where `open`). */
  values?: readonly string[];
  /** Other ways to write a value (Chinese names), mapped to the value. */
  aliases?: Readonly<Record<string, string>>;
  /** A list that accepts text beyond its known values (the guideline's list ends with 等). */
  open?: boolean;
}

const FIELD_ALIASES = {
  人工智能: 'artificial-intelligence',
  大数据: 'big-data',
  云计算: 'cloud-computing',
  网络游戏: 'online-games',
  工业互联网及信息安全: 'industrial-internet-security',
  智能制造和机器人: 'intelligent-manufacturing-robotics',
} as const;

const FEATURE_ALIASES = { 数字新基建: 'digital-new-infrastructure', 在线新经济: 'online-new-economy' } as const;

export const COMPANY_VOCABULARY = {
  name: { type: 'text' },
  uscc: { type: 'text' },
  business_district: { type: 'district' },
  tax_district: { type: 'district' },
  independent_legal_person: { type: 'boolean' },
  credit: { type: 'enum', values: ['good', 'poor'] },
  operating_status: { type: 'enum', values: ['normal', 'abnormal'] },
  tech_enterprise: { type: 'boolean' },
  fields: { type: 'list', values: Object.values(FIELD_ALIASES), aliases: FIELD_ALIASES, open: true },
  features: { type: 'list', values: Object.values(FEATURE_ALIASES), aliases: FEATURE_ALIASES },
  smart_software_oriented: { type: 'boolean' },
  unaccepted_similar_project: { type: 'boolean' },
  statistical_reports: { type: 'years' },
} as const satisfies Record<string, FactSpec>;

export const PROJECT_VOCABULARY = {
  id: { type: 'text' },
  title: { type: 'text' },
  type: { type: 'enum', values: ['rd', 'completed', 'digital-transformation'] },
  start: { type: 'date' },
  end: { type: 'date' },
  status: { type: 'enum', values: ['planned', 'in-progress', 'completed', 'accepted', 'trial-operation'] },
  investment: { type: 'money' },
  breakthrough: { type: 'boolean' },
  municipal_funding: { type: 'money' },
  joint_application: { type: 'boolean' },
  government_investment: { type: 'boolean' },
  other_funding: { type: 'list' },
} as const satisfies Record<string, FactSpec>;

/**
 * How a Chinese reader names each value of the public vocabulary: the Chinese names the profile
 * accepts (FIELD_ALIASES, FEATURE_ALIASES) and the terms of the guidelines for the others.
 */
export const VALUE_NAMES_ZH: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries({ ...FIELD_ALIASES, ...FEATURE_ALIASES }).map(([zh, value]) => [value, zh])),
  good: '良好',
  poor: '不良',
  normal: '正常经营',
  abnormal: '经营异常',
  rd: '研发类',
  completed: '已完成',
  'digital-transformation': '数字化转型',
  planned: '计划中',
  'in-progress': '实施中',
  accepted: '已验收',
  'trial-operation': '试运行',
};

export interface Vocabulary {
  company: Record<string, FactSpec>;
  project: Record<string, FactSpec>;
  /** Each scope laid out for reading profiles (src/profile/read.ts), once for every profile a run reads. */
  layout: { company: ScopeLayout; project: ScopeLayout };
}

/**
 * A scope of the vocabulary as the reader walks it: its keys in order, each key's place, the specs in
 * that order, and the template every fact object of the scope is made from (src/profile/facts.ts).
 */
export interface ScopeLayout {
  keys: readonly string[];
  index: ReadonlyMap<string, number>;
  specs: readonly FactSpec[];
  template: Readonly<Facts>;
}

function layoutOf(scope: Record<string, FactSpec>): ScopeLayout {
  const keys = Object.keys(scope);
  return { keys, index: new Map(keys.map((key, at) => [key, at])), specs: keys.map((key) => scope[key]!), template: factsTemplate(keys) };
}

/** The public vocabulary widened by the facts loaded rules declare (`company.x`, `projects[].x`). */
export function vocabularyFor(declared: Iterable<[string, FactSpec]>): Vocabulary {
  const company: Record<string, FactSpec> = { ...COMPANY_VOCABULARY };
  const project: Record<string, FactSpec> = { ...PROJECT_VOCABULARY };
  for (const [path, spec] of declared) {
    const [scope, key] = path.split('.') as [string, string];
    const target = scope === 'company' ? company : project;
    if (Object.hasOwn(target, key)) continue;
    const value: FactSpec = {
      type: spec.type,
      ...(spec.values ? { values: spec.values } : {}),
      ...(spec.type === 'list' ? { open: true } : {}),
    };
    // Own keys, defined: `constructor` is `in` every object, and assigning `__proto__` would set a prototype.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return vocabularyOf(company, project);
}

/** A vocabulary of these scopes, laid out for reading. */
export function vocabularyOf(company: Record<string, FactSpec>, project: Record<string, FactSpec>): Vocabulary {
  return { company, project, layout: { company: layoutOf(company), project: layoutOf(project) } };
}
