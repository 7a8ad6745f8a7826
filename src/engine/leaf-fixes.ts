/**
 * For one failing or unknown leaf, the change that would make it pass: the question for a missing
 * fact, the exact delta past a threshold, the date shift into a period, the value an enumeration
 * needs — each operator knows its own (src/operators/). A leaf of unknown evidence has none: no
 * profile can satisfy a rule that is not published.
 */
import type { FixInput, Span } from '../operators/operator.js';
import { operatorOf } from '../operators/registry.js';
import type { Facts, Project } from '../profile/read.js';
import type { Value } from '../profile/values.js';
import type { RuleFile } from '../rules/schema.js';
import type { Change } from './changes.js';
import { isStructural } from './structural.js';
import type { LeafTrace } from './types.js';

export interface FixContext {
  rule: RuleFile;
  company: Facts;
  /** The project a per-project measure was evaluated for; null for a company measure or when there is none. */
  project: Project | null;
  periods: ReadonlyMap<string, Span>;
}

/** One way to make a condition pass: every change in it is needed. */
export type Fix = Change[];

/** The ways to make one leaf pass; none for a leaf that nothing in a profile can satisfy. */
export function leafFixes(t: LeafTrace, c: FixContext | FixReaders): Fix[] {
  const { read, declared, period } = 'read' in c ? c : fixReaders(c);
  const input: FixInput = { read, declared, period, structural: isStructural, result: t.result === 'unknown' ? 'unknown' : 'fail' };
  return operatorOf(t.leaf).fixes(t.leaf, input);
}

/** What a fix reads of its context, made once per context: what-it-takes asks for every failing leaf of a measure. */
export type FixReaders = Pick<FixInput, 'read' | 'declared' | 'period'>;

export function fixReaders(c: FixContext): FixReaders {
  return {
    read: (ruleFact) => read(ruleFact, c),
    declared: (ruleFact) => c.rule.facts[ruleFact],
    period: (id) => c.periods.get(id),
  };
}

function read(ruleFact: string, c: FixContext): { fact: string; value: Value | undefined } {
  const key = ruleFact.slice(ruleFact.indexOf('.') + 1);
  if (ruleFact.startsWith('company.')) return { fact: ruleFact, value: c.company[key] };
  return { fact: `projects[${c.project?.index ?? 0}].${key}`, value: c.project?.facts[key] };
}
