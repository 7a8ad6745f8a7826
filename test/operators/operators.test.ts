/**
 * Each operator on a small rule version of its own: what lint accepts and refuses, the three-valued
 * test, the change "what it would take" proposes, and the words in both languages.
 */
import { describe, expect, it } from 'vitest';
import { OPERATOR_REGISTRY, OPERATORS, operatorOf } from '../../src/operators/registry.js';
import { OPERATORS as RULE_OPERATORS } from '../../src/rules/enums.js';
import type { Leaf } from '../../src/rules/schema.js';
import { date, fact, leaf } from '../builders.js';
import { judged, leafProblems, plainShow } from './harness.js';

const credit = { 'company.credit': fact('enum', ['good', 'poor']) };
const district = { 'company.business_district': fact('district') };
const status = { 'projects[].status': fact('enum', ['planned', 'completed', 'accepted']) };
const fields = { 'company.fields': fact('list', ['ai', 'iot']) };
const investment = { 'projects[].investment': fact('money') };
const dates = { 'projects[].start': fact('date'), 'projects[].end': fact('date') };

const words = (l: Leaf, type: Parameters<typeof plainShow>[0], fact = 'f') => {
  const op = operatorOf(l);
  const show = plainShow(type);
  return { expected: op.expected(l, show), en: op.requirement(l, show, 'en'), zh: op.requirement(l, show, 'zh'), sentence: [op.sentence(l, fact, show, 'en'), op.sentence(l, fact, show, 'zh')] };
};

describe('the registry', () => {
  it('is the rule format’s list of operators, one key each', () => {
    expect(RULE_OPERATORS).toEqual(OPERATORS);
    expect(OPERATORS).toEqual(['eq', 'ne', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'between', 'within', 'present']);
  });

  it('gives a leaf of unknown evidence the operator that never decides, whatever it names', () => {
    const unpublished = leaf({ evidence: 'unknown' });
    expect(operatorOf(unpublished)).not.toBe(OPERATOR_REGISTRY.eq);
    expect(judged(unpublished, {}, {}).verdict).toBe('undetermined');
    expect(judged(unpublished, {}, {}).toQualify).toMatchObject({ status: 'blocked', blockers: [unpublished] });
    expect(words(unpublished, undefined)).toEqual({ expected: 'not published', en: 'not published', zh: '未公布', sentence: ['not published: never decides', '未公布：不作判断'] });
  });
});

describe('eq', () => {
  const l = leaf({ fact: 'company.business_district', op: 'eq', value: 'putuo' });
  it('lints: one value of the fact’s type', () => {
    expect(leafProblems(l, district)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'company.credit', op: 'eq', value: 'fine' }), credit)).toEqual(['"fine" is not one of the fact\'s values (good, poor)']);
    expect(leafProblems(leaf({ fact: 'company.credit', op: 'eq', value: ['good'] }), credit)).toEqual(['eq takes one value, not a list']);
    expect(leafProblems(leaf({ fact: 'company.credit', op: 'eq' }), credit)).toEqual(['eq needs a value']);
  });
  it('passes on the value, fails on another, is unknown without one', () => {
    expect(judged(l, district, { business_district: 'putuo' }).verdict).toBe('eligible');
    expect(judged(l, district, { business_district: 'jingan' }).verdict).toBe('ineligible');
    expect(judged(l, district, {})).toMatchObject({ verdict: 'undetermined', missing: ['company.business_district'] });
  });
  it('proposes the value itself (a structural change for what the company is)', () => {
    expect(judged(l, district, { business_district: 'jingan' }).toQualify?.changes).toMatchObject([{ kind: 'structural', fact: 'company.business_district', actual: 'jingan', target: 'putuo' }]);
    expect(judged(l, district, {}).toQualify?.changes).toMatchObject([{ kind: 'ask', fill: 'putuo' }]);
  });
  it('words', () => expect(words(l, 'district')).toEqual({ expected: '= putuo', en: '= putuo', zh: '= putuo', sentence: ['f is putuo', 'f 为 putuo'] }));
});

describe('ne', () => {
  const l = leaf({ fact: 'company.credit', op: 'ne', value: 'poor' });
  it('lints like eq', () => expect(leafProblems(leaf({ fact: 'company.credit', op: 'ne', value: 3 }), credit)).toEqual(['company.credit is enum: compare with text, not 3']));
  it('passes on another value', () => {
    expect(judged(l, credit, { credit: 'good' }).verdict).toBe('eligible');
    expect(judged(l, credit, { credit: 'poor' }).verdict).toBe('ineligible');
  });
  it('proposes the first other declared value, the opposite of a yes/no', () => {
    // The gate wants good credit too: the change found is the one both need.
    expect(judged(l, credit, { credit: 'poor' }).toQualify?.changes).toMatchObject([{ fact: 'company.credit', target: 'good' }]);
    const notLegal = leaf({ fact: 'company.branch', op: 'ne', value: true });
    expect(judged(notLegal, { 'company.branch': fact('boolean') }, { branch: true }).toQualify?.changes).toMatchObject([{ kind: 'set', target: false }]);
  });
  it('words', () => expect(words(l, 'enum')).toMatchObject({ expected: '≠ poor', en: '≠ poor', sentence: ['f is not poor', 'f 不为 poor'] }));
});

