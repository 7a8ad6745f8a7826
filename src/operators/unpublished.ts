/**
 * A leaf of `unknown` evidence: the guideline does not publish the rule, so it has no operator, never
 * decides (always unknown), and no change to a profile can satisfy it. Not registered under a key:
 * `operatorOf` gives it to every leaf without an operator or with unknown evidence.
 */
import type { UnpublishedLeaf } from './leaf.js';
import type { Operator } from './operator.js';
import { UNKNOWN } from './result.js';

const text = {
  requirement: { en: () => 'not published', zh: () => '未公布' },
  sentence: { en: () => 'not published: never decides', zh: () => '未公布：不作判断' },
} satisfies Operator['text'];

export const unpublished: Operator<UnpublishedLeaf> = {
  check: () => undefined,
  compile: () => ({ test: () => UNKNOWN, missing: () => null, actual: () => null }),
  fixes: () => [],
  fixable: () => false,
  expected: () => 'not published',
  requirement: (_leaf, _show, l) => text.requirement[l](),
  sentence: (_leaf, _fact, _show, l) => text.sentence[l](),
  text,
};
