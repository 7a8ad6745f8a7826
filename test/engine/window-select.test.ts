import { describe, expect, it } from 'vitest';
import { windowState } from '../../src/engine/window.js';
import { selectVersions } from '../../src/rules/select.js';
import type { RuleVersion } from '../../src/rules/load.js';

const w = (opens: string | null, closes: string | null) => ({
  id: 'w',
  label: { zh: '窗口', en: 'window' },
  opens,
  closes,
  cite: 'S1',
  evidence: 'stated' as const,
});

describe('windowState', () => {
  const march = [w('2021-03-01', '2021-03-31')];
  it('is upcoming, open (both ends inclusive) and closed around the dates', () => {
    expect(windowState(march, '2021-02-28').state).toBe('upcoming');
    expect(windowState(march, '2021-03-01').state).toBe('open');
    expect(windowState(march, '2021-03-31').state).toBe('open');
    expect(windowState(march, '2021-04-01')).toEqual({ state: 'closed', opens: '2021-03-01', closes: '2021-03-31' });
  });
  it('is unknown without published dates, and open in any of several windows', () => {
    expect(windowState([], '2021-03-01').state).toBe('unknown');
    expect(windowState([w(null, null)], '2021-03-01').state).toBe('unknown');
    const two = [w('2023-04-03', '2023-05-12'), w('2023-05-08', '2023-05-12')];
    expect(windowState(two, '2023-05-10')).toEqual({ state: 'open', opens: '2023-04-03', closes: '2023-05-12' });
  });
});

function version(id: string, v: string, from: string | null, to: string | null = null): RuleVersion {
  return { file: `${id}/${v}.yaml`, sha256: v, rule: { programme: { id, version: v }, effective: { from, to } } } as unknown as RuleVersion;
}

describe('selectVersions', () => {
  const versions = [version('a', '2020', '2020-11-14'), version('a', '2021', '2021-11-16'), version('b', '2022', null)];
  it('picks the latest version in force on the as-of date', () => {
    expect(selectVersions(versions, '2021-03-15').selected.map((v) => v.sha256)).toEqual(['2020', '2022']);
    expect(selectVersions(versions, '2022-01-01').selected.map((v) => v.sha256)).toEqual(['2021', '2022']);
  });
  it('skips a programme with no version in force yet, saying from when', () => {
    const { selected, skipped } = selectVersions(versions, '2019-01-01');
    expect(selected.map((v) => v.sha256)).toEqual(['2022']);
    expect(skipped).toEqual([{ programme: 'a', version: '2020', from: '2020-11-14', to: null }]);
  });
  it('keeps only the programmes asked for', () => {
    expect(selectVersions(versions, '2022-01-01', ['b']).selected.map((v) => v.sha256)).toEqual(['2022']);
  });
});
