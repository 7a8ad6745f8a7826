import type { Args, Code } from '../diagnostics/catalogue.js';
import type { Segment } from '../source/document.js';
import type { RuleFile } from './schema.js';

/** A problem in a rule file, before it is given a file and a position. */
export interface Finding {
  code: Code;
  path: Segment[];
  part?: 'key' | 'value';
  args: Args;
}

export type Check = (rule: RuleFile) => Finding[];

/** `measures[0].when.all[1]`: a path as a person reads it. */
export const showPath = (path: readonly Segment[]): string =>
  path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
