/**
 * For one failing or unknown leaf, the change that would make it pass: the question for a missing
 * fact, the exact delta past a threshold, the date shift into a period, the value an enumeration
 * needs — each operator knows its own (src/operators/). A leaf of unknown evidence has none: no
 * profile can satisfy a rule that is not published.
 */
import type { FixInput, Span } from '../operators/operator.js';
import type { DeclaredFact } from '../operators/vocabulary.js';
import { operatorOf } from '../operators/registry.js';
import { factKey, projectPath } from '../operators/kit.js';
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
  if (!(c instanceof FixReaders)) return fixesFor(t, fixReaders(c));
  // What-it-takes may ask about one leaf more than once (is there a fix, is it admissible, then every fix):
  // the same answer, worked out once per context. Callers only read the lists.
  // A few leaves per context: a list searched in order costs less than a map keyed by object.
  for (let i = 0; i < c.count; i++) if (c.asked![i] === t) return c.answers![i]!;
  const fixes = fixesFor(t, c);
  c.asked ??= new Array(ASKED);
  c.answers ??= new Array(ASKED);
  c.asked[c.count] = t;
  c.answers[c.count++] = fixes;
  return fixes;
}

/** Whether `leafFixes(t, c)` has any: the list when it is made already, else the operator's answer, without making it. */
export function hasLeafFix(t: LeafTrace, c: FixReaders): boolean {
  for (let i = 0; i < c.count; i++) if (c.asked![i] === t) return c.answers![i]!.length > 0;
  c.result = t.result === 'unknown' ? 'unknown' : 'fail';
  return operatorOf(t.leaf).fixable(t.leaf, c);
}

function fixesFor(t: LeafTrace, input: FixReaders): Fix[] {
  // Set for this call only: operators read the input while they work and keep none of it.
  input.result = t.result === 'unknown' ? 'unknown' : 'fail';
  return operatorOf(t.leaf).fixes(t.leaf, input);
}

/** Room for the leaves asked about in one context before the lists grow. */
const ASKED = 8;

/**
 * What a fix reads of its context, made once per context: what-it-takes asks for every failing leaf of
 * a measure. The operators' input itself, `result` set for each leaf it is asked about.
 */
export class FixReaders implements FixInput {
  result: FixInput['result'] = 'fail';
  /**
   * The first `count` leaves asked about in this context, and (same position) their fixes: lists made
   * with room for a measure's few leaves (one grown from empty takes room for 17), longer if need be;
   * made when the first fixes are (a context often only asks whether there are any: `hasLeafFix`).
   */
  asked: LeafTrace[] | undefined = undefined;
  answers: Fix[][] | undefined = undefined;
  count = 0;
  constructor(private readonly c: FixContext) {}

  read(ruleFact: string): { fact: string; value: Value | undefined } {
    const at = placeOf(ruleFact, this.c.rule);
    if (at.company) return { fact: ruleFact, value: this.c.company[at.key] };
    const project = this.c.project;
    return { fact: at.pathAt(project?.index ?? 0), value: project?.facts[at.key] };
  }

  declared(ruleFact: string): DeclaredFact | undefined {
    return this.c.rule.facts[ruleFact];
  }

  period(id: string): Span | undefined {
    return this.c.periods.get(id);
  }

  structural(ruleFact: string): boolean {
    return isStructural(ruleFact);
  }
}

export function fixReaders(c: FixContext): FixReaders {
  return new FixReaders(c);
}

/** Where a rule fact is read: the company's facts or a project's, by which key, and each project's path, made once. */
interface Place {
  company: boolean;
  key: string;
  pathAt(index: number): string;
}

/** Kept with the rules' declaration of each fact, so as long as the rules are; an undeclared fact's is made each time. */
const places = new WeakMap<DeclaredFact, Place>();

export function placeOf(ruleFact: string, rule: RuleFile): Place {
  const declared = rule.facts[ruleFact];
  let place = declared && places.get(declared);
  if (place === undefined) {
    const { project, key } = factKey(ruleFact);
    place = { company: !project, key, pathAt: projectPath(key) };
    if (declared) places.set(declared, place);
  }
  return place;
}
