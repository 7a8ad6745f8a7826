/** Small builders for engine test data: only what a test is about needs to be spelt out. */
import type { Context } from '../src/engine/conditions.js';
import type { Facts, Project } from '../src/profile/read.js';
import { parseDate, type DateValue } from '../src/profile/dates.js';
import type { Leaf } from '../src/rules/schema.js';

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
