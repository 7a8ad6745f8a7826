/** Coverage counts a leaf driven both ways, and counts `whenFalse: unknown` misses as false but a missing fact as neither. */
import { describe, expect, it } from 'vitest';
import type { LeafTrace, ProgrammeResult } from '../../src/engine/types.js';
import { coverageOf, reaches } from '../../src/lifecycle/coverage.js';
import type { RuleVersion } from '../../src/rules/load.js';
import type { Leaf, RuleFile } from '../../src/rules/schema.js';
import { leaf } from '../builders.js';

const gate = leaf({ fact: 'company.credit', op: 'eq', value: 'good' });
const open = leaf({ fact: 'company.fields', op: 'in', value: ['big-data'], whenFalse: 'unknown' });
const unpublished = leaf({ evidence: 'unknown' });

const version = {
  file: 'tiny/1.yaml',
  sha256: '0'.repeat(64),
  rule: {
    programme: { id: 'tiny', version: '1' },
    gate: { all: [gate, open, unpublished] },
    measures: [{ id: 'grant', when: undefined }],
  } as unknown as RuleFile,
} as RuleVersion;

const trace = (l: Leaf, result: LeafTrace['result'], actual: LeafTrace['actual'] = 'x', missing: string[] = []): LeafTrace => ({
  leaf: l,
  scope: 'gate',
  result,
  actual,
  missing,
  negated: false,
});
const run = (verdict: 'eligible' | 'ineligible' | 'undetermined', traces: LeafTrace[]) =>
  ({ version, measures: [{ measure: version.rule.measures[0], verdict, trace: traces }] }) as unknown as ProgrammeResult;

describe('coverage', () => {
  it('counts nothing before any case and leaves unknown-evidence leaves out', () => {
    const c = coverageOf([version], []);
    expect(c.leaves).toEqual({ total: 2, both: 0, percent: 0 });
    expect(c.undecidable).toBe(1);
  });

  it('needs a leaf true in one case and false in another', () => {
    const c = coverageOf(
      [version],
      [run('eligible', [trace(gate, 'pass'), trace(open, 'pass')]), run('ineligible', [trace(gate, 'fail'), trace(open, 'pass')])],
    );
    expect(c.leafDetail.map((l) => [l.path, l.wasTrue, l.wasFalse])).toEqual([
      ['gate.all[0]', true, true],
      ['gate.all[1]', true, false],
    ]);
    expect(c.leaves.percent).toBe(50);
    expect(c.measures).toEqual({ total: 1, both: 1, percent: 100 });
  });

  it('reads an open-list miss (unknown with a value) as false, and a missing fact as neither', () => {
    const missing = coverageOf([version], [run('undetermined', [trace(open, 'unknown', null, ['company.fields'])])]);
    expect(missing.leafDetail[1]!.wasFalse).toBe(false);
    const miss = coverageOf([version], [run('undetermined', [trace(open, 'unknown', ['e-commerce'])])]);
    expect(miss.leafDetail[1]!.wasFalse).toBe(true);
  });

  it('compares the minimum exactly, not on the rounded percentage', () => {
    expect(reaches({ total: 3, both: 2, percent: 66.6 }, 66.7)).toBe(false);
    expect(reaches({ total: 3, both: 2, percent: 66.6 }, 66.6)).toBe(true);
    expect(reaches({ total: 10, both: 9, percent: 90 }, 90)).toBe(true);
  });
});
