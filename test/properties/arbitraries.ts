/**
 * Generated inputs: small rule sets that pass loading (a few facts of each type, leaves with operators
 * valid for their types, all/any/not trees, fixed/rate/match/tiers amounts with and without caps,
 * disjoint stacking groups, a company cap or none) and profiles for them (every fact present, absent,
 * empty or, now and then, of the wrong type; money in its text forms; months and days), and profiles
 * over every field of the public vocabulary for the bundled rules.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHANGHAI_DISTRICT_NAMES_ZH, SHANGHAI_DISTRICTS } from '../../src/profile/district.js';
import { USCC_CHARSET, usccCheckChar } from '../../src/profile/uscc.js';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY, type FactSpec } from '../../src/profile/vocabulary.js';
import type { ParsedLeaf } from '../../src/operators/leaf.js';
import type { Amount, Condition, Leaf, RuleFile } from '../../src/rules/schema.js';

const label = { zh: '标签', en: 'Label' };
const cited = { cite: 'S1', evidence: 'stated' as const };

type FactType = 'boolean' | 'enum' | 'list' | 'money' | 'number' | 'date';
export const FACTS: Record<string, { type: FactType; values?: string[] }> = {
  'company.flag': { type: 'boolean' },
  'company.grade': { type: 'enum', values: ['a', 'b', 'c'] },
  'company.tags': { type: 'list', values: ['x', 'y', 'z'] },
  'company.revenue': { type: 'money' },
  'company.staff': { type: 'number' },
  'projects[].cost': { type: 'money' },
  'projects[].kind': { type: 'enum', values: ['rd', 'it'] },
  'projects[].start': { type: 'date' },
  'projects[].end': { type: 'date' },
};
const MONEY_FACTS = ['company.revenue', 'projects[].cost'];
const PERIOD = { id: 'p2021', label, from: '2021-01', to: '2021-12', ...cited };

const evidence = fc.constantFrom('stated', 'stated', 'stated', 'stated', 'reported', 'inferred', 'unknown') as fc.Arbitrary<Leaf['evidence']>;
const number = fc.integer({ min: -1000, max: 20_000_000 });

/** An operator and value the loader accepts for the fact's type. */
function testOf(fact: string): fc.Arbitrary<Pick<Leaf, 'op' | 'value'>> {
  const { type, values = [] } = FACTS[fact]!;
  const present = fc.constant({ op: 'present' as const });
  switch (type) {
    case 'boolean':
      return fc.oneof(fc.record({ op: fc.constantFrom('eq' as const, 'ne' as const), value: fc.boolean() }), present);
    case 'enum':
      return fc.oneof(fc.record({ op: fc.constantFrom('eq' as const, 'ne' as const), value: fc.constantFrom(...values) }), fc.record({ op: fc.constant('in' as const), value: fc.subarray(values, { minLength: 1 }) }), present);
    case 'list':
      return fc.oneof(fc.record({ op: fc.constant('contains' as const), value: fc.constantFrom(...values) }), fc.record({ op: fc.constant('in' as const), value: fc.subarray(values, { minLength: 1 }) }), present);
    case 'money':
    case 'number':
      return fc.oneof(
        fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const, 'eq' as const), value: number }),
        fc.tuple(number, number).map(([a, b]) => ({ op: 'between' as const, value: [Math.min(a, b), Math.max(a, b)] })),
        present,
      );
    case 'date':
      return present;
  }
}

/** Each test is built to fit its fact's type, so every generated leaf is one lint accepts. */
const leaf: fc.Arbitrary<Leaf> = fc.oneof<fc.Arbitrary<ParsedLeaf>[]>(
  fc.constantFrom(...Object.keys(FACTS)).chain((fact) =>
    fc.record({ test: testOf(fact), evidence, whenFalse: fc.option(fc.constant('unknown' as const), { nil: undefined, freq: 4 }) }).map(({ test, evidence, whenFalse }) => ({
      fact,
      ...test,
      ...(whenFalse ? { whenFalse } : {}),
      label,
      cite: 'S1',
      evidence,
    })),
  ),
  fc.record({ overlap: fc.option(fc.constantFrom('unknown' as const, 'fail' as const), { nil: undefined }), evidence }).map(({ overlap, evidence }) => ({
    fact: ['projects[].start', 'projects[].end'] as [string, string],
    op: 'within' as const,
    value: PERIOD.id,
    ...(overlap ? { overlap } : {}),
    label,
    cite: 'S1',
    evidence,
  })),
).map((parsed) => parsed as Leaf);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    leaf,
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('tree').map((not) => ({ not })),
  ),
})).tree;

