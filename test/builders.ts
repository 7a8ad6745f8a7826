/** Small builders for engine test data: only what a test is about needs to be spelt out. */
import type { Context } from '../src/engine/conditions.js';
import type { ParsedLeaf } from '../src/operators/leaf.js';
import type { Facts, Project } from '../src/profile/read.js';
import { parseDate, type DateValue } from '../src/profile/dates.js';
import { loadRules, type RuleVersion } from '../src/rules/load.js';
import { RuleFile, type Fact, type Leaf, type Measure } from '../src/rules/schema.js';

/** A leaf with a label, a citation and stated evidence; the fields given must make a leaf lint accepts. */
export function leaf(fields: Partial<ParsedLeaf>): Leaf {
  return { label: { zh: '条件', en: 'condition' }, cite: 'S1', evidence: 'stated', ...fields } as Leaf;
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

/**
 * A small fictional rule version whose two per-project measures are alternatives (one stacking group),
 * beside a company measure outside the group: the shape of "one project per applicant, one of two measures".
 * With CHOICE_PROFILE, on CHOICE_AS_OF (inside its window), the group's options, best first, are
 * subsidy p1 1,500,000 (eligible), match p1 1,000,000 (eligible), match p2 1,000,000 (undetermined),
 * subsidy p2 (undetermined, its investment missing); talent-grant 200,000 adds up beside them.
 */
export const CHOICE_RULES = {
  file: 'rules/test-choice/2024.yaml',
  text: `programme:
  id: test-choice
  version: "2024"
  title: { zh: 测试专项（虚构）2024年度, en: "Test fund (fictional), 2024 round" }
  issuer: { zh: 测试委员会（虚构）, en: "Test commission (fictional)", cite: S1, evidence: stated }
  document: 测规〔2024〕1号（虚构）
  status: in-force
effective: { from: "2024-01-01", to: null, cite: S1, evidence: stated }
sources:
  - { id: S1, title: 测试专项申报通知（虚构）, date: "2024-03-01", trust: "test fixture" }
windows:
  - { id: application, label: { zh: 申报受理, en: Applications accepted }, opens: "2024-05-06", closes: "2024-06-14", cite: S1, evidence: stated }
periods: []
facts:
  company.tech_enterprise:
    type: boolean
    label: { zh: 科技型企业, en: Technology enterprise }
    question: { zh: 公司是否属于科技型企业？, en: Is the company a technology enterprise? }
  projects[].investment:
    type: money
    unit: yuan
    label: { zh: 项目投资额, en: Project investment }
    question: { zh: 项目总投资多少元？, en: What is the project's total investment? }
  projects[].breakthrough:
    type: boolean
    label: { zh: 技术突破, en: Technological breakthrough }
    question: { zh: 项目是否实现技术突破？, en: Did the project make a breakthrough? }
gate: { fact: company.tech_enterprise, op: eq, value: true, label: { zh: 科技型企业, en: A technology enterprise }, cite: S1, evidence: stated }
measures:
  - id: subsidy
    title: { zh: 项目补贴, en: Project subsidy }
    perProject: true
    when: { fact: "projects[].investment", op: gte, value: 1000000, label: { zh: 投资不少于100万元, en: "Investment at least 1,000,000" }, cite: S1, evidence: stated }
    amount: { kind: rate, base: "projects[].investment", rate: 30%, cap: 2000000, capScope: project, cite: S1, evidence: stated }
  - id: match
    title: { zh: 突破奖励, en: Breakthrough award }
    perProject: true
    when: { fact: "projects[].breakthrough", op: eq, value: true, label: { zh: 实现技术突破, en: A breakthrough }, cite: S1, evidence: stated }
    amount: { kind: fixed, value: 1000000, capScope: project, cite: S1, evidence: stated }
  - id: talent-grant
    title: { zh: 人才补贴, en: Talent grant }
    perProject: false
    when: { fact: company.tech_enterprise, op: eq, value: true, label: { zh: 科技型企业, en: A technology enterprise }, cite: S1, evidence: stated }
    amount: { kind: fixed, value: 200000, capScope: company, cite: S1, evidence: stated }
stacking:
  groups:
    - { id: one-pair, measures: [subsidy, match], label: { zh: 每家单位限报一个项目、一项支持, en: "One project and one measure per applicant" }, cite: S1, evidence: stated }
  companyCap: { amount: 5000000, cite: S1, evidence: stated }
  doubleFunding: { rule: forbidden, cite: S1, evidence: stated }
`,
};

export const CHOICE_AS_OF = '2024-05-10';

export const CHOICE_PROFILE = {
  file: 'choice.yaml',
  text: `company:
  name: 测试科技有限公司
  tech_enterprise: true
projects:
  - { id: p1, investment: 5000000, breakthrough: true }
  - { id: p2 }
`,
};

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
