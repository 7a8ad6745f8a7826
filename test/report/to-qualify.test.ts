import { describe, expect, it } from 'vitest';
import type { Change, ToQualify } from '../../src/engine/changes.js';
import { dateOf } from '../../src/operators/date-shift.js';
import type { Leaf } from '../../src/rules/schema.js';
import { toQualifyReport } from '../../src/report/to-qualify.js';
import { bundledVersions } from '../helpers.js';
import { leaf } from '../builders.js';

const rule = bundledVersions().find((v) => v.rule.programme.id === 'putuo-digital-transformation')!.rule;
const investment = (op: Leaf['op'], value: number | number[]) => leaf({ fact: 'projects[].investment', op, value });

function threshold(op: Leaf['op'], value: number | number[], actual: number, target: number): Change {
  return { kind: 'threshold', fact: 'projects[0].investment', ruleFact: 'projects[].investment', leaf: investment(op, value), fill: target, actual, target, delta: target - actual, money: true };
}

const render = (changes: Change[], lang: 'en' | 'zh', t: Partial<ToQualify> = {}) =>
  toQualifyReport({ status: 'small', changes, blockers: [], unlocks: 150_000, upTo: 2_000_000, dependsOn: null, ...t }, rule, lang);

describe('what it would take, in words', () => {
  it('gives the exact delta, upward for gt and gte, downward for lt and lte', () => {
    const messages = [
      threshold('gt', 500_000, 400_000, 500_001),
      threshold('gte', 500_000, 400_000, 500_000),
      threshold('lt', 1_000_000, 1_200_000, 999_999),
      threshold('lte', 1_000_000, 1_200_000, 1_000_000),
      threshold('between', [100_000, 1_000_000], 50_000, 100_000),
    ].map((c) => render([c], 'en').changes[0]!.message);
    expect(messages).toEqual([
      'Project investment 400,000 is not above 500,000: +100,001 (to 500,001)',
      'Project investment 400,000 is below 500,000: +100,000 (to 500,000)',
      'Project investment 1,200,000 is not below 1,000,000: −200,001 (to 999,999)',
      'Project investment 1,200,000 is above 1,000,000: −200,000 (to 1,000,000)',
      'Project investment 50,000 is not from 100,000 to 1,000,000: +50,000 (to 100,000)',
    ]);
    expect(render([threshold('lt', 1_000_000, 1_200_000, 999_999)], 'zh').changes[0]!.message).toBe('项目投资额 120万元 未低于 100万元：须减少 200,001元（至 999,999元）');
  });

  it('says a date shift in days or months, earlier or later, with the period', () => {
    const shift: Change = {
      kind: 'shift', fact: 'projects[0].end', ruleFact: 'projects[].end', leaf: leaf({ fact: ['projects[].start', 'projects[].end'], op: 'within', value: 'project-period' }),
      fill: dateOf('2022-09-30'), actual: dateOf('2022-10-15'), target: dateOf('2022-09-30'), unit: 'days', by: -15,
    };
    expect(render([shift], 'en').changes[0]).toMatchObject({ kind: 'shift', actual: '2022-10-15', target: '2022-09-30', unit: 'days', by: -15, message: 'Project end 2022-10-15 → 2022-09-30: 15 days earlier, into Project period, 2021-01-01 to 2022-09-30' });
    expect(render([shift], 'zh').changes[0]!.message).toBe('项目结束时间 2022年10月15日 → 2022年9月30日：提前 15 天，以落入项目实施期 2021年1月1日至2022年9月30日');
  });

  it('names a structural change as what it is, and sums up the outcome', () => {
    const structural: Change = { kind: 'structural', fact: 'company.business_district', ruleFact: 'company.business_district', leaf: leaf({ fact: 'company.business_district', op: 'eq', value: 'putuo' }), fill: 'putuo', actual: 'jingan', target: 'putuo' };
    const en = render([structural], 'en', { status: 'structural', unlocks: 900_000, upTo: 900_000 });
    expect(en.changes[0]!.message).toBe("structural: register the business in Putuo (now: Jing'an)");
    expect(en.summary).toBe('structural: register the business in Putuo → unlocks 900,000');
    const zh = render([structural], 'zh', { status: 'structural', unlocks: 900_000, upTo: 900_000 });
    expect(zh.summary).toBe('结构性：在普陀区办理工商注册 → 可获最高 90万元');
    expect(render([structural], 'en', { unlocks: null, upTo: 2_000_000 }).summary).toMatch(/→ up to 2,000,000, depending on the answer$/);
    expect(render([structural], 'en', { unlocks: null, upTo: null }).summary).toMatch(/→ amount not published$/);
  });

  it('never says "+1 unlocks 1": where a change moves the amount\'s base, it names what the amount depends on', () => {
    const moved = render([threshold('gt', 0, 0, 1)], 'en', { unlocks: null, upTo: 2_000_000, dependsOn: 'projects[0].municipal_funding' });
    expect(moved.summary).toBe('projects[0].investment +1 → up to 2,000,000, depending on projects[0].municipal_funding');
    expect(moved.summary).not.toMatch(/unlocks 1\b/);
    const zh = render([threshold('gt', 0, 0, 1)], 'zh', { unlocks: null, upTo: 2_000_000, dependsOn: 'projects[0].municipal_funding' });
    expect(zh.summary).toMatch(/金额取决于 “市级数字化转型资金支持额”，最多 200万元$/);
  });

  it('says when nothing can unlock a measure', () => {
    const blocker = leaf({ evidence: 'unknown', label: { zh: '类别期间', en: 'The category period' }, cite: 'S1' });
    const r = toQualifyReport({ status: 'blocked', changes: [], blockers: [blocker], unlocks: null, upTo: null, dependsOn: null }, rule, 'en');
    expect(r.summary).toBe('nothing in the profile can unlock it: not published (S1)');
    expect(r.blockers[0]!.message).toBe('not published: needs the full guide — The category period (S1)');
  });
});