const yuan = fc.integer({ min: 1, max: 5_000_000 });
const cap = fc.option(yuan, { nil: undefined });
const amountCommon = fc.record({ cap, rounding: fc.option(fc.constantFrom('down' as const, 'nearest' as const), { nil: undefined }), evidence: fc.constantFrom('stated' as const, 'reported' as const, 'inferred' as const) });
const rate = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }).map((bp) => `${bp / 100}%`),
  fc.integer({ min: 1, max: 100 }).map((pct) => pct / 100),
);

const withCommon = <T extends object>(a: T, common: { cap?: number; rounding?: 'down' | 'nearest'; evidence: 'stated' | 'reported' | 'inferred' }) => ({
  ...a,
  ...(common.cap !== undefined ? { cap: common.cap } : {}),
  ...(common.rounding ? { rounding: common.rounding } : {}),
  capScope: 'award' as const,
  cite: 'S1',
  evidence: common.evidence,
});

const amount: fc.Arbitrary<Amount> = fc.oneof(
  fc.constant({ kind: 'unpublished' as const, cite: 'S1', evidence: 'unknown' as const }),
  fc.tuple(yuan, amountCommon).map(([value, c]) => withCommon({ kind: 'fixed' as const, value }, c)),
  fc.tuple(fc.constantFrom(...MONEY_FACTS), rate, amountCommon).map(([base, rate, c]) => withCommon({ kind: 'rate' as const, base, rate }, c)),
  fc.tuple(fc.constantFrom(...MONEY_FACTS), amountCommon).map(([base, c]) => withCommon({ kind: 'match' as const, base }, c)),
  fc
    .tuple(fc.constantFrom(...MONEY_FACTS), fc.array(fc.record({ min: fc.integer({ min: 0, max: 10_000_000 }), value: fc.integer({ min: 0, max: 3_000_000 }) }), { minLength: 1, maxLength: 3 }), amountCommon)
    .map(([base, tiers, c]) => withCommon({ kind: 'tiers' as const, base, tiers }, c)),
);

/** A gate most profiles pass (a grade, whichever), or any condition. */
const gate = fc.oneof({ arbitrary: fc.constant<Leaf>({ fact: 'company.grade', op: 'in', value: ['a', 'b', 'c'], label, ...cited }), weight: 2 }, { arbitrary: condition, weight: 1 });

/** A rule file object that loads without a diagnostic: one programme, 1–4 measures. */
export const ruleFile = (id = 'gen'): fc.Arbitrary<RuleFile> =>
  fc
    .record({
      gate,
      measures: fc.array(fc.record({ perProject: fc.boolean(), when: fc.option(condition, { nil: undefined, freq: 2 }), amount, group: fc.constantFrom(-1, -1, 0, 1) }), { minLength: 1, maxLength: 4 }),
      companyCap: fc.option(fc.integer({ min: 1, max: 8_000_000 }), { nil: undefined }),
    })
    .map(({ gate, measures, companyCap }) => ({
      programme: { id, version: '1', title: label, issuer: { ...label, ...cited }, document: '某规〔2024〕1号', status: 'in-force' as const },
      effective: { from: null, to: null, cite: 'S1', evidence: 'unknown' as const },
      sources: [{ id: 'S1', title: 'A guideline' }],
      windows: [],
      periods: [PERIOD],
      facts: Object.fromEntries(Object.entries(FACTS).map(([path, f]) => [path, { type: f.type, ...(f.values ? { values: f.values } : {}), label, question: label }])),
      gate,
      measures: measures.map((m, i) => ({ id: `m${i + 1}`, title: label, perProject: m.perProject, ...(m.when ? { when: m.when } : {}), amount: m.amount })),
      stacking: {
        // Disjoint groups: the engine takes each group's best, which is the optimum only then
        // (overlapping groups are refused when rules load: fixtures/hostile/rules/group-overlap).
        groups: [0, 1]
          .map((g) => ({ id: `g${g}`, measures: measures.flatMap((m, i) => (m.group === g ? [`m${i + 1}`] : [])), label, ...cited }))
          .filter((g) => g.measures.length > 0),
        companyCap: companyCap === undefined ? { unknown: true as const, label, cite: 'S1' } : { amount: companyCap, ...cited },
        doubleFunding: { unknown: true as const, label, cite: 'S1' },
      },
    }));

