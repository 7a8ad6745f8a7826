/** What the engine property tests share: the as-of date, the profile formats, and a generated rule file loaded as the CLI loads it. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { prepare, type Prepared } from '../../src/pipeline.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleFile } from '../../src/rules/schema.js';
import { ruleText } from './arbitraries.js';

export const AS_OF = '2022-07-05';

export const format = fc.constantFrom('yaml' as const, 'json' as const);

/** Loads a generated rule file as the CLI would; generators only make files that load cleanly. */
export function prepared(rule: RuleFile): Prepared {
  const { versions, diagnostics } = loadRules([ruleText(rule)]);
  expect(diagnostics).toEqual([]);
  const ready = prepare(versions, AS_OF);
  if ('diagnostics' in ready) throw new Error('prepare');
  return ready;
}
