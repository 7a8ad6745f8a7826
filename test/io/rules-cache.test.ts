import { describe, expect, it } from 'vitest';
import { cachedVersions } from '../../src/io/rules-cache.js';
import { BUNDLED_RULES, readRuleTexts } from '../../src/io/rules.js';
import { loadRules } from '../../src/rules/load.js';

// The cache is written by `npm run build`, which `npm test` runs first.
describe('bundled rules cache', async () => {
  const texts = (await readRuleTexts(BUNDLED_RULES))!;

  it('gives exactly what validating the YAML gives', async () => {
    const fromYaml = loadRules(texts);
    expect(fromYaml.diagnostics).toEqual([]);
    expect(await cachedVersions(texts)).toEqual(JSON.parse(JSON.stringify(fromYaml.versions)));
  });

  it('is not used once a file differs from what was cached', async () => {
    const edited = texts.map((t, i) => (i === 0 ? { ...t, text: `${t.text}\n# edited\n` } : t));
    expect(await cachedVersions(edited)).toBeUndefined();
    expect(await cachedVersions(texts.slice(1))).toBeUndefined();
  });
});
