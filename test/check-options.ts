/** `check`'s options as a test runs it: the bundled rules on 2022-07-05, JSON, English, one thread; a test sets what it is about. */
import type { CheckOptions } from '../src/commands/check.js';
import { BUNDLED_RULES } from '../src/io/rules.js';

export function checkOptions(inputs: string[], fields: Partial<CheckOptions> = {}): CheckOptions {
  return {
    inputs,
    inputFormat: 'auto',
    rules: BUNDLED_RULES,
    programmes: [],
    asOf: '2022-07-05',
    format: 'json',
    lang: 'en',
    color: false,
    width: 120,
    gates: [],
    jobs: 1,
    detail: 'compact',
    quiet: false,
    tool: { name: 'subsidy-check', version: 'test' },
    ...fields,
  };
}
