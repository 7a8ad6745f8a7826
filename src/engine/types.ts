/** What evaluation produces: fresh values, never written onto the compiled rules. */
import type { Args } from '../diagnostics/catalogue.js';
import type { AmountStep } from './amount-step.js';
import type { ToQualify } from './changes.js';
import type { StackingDecision } from './stacking.js';
import type { MeasureTree } from './trace.js';
import type { Project } from '../profile/read.js';
import type { Value } from '../profile/values.js';
import type { Round } from './rounds.js';
import type { RuleVersion } from '../rules/load.js';
import type { Bilingual, Evidence, Leaf, Measure } from '../rules/schema.js';

export type { AmountStep };

export const VERDICTS = ['eligible', 'ineligible', 'undetermined'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const LEAF_RESULTS = ['pass', 'fail', 'unknown'] as const;
export type LeafResult = (typeof LEAF_RESULTS)[number];

export const WINDOW_STATES = ['open', 'closed', 'upcoming', 'unknown'] as const;
type WindowStateName = (typeof WINDOW_STATES)[number];

/** One leaf as it was evaluated for one (profile, project). */
export interface LeafTrace {
  leaf: Leaf;
  scope: 'gate' | 'measure';
  result: LeafResult;
  /** The profile's value (for `within`, `start..end`); null when missing or for a leaf that never decides. */
  actual: Value | string | null;
  /** Fact paths whose absence made the leaf unknown, e.g. `projects[0].investment`. */
  missing: string[];
  /** Under an odd number of `not`s: a pass here counts against the measure. */
  negated: boolean;
}

/** A caveat is data: a stable code, arguments, and where the rules give it, their own bilingual text. */
export interface Caveat {
  code: string;
  args: Args;
  text?: Bilingual;
}

export interface MeasureResult {
  measure: Measure;
  project: Project | null;
  verdict: Verdict;
  maxAmount: number | null;
  evidence: Evidence;
  /** The leaf the verdict rests on: for `ineligible` the first against it, for `undetermined` the first unknown; else null. */
  decisive: LeafTrace | null;
  /** How many conditions (leaves of the gate and the measure) were evaluated. */
  conditions: number;
  missing: string[];
  amountSteps: AmountStep[];
  caveats: Caveat[];
  /** Whether the programme's maxTotal counts this amount (stacking may leave an eligible one out). */
  counted: boolean;
  /** Only with `detail`: every leaf in tree order, gate first. */
  trace?: LeafTrace[];
  /** Only with `detail`: the condition trees as evaluated. */
  tree?: MeasureTree;
  /** Only with `detail`: what it would take to become eligible; null for an eligible measure. */
  toQualify?: ToQualify | null;
}

export interface WindowState {
  state: WindowStateName;
  opens: string | null;
  closes: string | null;
}

export interface ProgrammeResult {
  version: RuleVersion;
  window: WindowState;
  /** `current`, `history` (closed or superseded: not counted) or `pinned` (`--rules-version`: counted as if open). */
  round: Round;
  measures: MeasureResult[];
  maxTotal: number;
  /** The total if every undetermined measure turned out eligible, stacking applied. */
  potentialTotal: number;
  /** `programme@version` of a successor in force on the as-of date, else null. */
  supersededBy: string | null;
  caveats: Caveat[];
  /** How the eligible amounts were stacked: the data `explain` words. */
  stacking: StackingDecision;
  /** Stacking groups with more than one eligible or undetermined pair: the company takes one of each. */
  choices: ChoiceResult[];
}

/** A stacking group as a choice, its options the better first (engine/stacking.ts decides). */
interface ChoiceResult {
  group: { id: string; label: Bilingual; cite: string; evidence: Evidence };
  options: MeasureResult[];
  /** The option the programme's maxTotal counts, if any. */
  chosen: MeasureResult | null;
}
