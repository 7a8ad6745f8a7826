/**
 * The compact result's own JSON writer against JSON.stringify, byte for byte: on every fixture
 * profile, on generated profiles of the bundled rules (the bench's), on generated rules and profiles,
 * in every language, with and without gates and stacking notes, and on strings with every character
 * JSON escapes (controls, quotes, backslashes, lone surrogates) and those it does not (U+2028).
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../properties/settings.js';
import { compactResultJson, jsonString } from '../../../src/formats/compact-json.js';
import { checkText, prepare, unreadable, type Prepared } from '../../../src/pipeline.js';
import { compactResult, diagnosticReport } from '../../../src/report/model.js';
import { parseGate, type Gate } from '../../../src/report/gates.js';
import { loadRules } from '../../../src/rules/load.js';
import { diagnostic } from '../../../src/diagnostics/diagnostic.js';
import type { CompactFileResult } from '../../../src/contracts/report.js';
import { LANGS } from '../../../src/text/lang.js';
import { bundledVersions } from '../../helpers.js';
import { profile, profileText } from '../../properties/arbitraries.js';
import { format, prepared } from '../../properties/prepared.js';
import { ruleFile } from '../../properties/arbitraries.js';
import { VERDICTS, WINDOW_STATES } from '../../../src/engine/types.js';
import { ROUNDS } from '../../../src/engine/rounds.js';
import { EVIDENCE_LEVELS } from '../../../src/rules/enums.js';

const gates = ['eligible', 'undetermined', 'invalid', 'below:100000'].map((g) => parseGate(g) as Gate);

function bundled(asOf: string): Prepared {
  const ready = prepare(bundledVersions(), asOf);
  if ('diagnostics' in ready) throw new Error('prepare');
  return ready;
}

/** Every compact result a profile text can give: each language, with and without gates and notes. */
function results(ready: Prepared, file: string, text: string): CompactFileResult[] {
  const outcome = checkText(ready, file, file.endsWith('.json') ? 'json' : 'yaml', text);
  return LANGS.flatMap((lang) => [compactResult(outcome, lang), compactResult(outcome, lang, gates, true)]);
}

const same = (result: CompactFileResult) => expect(compactResultJson(result)).toBe(JSON.stringify(result));

const profileFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? profileFiles(join(dir, entry.name))
      : /\.(ya?ml|json)$/.test(entry.name) && !dir.includes('rules')
        ? [join(dir, entry.name)]
        : [],
  );

describe('compactResultJson', () => {
  it('writes every fixture profile’s result as JSON.stringify does, on dates in and out of the windows', () => {
    const files = profileFiles('fixtures');
    expect(files.length).toBeGreaterThan(40);
    for (const asOf of ['2022-07-05', '2021-03-01', '2024-01-10']) {
      const ready = bundled(asOf);
      for (const file of files) for (const result of results(ready, file, readFileSync(file, 'utf8'))) same(result);
    }
  });

  it('writes the bench’s generated profiles’ results (valid, undetermined, ineligible, invalid) as JSON.stringify does', async () => {
    // The bench's generator runs on the built library.
    const url = new URL('../../../bench/profiles.js', import.meta.url).href;
    const { generateProfile } = (await import(url)) as { generateProfile: (seed: number, i: number) => unknown };
    const ready = bundled('2022-07-05');
    let invalid = 0;
    for (let i = 0; i < 400; i++) {
      const text = JSON.stringify(generateProfile(7, i));
      for (const result of results(ready, `p.ndjson:${i + 1}`, text)) {
        same(result);
        if (!result.valid) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it('writes results of generated rules and profiles as JSON.stringify does', () => {
    fc.assert(
      fc.property(ruleFile(), fc.array(fc.tuple(profile, format), { minLength: 1, maxLength: 3 }), (rule, profiles) => {
        const ready = prepared(rule);
        profiles.forEach(([p, f], i) => {
          for (const result of results(ready, `p${i}.${f}`, profileText(p, f))) same(result);
        });
      }),
    );
  });

  it('writes an unreadable input’s result, its diagnostic placed at a cell or not, as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), (name, at) => {
        const outcome = unreadable(name, name);
        same(compactResult(outcome, 'both', gates));
        const d = { ...diagnostic('io/read', name, name, { line: 3, column: 4 }, { reason: name }), ...(at ? { at } : {}) };
        const read = { company: { name, uscc: null }, diagnostics: [d] };
        const result = compactResult({ file: name, read }, 'en');
        expect(result.diagnostics[0]).toEqual(diagnosticReport(d, 'en'));
        same(result);
      }),
    );
  });

  it('writes enumeration words between quotes unlooked-at: every one is plain', () => {
    for (const word of [...VERDICTS, ...EVIDENCE_LEVELS, ...WINDOW_STATES, ...ROUNDS]) expect(word).toMatch(/^[a-z-]+$/);
  });

  it('writes ids, versions and fact paths unlooked-at: the rule schema refuses any with a character JSON escapes', () => {
    const file = 'fixtures/rules-invalid/valid-minimal/tiny/1.yaml';
    const text = readFileSync(file, 'utf8');
    expect(loadRules([{ file, text }]).diagnostics).toEqual([]);
    const places = [
      ['  id: tiny', (c: string) => `  id: "tiny${c}"`],
      ['  version: "1"', (c: string) => `  version: "1${c}"`],
      ['  - id: grant', (c: string) => `  - id: "grant${c}"`],
      ['  company.credit:', (c: string) => `  "company.credit${c}":`],
      ['  fact: company.credit', (c: string) => `  fact: "company.credit${c}"`],
    ] as const;
    for (const [line, changed] of places)
      for (const c of ['\\"', '\\\\', '\\u0001', '\\ud800', '\\u2028', ' ', '上']) {
        expect(text).toContain(line);
        const broken = text.replace(line, changed(c));
        expect(
          loadRules([{ file, text: broken }]).diagnostics.map((d) => d.code),
          broken,
        ).toContain('rules/schema');
      }
  });

  it('escapes a string as JSON.stringify does: controls, quotes, backslashes and lone surrogates, not U+2028 or pairs', () => {
    for (const text of ['', 'plain', '上海', '"', '\\', '\n', '\u0000', '\u001f', '\u2028\u2029', '\ud83d\ude00', '\ud83d', 'a\ude00b'])
      expect(jsonString(text)).toBe(JSON.stringify(text));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
    );
    expect(jsonString(null)).toBe('null');
  });
});
