/** `--rules-version programme@version`: a pinned version answers whatever the as-of date; a bad pin is a diagnostic. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/pipeline.js';
import { loadRules } from '../../src/rules/load.js';
import { parsePin } from '../../src/rules/pin.js';
import { selectVersions } from '../../src/rules/select.js';

const dir = 'fixtures/rules-diff/rules/jiading-smart-factory';
const { versions } = loadRules(['2023', '2024'].map((v) => ({ file: `${dir}/${v}.yaml`, text: readFileSync(`${dir}/${v}.yaml`, 'utf8') })));
const chosen = (asOf: string, pins = [] as { programme: string; version: string }[]) =>
  selectVersions(versions, asOf, [], pins).selected.map((v) => v.rule.programme.version);

describe('version pins', () => {
  it('parses programme@version and refuses anything else', () => {
    expect(parsePin('putuo-smart-software@2023')).toEqual({ programme: 'putuo-smart-software', version: '2023' });
    expect(parsePin('putuo-smart-software')).toBeUndefined();
    expect(parsePin('@2023')).toBeUndefined();
    expect(parsePin('Putuo@2023')).toBeUndefined();
  });

  it('without a pin, the as-of date chooses; with one, the pin does, even outside its dates', () => {
    expect(chosen('2023-06-01')).toEqual(['2023']);
    expect(chosen('2024-06-01')).toEqual(['2024']);
    expect(chosen('2022-06-01')).toEqual([]);
    expect(chosen('2024-06-01', [{ programme: 'jiading-smart-factory', version: '2023' }])).toEqual(['2023']);
    expect(chosen('2022-06-01', [{ programme: 'jiading-smart-factory', version: '2024' }])).toEqual(['2024']);
  });

  it('prepare refuses a pin naming an unknown programme or version', () => {
    const unknownVersion = prepare(versions, '2024-06-01', [], [{ programme: 'jiading-smart-factory', version: '2099' }]);
    expect('diagnostics' in unknownVersion && unknownVersion.diagnostics.map((d) => [d.code, d.args.known])).toEqual([
      ['rules/unknown-version', '2023, 2024'],
    ]);
    const unknownProgramme = prepare(versions, '2024-06-01', [], [{ programme: 'nowhere', version: '1' }]);
    expect('diagnostics' in unknownProgramme && unknownProgramme.diagnostics.map((d) => d.code)).toEqual(['rules/unknown-programme']);
  });
});