export const ruleText = (rule: RuleFile): { file: string; text: string } => ({ file: `rules/${rule.programme.id}/${rule.programme.version}.yaml`, text: stringify(rule) });

/** Money as consultants write it: a number, digits with commas, 万 or 亿, with ¥ or 元. */
export const money: fc.Arbitrary<number | string> = fc.integer({ min: 0, max: 200_000_000 }).chain((y) =>
  fc.constantFrom<number | string>(
    y,
    String(y),
    y.toLocaleString('en'),
    `${y / 10_000}万`,
    `${y / 10_000}万元`,
    `${y / 100_000_000}亿`,
    `¥${y.toLocaleString('en')}`,
    `${y}元`,
  ).filter((text) => typeof text === 'number' || !/e/.test(text)),
);

const date = fc.record({ year: fc.integer({ min: 2019, max: 2023 }), month: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }) }).map(({ year, month, day }) =>
  `${year}-${String(month).padStart(2, '0')}${day ? `-${String(day).padStart(2, '0')}` : ''}`,
);

const valueOf: Record<FactType, (values: string[]) => fc.Arbitrary<unknown>> = {
  boolean: () => fc.boolean(),
  enum: (values) => fc.constantFrom(...values),
  list: (values) => fc.subarray(values),
  money: () => money,
  number: () => number,
  date: () => date,
};

/** Present, absent, or empty (which reads as absent). */
const slot = (type: FactType, values: string[] = []) =>
  fc.oneof({ arbitrary: valueOf[type](values), weight: 8 }, { arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.constantFrom(null, ''), weight: 1 });

/** A value of no fact's type: put in now and then, it makes the profile invalid. */
const WRONG = { wrong: 'type' };

function factsOf(scope: 'company' | 'projects[]'): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(FACTS).filter(([path]) => path.startsWith(`${scope}.`));
  return fc.record(Object.fromEntries(entries.map(([path, f]) => [path.split('.')[1]!, slot(f.type, f.values)]))).map((facts) =>
    Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)),
  );
}

export interface GeneratedProfile {
  company: Record<string, unknown>;
  projects: Record<string, unknown>[];
}

/** A project's period in order (an end before the start is another test's business). */
function orderPeriod(facts: Record<string, unknown>): Record<string, unknown> {
  const { start, end } = facts;
  if (typeof start !== 'string' || typeof end !== 'string' || start <= end) return facts;
  return { ...facts, start: end, end: start };
}

const projectFacts = factsOf('projects[]').map(orderPeriod);

export const profile: fc.Arbitrary<GeneratedProfile> = fc
  .record({
    company: factsOf('company').map((facts) => ({ name: '上海测试有限公司', ...facts })),
    projects: fc.array(projectFacts, { maxLength: 3 }).map((list) => list.map((facts, i) => ({ id: `p${i + 1}`, ...facts }))),
    corrupt: fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.constantFrom(...Object.keys(FACTS).filter((f) => f.startsWith('company.'))), weight: 1 }),
  })
  .map(({ company, projects, corrupt }) => ({ company: corrupt ? { ...company, [corrupt.split('.')[1]!]: WRONG } : company, projects }));