describe('in', () => {
  const l = leaf({ fact: 'projects[].status', op: 'in', value: ['completed', 'accepted'] });
  it('lints: a list of the fact’s values', () => {
    expect(leafProblems(l, status)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'projects[].status', op: 'in', value: 'completed' }), status)).toEqual(['in needs a list of values']);
    expect(leafProblems(leaf({ fact: 'projects[].status', op: 'in', value: ['done'] }), status)).toEqual(['"done" is not one of the fact\'s values (planned, completed, accepted)']);
  });
  it('passes on a listed value, and on a list fact that includes one', () => {
    expect(judged(l, status, {}, { status: 'accepted' }).verdict).toBe('eligible');
    expect(judged(l, status, {}, { status: 'planned' }).verdict).toBe('ineligible');
    const any = leaf({ fact: 'company.fields', op: 'in', value: ['ai', 'iot'] });
    expect(judged(any, fields, { fields: ['iot'] }).verdict).toBe('eligible');
    expect(judged(any, fields, { fields: [] }).verdict).toBe('ineligible');
  });
  it('proposes the first listed value; a list fact gains it', () => {
    expect(judged(l, status, {}, { status: 'planned' }).toQualify?.changes).toMatchObject([{ kind: 'set', fact: 'projects[0].status', target: 'completed' }]);
    const any = leaf({ fact: 'company.fields', op: 'in', value: ['ai'] });
    expect(judged(any, fields, { fields: ['iot'] }).toQualify?.changes).toMatchObject([{ target: ['iot', 'ai'] }]);
  });
  it('words', () => {
    expect(words(l, 'enum')).toEqual({ expected: 'in [completed, accepted]', en: 'one of completed, accepted', zh: '属于 completed、accepted 之一', sentence: ['f is one of [completed, accepted]', 'f 为 [completed, accepted] 之一'] });
    expect(words(l, 'list').sentence).toEqual(['f includes one of [completed, accepted]', 'f 包含 [completed, accepted] 之一']);
  });
});

describe('contains', () => {
  const l = leaf({ fact: 'company.fields', op: 'contains', value: 'ai' });
  it('lints: a list fact, one value', () => {
    expect(leafProblems(l, fields)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'company.credit', op: 'contains', value: 'good' }), credit)).toEqual(['contains reads a list fact']);
  });
  it('passes when the list includes the value', () => {
    expect(judged(l, fields, { fields: ['iot', 'ai'] }).verdict).toBe('eligible');
    expect(judged(l, fields, { fields: ['iot'] }).verdict).toBe('ineligible');
    expect(judged(l, fields, {}).verdict).toBe('undetermined');
  });
  it('proposes the list with the value added', () => expect(judged(l, fields, { fields: ['iot'] }).toQualify?.changes).toMatchObject([{ target: ['iot', 'ai'] }]));
  it('words', () => expect(words(l, 'list')).toEqual({ expected: 'contains ai', en: 'includes ai', zh: '包含 ai', sentence: ['f includes ai', 'f 包含 ai'] }));
});

describe('gt, gte, lt, lte', () => {
  const cases = [
    ['gt', 500, 501, '>', 'is above', '大于'],
    ['gte', 500, 500, '≥', 'is at least', '不少于'],
    ['lt', 500, 499, '<', 'is below', '小于'],
    ['lte', 500, 500, '≤', 'is at most', '不超过'],
  ] as const;
  it.each(cases)('%s: lints, tests, fixes by the nearest passing number, words', (op, limit, passing, symbol, en, zh) => {
    const l = leaf({ fact: 'projects[].investment', op, value: limit });
    expect(leafProblems(l, investment)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'company.credit', op, value: 1 }), credit)).toEqual([`${op} compares a number or money fact with a number`]);
    expect(judged(l, investment, {}, { investment: passing }).verdict).toBe('eligible');
    const far = op.startsWith('g') ? 100 : 900;
    const failing = judged(l, investment, {}, { investment: far });
    expect(failing.verdict).toBe('ineligible');
    expect(failing.toQualify?.changes).toMatchObject([{ kind: 'threshold', actual: far, target: passing, delta: passing - far, money: true }]);
    expect(judged(l, investment, {}, {})).toMatchObject({ verdict: 'undetermined', missing: ['projects[0].investment'] });
    expect(words(l, 'money')).toEqual({ expected: `${symbol} 500`, en: `${symbol} 500`, zh: `${symbol} 500`, sentence: [`f ${en} 500`, `f ${zh} 500`] });
  });
});

