/**
 * Which changes a company can still make on an as-of date: answer a question, reach a threshold,
 * settle a project's status, move a date that is still ahead to another date still ahead. Not a
 * structural change (what the company or project is), and never a date moved into, or out of, the past.
 * `check` advises only these; `explain` lists every change.
 */
import type { Change } from './changes.js';

export function feasibleOn(asOf: string): (change: Change) => boolean {
  return (change) => {
    if (change.kind === 'structural') return false;
    if (change.kind === 'shift') return change.actual.first > asOf && change.target.first > asOf;
    return true;
  };
}
