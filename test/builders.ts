/** Small builders for engine test data: only what a test is about needs to be spelt out. */
import type { Context } from '../src/engine/conditions.js';
import type { Facts, Project } from '../src/profile/read.js';
import { parseDate, type DateValue } from '../src/profile/dates.js';
import type { RuleVersion } from '../src/rules/load.js';
import { RuleFile, type Fact, type Leaf, type Measure } from '../src/rules/schema.js';

export function leaf(fields: Partial<Leaf>): Leaf {
  return { label: { zh: '条件', en: 'condition' }, cite: 'S1', evidence: 'stated', ...fields };
}

export function date(text: string): DateValue {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

export function project(facts: Facts, index = 0): Project {
  return { id: `p${index + 1}`, index, facts: { id: `p${index + 1}`, ...facts } };
}

export function context(company: Facts, p: Project | null = null): Context {
  return { company, project: p, noProject: false };
}

const bi = (en: string) => ({ zh: `（${en}）`, en });

/** A fact declaration for `ruleVersion`. */
export function fact(type: Fact['type'], values?: string[]): Fact {
  return { type, ...(values ? { values } : {}), label: bi('fact'), question: bi('fact?') };
}

/** A measure for `ruleVersion`: a fixed award per project unless told otherwise. */
export function measure(id: string, fields: Partial<Measure> = {}): Measure {
  return { id, title: bi(id), perProject: true, amount: { kind: 'fixed', value: 100, capScope: 'award', cite: 'S1', evidence: 'stated' }, ...fields };
}

/**
 * A small rule version, validated by the rule schema: programme `demo`, version `1`, in force from
 * 2024-01-01, with a gate on `company.credit` and whatever the test sets on top.
 */
export function ruleVersion(fields: Partial<RuleFile> = {}): RuleVersion {
  const rule = RuleFile.parse({
    programme: { id: 'demo', version: '1', title: bi('Demo'), issuer: { ...bi('A commission'), cite: 'S1', evidence: 'stated' }, document: 'D1', status: 'in-force' },
    effective: { from: '2024-01-01', to: null, cite: 'S1', evidence: 'stated' },
    sources: [{ id: 'S1', title: 'A guideline' }],
    windows: [],
    periods: [],
    facts: { 'company.credit': fact('enum', ['good', 'poor']) },
    gate: leaf({ fact: 'company.credit', op: 'eq', value: 'good' }),
    measures: [measure('grant')],
    stacking: { groups: [], companyCap: { unknown: true, label: bi('cap?'), cite: 'S1' }, doubleFunding: { unknown: true, label: bi('twice?'), cite: 'S1' } },
    ...fields,
  });
  return { file: `demo/${rule.programme.version}.yaml`, sha256: '0'.repeat(64), rule };
}
