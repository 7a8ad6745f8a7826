import { describe, expect, it } from 'vitest';
import { compilePaths, rankOfOutcome, resultOf, type Context } from '../../src/engine/conditions.js';
import { Trace } from '../../src/engine/trace.js';
import type { Condition } from '../../src/rules/schema.js';
import { context, date, leaf, project } from '../builders.js';

const periods = new Map([
  ['y2020', { first: '2020-01-01', last: '2020-12-31' }],
  ['exec', { first: '2020-01-01', last: '2021-12-31' }],
]);

function run(condition: Condition, ctx: Context) {
  const recorder = new Trace(ctx);
  const outcome = compilePaths(condition, 'measure', periods).general(ctx, recorder);
  return { result: resultOf(outcome), rank: rankOfOutcome(outcome), trace: recorder.leaves, tree: recorder.root() };
}

const putuo = leaf({ fact: 'company.business_district', op: 'eq', value: 'putuo' });
const credit = leaf({ fact: 'company.credit', op: 'eq', value: 'good', evidence: 'reported' });

describe('three-valued leaves', () => {
  it('passes, fails, and is unknown on a missing fact, naming the path', () => {
    expect(run(putuo, context({ business_district: 'putuo' })).result).toBe('pass');
    expect(run(putuo, context({ business_district: 'jingan' })).result).toBe('fail');
    const missing = run(putuo, context({}));
    expect(missing.result).toBe('unknown');
    expect(missing.trace[0]).toMatchObject({ result: 'unknown', actual: null, missing: ['company.business_district'] });
  });

  it('never reads false for an absent boolean', () => {
    const legal = leaf({ fact: 'company.independent_legal_person', op: 'eq', value: true });
    expect(run(legal, context({ independent_legal_person: false })).result).toBe('fail');
    expect(run(legal, context({})).result).toBe('unknown');
  });

  it('compares numbers strictly for gt and inclusively for gte and between', () => {
    const above = leaf({ fact: 'projects[].investment', op: 'gt', value: 500000 });
    expect(run(above, context({}, project({ investment: 500000 }))).result).toBe('fail');
    expect(run(above, context({}, project({ investment: 500000.01 }))).result).toBe('pass');
    const gte = leaf({ fact: 'projects[].investment', op: 'gte', value: 500000 });
    expect(run(gte, context({}, project({ investment: 500000 }))).result).toBe('pass');
    const between = leaf({ fact: 'projects[].investment', op: 'between', value: [1, 10] });
    expect(run(between, context({}, project({ investment: 10 }))).result).toBe('pass');
    expect(run(between, context({}, project({ investment: 11 }))).result).toBe('fail');
  });

  it('reads `in` on a list fact as "any element listed", and contains as membership', () => {
    const fields = leaf({ fact: 'company.fields', op: 'in', value: ['big-data', 'cloud-computing'] });
    expect(run(fields, context({ fields: ['retail', 'big-data'] })).result).toBe('pass');
    expect(run(fields, context({ fields: ['retail'] })).result).toBe('fail');
    expect(run(fields, context({ fields: [] })).result).toBe('fail');
    const contains = leaf({ fact: 'company.statistical_reports', op: 'contains', value: 2020 });
    expect(run(contains, context({ statistical_reports: [2019, 2020] })).result).toBe('pass');
    expect(run(contains, context({ statistical_reports: [2019] })).result).toBe('fail');
  });

  it('turns a miss into unknown with whenFalse: unknown (an open list ending in 等)', () => {
    const open = leaf({ fact: 'company.fields', op: 'in', value: ['big-data'], whenFalse: 'unknown' });
    expect(run(open, context({ fields: ['blockchain'] })).result).toBe('unknown');
    expect(run(open, context({ fields: ['big-data'] })).result).toBe('pass');
  });

  it('never lets a leaf of unknown evidence decide', () => {
    const unpublished = leaf({ evidence: 'unknown', label: { zh: '未公布', en: 'unpublished' } });
    const r = run({ all: [putuo, unpublished] }, context({ business_district: 'putuo' }));
    expect(r.result).toBe('unknown');
    expect(r.trace.map((t) => t.result)).toEqual(['pass', 'unknown']);
  });

  it('checks presence without making a missing fact unknown', () => {
    const present = leaf({ fact: 'company.credit', op: 'present' });
    expect(run(present, context({})).result).toBe('fail');
    expect(run(present, context({ credit: 'poor' })).result).toBe('pass');
  });
});

