import { describe, expect, it } from 'vitest';
import { newestClosed, roundsOf } from '../../src/engine/rounds.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { rounds } from '../builders.js';

const old = {
  id: 'old',
  version: '2020',
  from: '2020-01-01',
  windows: [['2020-03-01', '2020-03-31']] as [string, string][],
  measures: { grant: 1_000_000 },
};
const next = {
  id: 'next',
  version: '2023',
  from: '2023-04-03',
  windows: [['2023-04-03', '2023-05-12']] as [string, string][],
  supersedes: 'old',
  measures: { rd: null, item: 500_000 },
};
const versions = rounds(old, next);
const good = 'company: { name: A, credit: good }\n';
const at = (asOf: string, pins: { programme: string; version: string }[] = []) => prepare(versions, asOf, [], pins) as Prepared;
const run = (asOf: string, pins: { programme: string; version: string }[] = []) =>
  checkText(at(asOf, pins), 'a.yaml', 'yaml', good).evaluation!;
const round = (asOf: string, id: string) => run(asOf).programmes.find((p) => p.version.rule.programme.id === id);

describe('rounds in time', () => {
  it('never offers a round before its effective.from', () => {
    const prepared = at('2021-11-16');
    expect(prepared.selected.map((v) => v.rule.programme.id)).toEqual(['old']);
    expect(prepared.skipped).toEqual([
      { programme: 'next', title: { zh: '小规则', en: 'Tiny rules' }, version: '2023', from: '2023-04-03', to: null },
    ]);
  });

  it('counts a round whose window is upcoming or open', () => {
    expect(round('2020-02-01', 'old')).toMatchObject({ round: 'current', maxTotal: 1_000_000 });
    expect(run('2020-03-15').maxTotal).toBe(1_000_000);
  });

  it('keeps a closed round as history: shown, measures not counted, no total', () => {
    const result = run('2020-04-01');
    const p = result.programmes[0]!;
    expect(p.round).toBe('history');
    expect(p.measures[0]).toMatchObject({ verdict: 'eligible', maxAmount: 1_000_000, counted: false });
    expect(p.maxTotal).toBe(0);
    expect(result.maxTotal).toBe(0);
  });

  it('makes a superseded round history from the day its successor is known, even with its window open', () => {
    const open = rounds({ ...old, windows: [['2020-03-01', '2024-12-31']] }, next);
    const before = checkText(prepare(open, '2023-04-02') as Prepared, 'a.yaml', 'yaml', good).evaluation!;
    expect(before.programmes.map((p) => p.round)).toEqual(['current']);
    const after = checkText(prepare(open, '2023-04-03') as Prepared, 'a.yaml', 'yaml', good).evaluation!;
    expect(after.programmes.map((p) => [p.version.rule.programme.id, p.round, p.supersededBy])).toEqual([
      ['next', 'current', null],
      ['old', 'history', 'next@2023'],
    ]);
    expect(after.maxTotal).toBe(500_000);
  });

  it('brings a pinned past round back as if open: it counts', () => {
    const result = run('2026-12-01', [{ programme: 'old', version: '2020' }]);
    const p = result.programmes.find((x) => x.version.rule.programme.id === 'old')!;
    expect(p.round).toBe('pinned');
    expect(p.measures[0]!.counted).toBe(true);
    expect(result.maxTotal).toBe(1_000_000);
  });

  it('names the newest round when none is open or upcoming', () => {
    const all = roundsOf(at('2026-12-01').selected, '2026-12-01');
    expect(all.map((r) => r.round)).toEqual(['history', 'history']);
    expect(newestClosed(all)).toMatchObject({ programme: 'next', version: '2023', window: { closes: '2023-05-12' } });
    expect(newestClosed(roundsOf(at('2023-05-01').selected, '2023-05-01'))).toBeUndefined();
    expect(newestClosed(roundsOf(at('2026-12-01').selected, '2026-12-01', ['old']))).toBeUndefined();
  });

  it('treats a round with an unpublished window as current', () => {
    const undated = rounds({ id: 'u', from: '2020-01-01', windows: [[null, null]] });
    expect(roundsOf(undated, '2026-12-01')[0]!.round).toBe('current');
  });
});