/** A profile's text, as YAML or JSON. */
export const profileText = (p: GeneratedProfile, format: 'yaml' | 'json'): string => (format === 'json' ? JSON.stringify(p) : stringify(p));

/** A USCC: mostly valid (its check character computed), now and then with a wrong one. */
const uscc = fc
  .tuple(fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }), fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }), fc.constantFrom(...USCC_CHARSET))
  .map(([chars, valid, other]) => {
    const first = chars.join('');
    const check = usccCheckChar(first);
    return `${first}${valid || other === check ? check : other}`;
  });

/** A district as consultants write one: pinyin, Chinese with or without 区, with 上海市, or outside Shanghai; Putuo most often. */
const district = fc.oneof(
  { arbitrary: fc.constantFrom('putuo', '普陀', '普陀区', '上海市普陀区', 'Putuo District'), weight: 4 },
  fc.constantFrom(...SHANGHAI_DISTRICTS),
  fc.constantFrom(...Object.values(SHANGHAI_DISTRICT_NAMES_ZH)).chain((zh) => fc.constantFrom(zh, `${zh}区`, `上海市${zh}区`)),
  fc.constantFrom("Jing'an", '杭州市西湖区'),
);

/** A value for one field of the public vocabulary, of its type; text forms as a profile may write them. */
function vocabularyValue(key: string, spec: FactSpec): fc.Arbitrary<unknown> {
  if (key === 'uscc') return uscc;
  const values = [...(spec.values ?? []), ...Object.keys(spec.aliases ?? {})];
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'text':
      return fc.constantFrom('智能仓储', 'Project X', '项目一');
    case 'enum':
      return fc.constantFrom(...(spec.values ?? ['x']));
    case 'list':
      return fc.subarray(values.length > 0 ? [...values, ...(spec.open ? ['区块链'] : [])] : ['上海市科委', '市经信委']);
    case 'years':
      return fc.subarray([2019, 2020, 2021, '2022', 2023]);
    case 'money':
      return money;
    case 'date':
      return date;
    case 'district':
      return district;
    case 'number':
      return number;
  }
}

/** A fact kept as it is (most often), dropped, emptied, or replaced by any value of its type. */
function mutate(facts: Record<string, unknown>, specs: Record<string, FactSpec>, keep: string): fc.Arbitrary<Record<string, unknown>> {
  const slots = Object.entries(specs)
    .filter(([key]) => key !== keep)
    .map(([key, spec]) => [key, fc.oneof({ arbitrary: fc.constant(facts[key]), weight: 40 }, { arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: fc.constantFrom(null, ''), weight: 1 }, { arbitrary: vocabularyValue(key, spec), weight: 2 })] as const);
  return fc.record(Object.fromEntries(slots)).map((mutated) => ({ [keep]: facts[keep], ...Object.fromEntries(Object.entries(mutated).filter(([, v]) => v !== undefined)) }));
}

/** The valid example profiles, parsed: starting points close to an eligible answer. */
const EXAMPLES = readdirSync('fixtures/profiles')
  .filter((f) => !f.startsWith('invalid'))
  .map((f) => parse(readFileSync(join('fixtures/profiles', f), 'utf8')) as GeneratedProfile);

/**
 * A profile over every field of the public vocabulary (shared/domain/putuo-policies.md), for the
 * bundled rules: an example profile with some facts dropped, emptied or replaced, and projects
 * dropped or duplicated under a new id.
 */
export const vocabularyProfile: fc.Arbitrary<GeneratedProfile> = fc.constantFrom(...EXAMPLES).chain((example) =>
  fc.record({
    company: mutate(example.company, COMPANY_VOCABULARY, 'name'),
    projects: fc
      .array(fc.constantFrom(...(example.projects ?? []), { id: 'new' }), { maxLength: 3 })
      .chain((list): fc.Arbitrary<Record<string, unknown>[]> => (list.length === 0 ? fc.constant([]) : fc.tuple(...list.map((p) => mutate(p, PROJECT_VOCABULARY, 'id').map(orderPeriod)))))
      .map((list) => list.map((facts, i) => ({ ...facts, id: `p${i + 1}` }))),
  }),
);
