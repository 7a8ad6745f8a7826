import { describe, expect, it } from 'vitest';
import { gateHits, parseGate, type Gate } from '../../src/report/gates.js';
import type { FileResult } from '../../src/contracts/report.js';

const gate = (text: string) => parseGate(text) as Gate;
const file = (valid: boolean, verdicts: string[], maxTotal: number | null) =>
  ({ valid, maxTotal, programmes: [{ measures: verdicts.map((verdict) => ({ verdict })) }] }) as unknown as FileResult;

describe('--fail-on gates', () => {
  it('parses the four kinds, amounts with units, and rejects the rest with a hint', () => {
    expect(gate('below:500万')).toEqual({ kind: 'below', amount: 5_000_000, name: 'below:500万' });
    expect(gate('undetermined')).toEqual({ kind: 'undetermined', name: 'undetermined' });
    expect(parseGate('below:lots')).toMatchObject({ error: expect.stringContaining('below:500万') });
    expect(parseGate('ineligible')).toMatchObject({ error: expect.stringContaining('not a gate') });
  });

  it('hits per file, in the order given', () => {
    const gates = ['invalid', 'undetermined', 'not-eligible', 'below:1000000'].map(gate);
    expect(gateHits(file(true, ['eligible', 'ineligible'], 2_000_000), gates)).toEqual([]);
    expect(gateHits(file(true, ['eligible', 'undetermined'], 900_000), gates)).toEqual(['undetermined', 'below:1000000']);
    expect(gateHits(file(true, ['ineligible'], 0), gates)).toEqual(['not-eligible', 'below:1000000']);
    expect(gateHits(file(false, [], null), gates)).toEqual(['invalid']);
  });
});
