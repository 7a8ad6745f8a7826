/**
 * Compact NDJSON says each programme's stacking notes once, in its header (`programmeNotes`), and
 * leaves them out of every result line. The header's notes are made in report/ from the rule data; the
 * engine puts them on each result. These properties hold the two together: a result's stacking notes
 * are exactly the header's, in order, in every language, and a compact line loses nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, prepare } from '../../src/pipeline.js';
import { compactResult, fileResult, programmeNotes } from '../../src/report/model.js';
import { bundledVersions } from '../helpers.js';
import { profileText, vocabularyProfile } from '../properties/arbitraries.js';
import type { Lang } from '../../src/text/lang.js';

const versions = bundledVersions();
const AS_OF = ['2021-03-15', '2022-07-05', '2023-04-10', '2025-01-01'];
const LANGS: Lang[] = ['en', 'zh', 'both'];

/** Every stacking note of the full result is the header's, in order; the compact line has every other caveat. */
function expectNotesSaidOnce(asOf: string, file: string, format: 'yaml' | 'json', text: string, lang: Lang): void {
  const ready = prepare(versions, asOf);
  if ('diagnostics' in ready) throw new Error('prepare');
  const outcome = checkText(ready, file, format, text, { detail: true });
  const notes = programmeNotes(ready.selected, lang);
  const full = fileResult(outcome, lang);
  const compact = compactResult(outcome, lang, [], true);
  expect(compact.programmes.map((p) => p.id)).toEqual(full.programmes.map((p) => p.id));
  full.programmes.forEach((p, i) => {
    const said = notes.find((n) => n.programme === p.id && n.version === p.version)?.caveats ?? [];
    expect(p.caveats.filter((c) => c.code === 'stacking-note')).toEqual(said);
    expect(compact.programmes[i]!.caveats).toEqual(p.caveats.filter((c) => c.code !== 'stacking-note'));
  });
}

describe('stacking notes said once in the NDJSON header', () => {
  it('are what every result of the example profiles carries, on every date and in every language', () => {
    const files = readdirSync('fixtures/profiles').filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    let seen = 0;
    for (const f of files)
      for (const asOf of AS_OF)
        for (const lang of LANGS) {
          const text = readFileSync(join('fixtures/profiles', f), 'utf8');
          expectNotesSaidOnce(asOf, f, f.endsWith('.json') ? 'json' : 'yaml', text, lang);
          seen += 1;
        }
    expect(seen).toBe(files.length * AS_OF.length * LANGS.length);
  });

  it('are what every result of generated profiles carries', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AS_OF), vocabularyProfile, fc.constantFrom(...LANGS), (asOf, p, lang) => {
        expectNotesSaidOnce(asOf, 'gen.json', 'json', profileText(p, 'json'), lang);
      }),
    );
  });

  it('are there to say: the bundled rules have stacking notes', () => {
    const ready = prepare(versions, '2022-07-05');
    if ('diagnostics' in ready) throw new Error('prepare');
    expect(programmeNotes(ready.selected, 'en').flatMap((n) => n.caveats).length).toBeGreaterThan(0);
  });
});
