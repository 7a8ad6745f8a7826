/**
 * The change to one fact that flips a leaf, as data (what it would take). The engine adds the change
 * a whole measure may need (`add-project`, src/engine/changes.ts); rendering is left to the report.
 */
import type { DateValue } from '../profile/dates.js';
import type { Value } from '../profile/values.js';
import type { Leaf } from './registry.js';

interface ChangeBase {
  /** The concrete profile path: `company.credit`, `projects[0].investment`. */
  fact: string;
  /** The rule's fact path (`projects[].investment`), whose label and question describe it. */
  ruleFact: string;
  /** The condition this change flips. */
  leaf: Leaf;
  /** The value put into the profile to check the change works; for `ask` and `review` a hypothetical answer. */
  fill: Value;
}

export type LeafChange = ChangeBase &
  (
    | { kind: 'ask' }
    | { kind: 'threshold'; actual: number; target: number; delta: number; money: boolean }
    | { kind: 'shift'; actual: DateValue; target: DateValue; unit: 'days' | 'months'; by: number }
    | { kind: 'set' | 'structural'; actual: Value; target: Value }
    | { kind: 'review'; actual: Value }
  );
