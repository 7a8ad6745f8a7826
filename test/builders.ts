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

import { loadRules, type RuleVersion } from '../src/rules/load.js';

/** A round (one rule version) small enough to read in a test: what it is about is spelt out, the rest defaulted. */
export interface RoundSpec {
  id?: string;
  version?: string;
  /** `effective.from`; null when unpublished. */
  from?: string | null;
  /** Application windows as `[opens, closes]`. */
  windows?: [string | null, string | null][];
  supersedes?: string;
  /** Measures: a fixed amount in yuan, or null for an unpublished one. Each needs good credit. */
  measures?: Record<string, number | null>;
}

export function roundText(spec: RoundSpec = {}): { file: string; text: string } {
  const { id = 'tiny', version = '1', from = null, windows = [], supersedes, measures = { grant: 1_000_000 } } = spec;
  const q = (v: string | null) => (v === null ? 'null' : `"${v}"`);
  const text = `programme:
  id: ${id}
  version: "${version}"
  title: { zh: 小规则, en: Tiny rules }
  issuer: { zh: 某委员会, en: A commission, cite: S1, evidence: stated }
  document: 某规〔2024〕1号
  status: in-force
${supersedes ? `  supersedes: { programme: ${supersedes}, cite: S1, evidence: inferred }\n` : ''}effective: { from: ${q(from)}, to: null, cite: S1, evidence: ${from === null ? 'unknown' : 'stated'} }
sources:
  - id: S1
    title: A guideline
windows:${windows.length === 0 ? ' []' : ''}
${windows.map(([opens, closes], i) => `  - { id: w${i}, label: { zh: 申报, en: Applications }, opens: ${q(opens)}, closes: ${q(closes)}, cite: S1, evidence: stated }`).join('\n')}
periods: []
facts:
  company.credit:
    type: enum
    values: [good, poor]
    label: { zh: 信用记录, en: Credit record }
    question: { zh: 信用记录是否良好？, en: Is the credit record good? }
gate:
  fact: company.credit
  op: eq
  value: good
  label: { zh: 信用良好, en: Good credit }
  cite: S1
  evidence: stated
measures:
${Object.entries(measures)
  .map(([m, amount]) => `  - id: ${m}
    title: { zh: 补贴${m}, en: Grant ${m} }
    perProject: false
    amount: ${amount === null ? '{ kind: unpublished, cite: S1, evidence: unknown }' : `{ kind: fixed, value: ${amount}, cite: S1, evidence: stated }`}`)
  .join('\n')}
stacking:
  groups: []
  companyCap: { unknown: true, label: { zh: 未知, en: Unknown }, cite: S1 }
  doubleFunding: { unknown: true, label: { zh: 未知, en: Unknown }, cite: S1 }
`;
  return { file: `${id}/${version}.yaml`, text };
}

/** Rule versions from specs, validated by the real loader: a test round is a round the tool accepts. */
export function rounds(...specs: RoundSpec[]): RuleVersion[] {
  const { versions, diagnostics } = loadRules(specs.map(roundText));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`test rules invalid: ${errors.map((d) => `${d.code} ${d.line} ${JSON.stringify(d.args)}`).join('; ')}`);
  return versions;
}
