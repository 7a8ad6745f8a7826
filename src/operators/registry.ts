/**
 * Every operator under one key: the rule format's `op` values, lint, evaluation, what it would take
 * and the words all come from here. A new operator is one file and one key.
 */
import { between } from './between.js';
import { contains } from './contains.js';
import { eq } from './eq.js';
import { gt } from './gt.js';
import { gte } from './gte.js';
import { isIn } from './in.js';
import type { ParsedLeaf, UnpublishedLeaf } from './leaf.js';
import { lt } from './lt.js';
import { lte } from './lte.js';
import { ne } from './ne.js';
import type { Operator } from './operator.js';
import { present } from './present.js';
import { unpublished } from './unpublished.js';
import { within } from './within.js';

export const OPERATOR_REGISTRY = { eq, ne, in: isIn, contains, gt, gte, lt, lte, between, within, present } as const;

type Registry = typeof OPERATOR_REGISTRY;
export type OperatorName = keyof Registry;
type LeafOf<O> = O extends Operator<infer L> ? L : never;

/** A leaf that decides: one shape per operator, discriminated on `op`. */
type DecidingLeaf = { [K in OperatorName]: LeafOf<Registry[K]> & { op: K } }[OperatorName];

/** A condition leaf of a rule that has passed lint: a deciding leaf, or an unpublished one. */
export type Leaf = DecidingLeaf | UnpublishedLeaf;

/** The `op` values of the rule format, in the order the documentation lists them. */
export const OPERATORS = Object.keys(OPERATOR_REGISTRY) as [OperatorName, ...OperatorName[]];

/** The same operators by name, for `operatorOf`: a map finds a name faster than a property read by a key that varies. */
const BY_NAME: ReadonlyMap<string, Operator<never>> = new Map(Object.entries(OPERATOR_REGISTRY));

/** The operator of a leaf; an unpublished leaf (unknown evidence, or no operator) gets the one that never decides. */
export function operatorOf(leaf: Leaf): Operator<Leaf>;
export function operatorOf(leaf: ParsedLeaf): Operator<ParsedLeaf> | undefined;
export function operatorOf(leaf: ParsedLeaf): Operator<never> | undefined {
  if (leaf.evidence === 'unknown' || leaf.op === undefined || leaf.fact === undefined) return unpublished;
  return BY_NAME.get(leaf.op);
}
