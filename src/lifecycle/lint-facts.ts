/** A declared fact nothing reads makes the template ask a question whose answer changes no result. */
import { type Check, showPath as show } from '../rules/finding.js';
import type { RuleFile } from '../rules/schema.js';
import { allLeaves, leafFacts } from '../rules/walk.js';

/** Facts the engine reads: leaves, amount bases, and other_funding where double funding is flagged. */
function factsRead(rule: RuleFile): Set<string> {
  const read = new Set(allLeaves(rule).flatMap(({ leaf }) => leafFacts(leaf)));
  for (const m of rule.measures) if ('base' in m.amount) read.add(m.amount.base);
  if ('unknown' in rule.stacking.doubleFunding) read.add('projects[].other_funding');
  return read;
}

export const unusedFacts: Check = (rule) => {
  const read = factsRead(rule);
  return Object.keys(rule.facts)
    .filter((fact) => !read.has(fact))
    .map((fact) => ({ code: 'lint/unused-fact', path: ['facts', fact], part: 'key', args: { path: show(['facts', fact]), fact } }));
};
