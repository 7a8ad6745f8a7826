/** Golden files as text: cases with their lines, and a broken file as a located diagnostic rather than an exception. */
import { describe, expect, it } from 'vitest';
import { parseGoldenFiles, unknownProgrammes } from '../../src/lifecycle/golden-files.js';

const good = `cases:
  - name: first
    asOf: 2024-06-01
    expect: {}

  - name: second
    asOf: 2024-06-01
    profile: { company: { name: A } }
    expect: { maxTotal: 0 }
`;

describe('golden files', () => {
  it('gives each case the line it starts on', () => {
    const { cases, diagnostics } = parseGoldenFiles([{ file: 'x/tests/a.yaml', programme: 'x', text: good }]);
    expect(diagnostics).toEqual([]);
    expect(cases.map((c) => [c.case.name, c.line, c.index])).toEqual([
      ['first', 2, 0],
      ['second', 6, 1],
    ]);
  });

  it('reports a key the format does not know, at its line', () => {
    const text = good.replace('    expect: { maxTotal: 0 }', '    expect: { maxTotl: 0 }');
    const { cases, diagnostics } = parseGoldenFiles([{ file: 'x/tests/a.yaml', programme: 'x', text }]);
    expect(cases).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line, d.path])).toEqual([['golden/schema', 9, 'cases[1].expect.maxTotl']]);
  });

  it('reports bad YAML as golden/syntax', () => {
    const { diagnostics } = parseGoldenFiles([{ file: 'x/tests/a.yaml', programme: 'x', text: 'cases:\n  - name: [unclosed\n' }]);
    expect(diagnostics[0]!.code).toBe('golden/syntax');
  });

  it('flags a tests folder whose programme the rules do not define', () => {
    const texts = [{ file: 'y/tests/a.yaml', programme: 'y', text: good }];
    expect(unknownProgrammes(texts, ['x']).map((d) => [d.code, d.args.programme])).toEqual([['golden/unknown-programme', 'y']]);
    expect(unknownProgrammes(texts, ['y'])).toEqual([]);
  });
});