describe('all, any and not', () => {
  const jingan = context({ business_district: 'jingan', credit: 'good' });
  const unknownCredit = context({ business_district: 'putuo' });

  it('all: false beats unknown, unknown beats true', () => {
    expect(run({ all: [putuo, credit] }, context({ credit: 'good' })).result).toBe('unknown');
    expect(run({ all: [putuo, credit] }, jingan).result).toBe('fail');
    expect(run({ all: [putuo, credit] }, context({ business_district: 'putuo', credit: 'good' })).result).toBe('pass');
  });

  it('any: true beats unknown, unknown beats false', () => {
    expect(run({ any: [putuo, credit] }, unknownCredit).result).toBe('pass');
    expect(run({ any: [putuo, credit] }, context({ business_district: 'jingan' })).result).toBe('unknown');
    expect(run({ any: [putuo, credit] }, context({ business_district: 'jingan', credit: 'poor' })).result).toBe('fail');
  });

  it('not swaps pass and fail and keeps unknown', () => {
    expect(run({ not: putuo }, jingan).result).toBe('pass');
    expect(run({ not: putuo }, context({})).result).toBe('unknown');
  });

  it('rests a pass on its weakest evidence and a fail on its strongest', () => {
    const inferred = leaf({ fact: 'company.tech_enterprise', op: 'eq', value: true, evidence: 'inferred' });
    const all = { all: [putuo, credit, inferred] };
    expect(run(all, context({ business_district: 'putuo', credit: 'good', tech_enterprise: true })).rank).toBe(2);
    expect(run(all, context({ business_district: 'jingan', credit: 'poor', tech_enterprise: false })).rank).toBe(0);
  });

  it('traces every leaf, in order, with a fresh array each run', () => {
    const first = run({ all: [putuo, credit] }, jingan);
    const second = run({ all: [putuo, credit] }, jingan);
    expect(first.trace.map((t) => t.leaf)).toEqual([putuo, credit]);
    expect(first.trace).not.toBe(second.trace);
  });
});

describe('within a period', () => {
  const inExec = leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'exec' });
  const at = (start?: string, end?: string) =>
    run(inExec, context({}, project({ ...(start ? { start: date(start) } : {}), ...(end ? { end: date(end) } : {}) })));

  it('passes inside, reading a month as the whole month', () => {
    expect(at('2020-01', '2021-12').result).toBe('pass');
    expect(at('2020-03-15', '2021-12-31').result).toBe('pass');
  });

  it('fails with no overlap, is unknown on a partial overlap unless the leaf says fail', () => {
    expect(at('2022-01', '2022-06').result).toBe('fail');
    expect(at('2019-06', '2020-06').result).toBe('unknown');
    const strict = leaf({ ...inExec, overlap: 'fail' });
    expect(run(strict, context({}, project({ start: date('2019-06'), end: date('2020-06') }))).result).toBe('fail');
  });

  it('is unknown with a missing end, but fails when the known start is already past the period', () => {
    const open = at('2020-06');
    expect(open.result).toBe('unknown');
    expect(open.trace[0]!.missing).toEqual(['projects[0].end']);
    expect(at('2022-02').result).toBe('fail');
  });

  it('with overlap: pass, reads "at least partly within": a partial overlap or one date inside passes, none fails', () => {
    const touching = leaf({ ...inExec, overlap: 'pass' });
    const on = (start?: string, end?: string) =>
      run(touching, context({}, project({ ...(start ? { start: date(start) } : {}), ...(end ? { end: date(end) } : {}) }))).result;
    expect(on('2019-06', '2020-06')).toBe('pass');
    expect(on('2018-01', '2023-12')).toBe('pass');
    expect(on('2021-12', '2023-01')).toBe('pass');
    expect(on('2015-01', '2015-12')).toBe('fail');
    expect(on('2028-01', '2028-12')).toBe('fail');
    expect(on('2020-06')).toBe('pass');
    expect(on(undefined, '2019-12')).toBe('fail');
    expect(on('2019-06')).toBe('unknown');
  });

  it('names "projects" as missing when a per-project measure has no project', () => {
    const r = run(inExec, { company: {}, project: null, noProject: true });
    expect(r.result).toBe('unknown');
    expect(r.trace[0]!.missing).toEqual(['projects']);
  });
});

describe('not, in the one-line reason', () => {
  it('marks leaves under not as negated, so a pass there is what fails', () => {
    const r = run({ not: putuo }, context({ business_district: 'putuo' }));
    expect(r.result).toBe('fail');
    expect(r.trace[0]).toMatchObject({ result: 'pass', negated: true });
    expect(run({ not: { not: putuo } }, context({})).trace[0]!.negated).toBe(false);
  });
});