describe('between', () => {
  const l = leaf({ fact: 'projects[].investment', op: 'between', value: [100, 200] });
  it('lints: [low, high] numbers, low first', () => {
    expect(leafProblems(l, investment)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'projects[].investment', op: 'between', value: [200, 100] }), investment)).toEqual(['between needs [low, high] with low ≤ high']);
    expect(leafProblems(leaf({ fact: 'projects[].investment', op: 'between', value: 100 }), investment)).toEqual(['between needs [low, high] numbers on a number or money fact']);
  });
  it('includes both limits', () => {
    for (const [v, verdict] of [[99, 'ineligible'], [100, 'eligible'], [200, 'eligible'], [201, 'ineligible']] as const) expect(judged(l, investment, {}, { investment: v }).verdict).toBe(verdict);
  });
  it('moves to the nearest limit', () => expect(judged(l, investment, {}, { investment: 250 }).toQualify?.changes).toMatchObject([{ kind: 'threshold', target: 200, delta: -50 }]));
  it('words', () => expect(words(l, 'money')).toEqual({ expected: '100..200', en: 'from 100 to 200', zh: '100 至 200', sentence: ['f is between 100 and 200', 'f 介于 100 与 200 之间'] }));
});

describe('present', () => {
  const l = leaf({ fact: 'projects[].investment', op: 'present' });
  it('lints: no value', () => expect(leafProblems(leaf({ fact: 'projects[].investment', op: 'present', value: 1 }), investment)).toEqual(['present takes no value']));
  it('decides on a missing fact: false, not unknown', () => {
    expect(judged(l, investment, {}, { investment: 1 }).verdict).toBe('eligible');
    expect(judged(l, investment, {}, {})).toMatchObject({ verdict: 'ineligible', missing: [] });
    expect(judged(leaf({ fact: 'projects[].investment', op: 'present', whenFalse: 'unknown' }), investment, {}, {}).verdict).toBe('undetermined');
  });
  it('asks for the fact', () => expect(judged(l, investment, {}, {}).toQualify?.changes).toMatchObject([{ kind: 'ask', fact: 'projects[0].investment', fill: 1 }]));
  it('words', () => expect(words(l, 'money')).toEqual({ expected: 'present', en: 'to be stated', zh: '须填写', sentence: ['f is given', '已填写 f'] }));
});

describe('within', () => {
  const l = leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'exec' });
  it('lints: a date pair and a period id', () => {
    expect(leafProblems(l, dates)).toEqual([]);
    expect(leafProblems(leaf({ fact: 'projects[].start', op: 'within', value: 'exec' }), dates)).toEqual(['within needs fact: [start, end]']);
    expect(leafProblems(leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 3 }), dates)).toEqual(['within needs value: the id of a declared period']);
    expect(leafProblems(leaf({ fact: 'projects[].start', op: 'eq', value: 'x', overlap: 'fail' }), dates)).toEqual(['overlap applies only to within']);
  });
  it('passes inside, fails outside, leaves a partial overlap or a missing date unknown', () => {
    expect(judged(l, dates, {}, { start: date('2020-03'), end: date('2021-06') }).verdict).toBe('eligible');
    expect(judged(l, dates, {}, { start: date('2022-01'), end: date('2022-06') }).verdict).toBe('ineligible');
    expect(judged(l, dates, {}, { start: date('2019-06'), end: date('2020-06') }).verdict).toBe('undetermined');
    expect(judged(l, dates, {}, { start: date('2020-03') })).toMatchObject({ verdict: 'undetermined', missing: ['projects[0].end'] });
    // A start after the period fails whatever the end.
    expect(judged(l, dates, {}, { start: date('2022-03') }).verdict).toBe('ineligible');
  });
  it('follows overlap: pass and fail', () => {
    const partlyIn = leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'exec', overlap: 'pass' });
    expect(judged(partlyIn, dates, {}, { start: date('2019-06'), end: date('2020-06') }).verdict).toBe('eligible');
    expect(judged(partlyIn, dates, {}, { start: date('2020-06') }).verdict).toBe('eligible');
    const strictly = leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'exec', overlap: 'fail' });
    expect(judged(strictly, dates, {}, { start: date('2019-06'), end: date('2020-06') }).verdict).toBe('ineligible');
  });
  it('shifts a date into the period, asks for a missing one', () => {
    const late = judged(l, dates, {}, { start: date('2020-03'), end: date('2022-02') }).toQualify?.changes;
    expect(late).toMatchObject([{ kind: 'shift', fact: 'projects[0].end', unit: 'months', by: -2 }]);
    expect(late?.[0]).toHaveProperty('target.text', '2021-12');
    expect(judged(l, dates, {}, { start: date('2020-03') }).toQualify?.changes).toMatchObject([{ kind: 'ask', fact: 'projects[0].end' }]);
  });
  it('words', () => {
    expect(words(l, 'date', 'start – end')).toEqual({
      expected: 'within 2020-01..2021-12',
      en: 'within <2020-01>..<2021-12>',
      zh: '在 <2020-01> 至 <2021-12> 内',
      sentence: ['start – end lies within 2020-01 – 2021-12; a partial overlap needs review', 'start – end 在 2020-01 – 2021-12 之内；部分重叠需评审'],
    });
  });
});
