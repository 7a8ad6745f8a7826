/**
 * A rate reads the same wherever it is shown: `7%`, never the binary-float `7.000000000000001%`
 * that `0.07 * 100` gives. One rule version with a rate written as a number (`0.07`), run through
 * explain, check and rules show in memory.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { runExplain, type ExplainOptions } from '../../src/commands/explain.js';
import { runRulesShow } from '../../src/commands/rules-show.js';
import { percent } from '../../src/text/show.js';
import { CHOICE_AS_OF, CHOICE_PROFILE, CHOICE_RULES } from '../builders.js';
import { checkOptions } from '../check-options.js';
import { memoryIo } from '../memory-io.js';

const rules = CHOICE_RULES.text.replace('rate: 30%', 'rate: 0.07');
const files = () => new Map([[CHOICE_RULES.file, rules], [CHOICE_PROFILE.file, CHOICE_PROFILE.text]]);

describe('a rate', () => {
  it('is written as a short percentage', () => {
    expect(percent(0.07)).toBe('7%');
    expect(percent(0.3)).toBe('30%');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(1e-7)).toBe('0.00001%');
    expect(percent('30%')).toBe('30%');
  });

  it('reads 7% in explain, check and rules show alike', async () => {
    expect(rules).toContain('rate: 0.07');
    const explain: ExplainOptions = { input: CHOICE_PROFILE.file, measure: 'subsidy', rules: 'rules', programmes: [], asOf: CHOICE_AS_OF, format: 'table', lang: 'en', color: false, width: 120, tool: { name: 'subsidy-check', version: 'test' } };
    const explained = memoryIo(files());
    await runExplain(explain, explained.io);
    const checked = memoryIo(files());
    await runCheck({ ...checkOptions([CHOICE_PROFILE.file]), rules: 'rules', asOf: CHOICE_AS_OF, detail: 'full' }, checked.io);
    const shown = memoryIo(files());
    await runRulesShow({ rules: 'rules', target: 'test-choice', measure: 'subsidy', asOf: CHOICE_AS_OF, lang: 'en' }, shown.io);

    for (const out of [explained.stdout(), checked.stdout(), shown.stdout()]) {
      expect(out).toMatch(/\b7%/);
      expect(out).not.toMatch(/7\.0000/);
    }
    expect(explained.stdout()).toContain('Amount: 7% of Project investment');
  });
});
