/**
 * The `explain --format json` document, `subsidy-check/explain@1`: one profile, every programme and
 * measure with its condition tree, amount steps, stacking decision, assumptions and what it would
 * take. Public like the report: it changes only by adding; a breaking change bumps the id.
 */
import { z } from 'zod';
import { AmountStep } from '../engine/amount-step.js';
import { Actual, AsOf, Caveat, Company, Evidence, LeafResult as Result, Round, Tool, Verdict, Yuan } from './primitives.js';
import { ToQualifyReport, WindowDetailReport } from './report-advice.js';
import { DiagnosticReport, SourceReport, WindowReport } from './report.js';
import { EXPLAIN_SCHEMA } from './schema-id.js';

export { EXPLAIN_SCHEMA };

/** A leaf: the company's value against the requirement, with the citation and evidence it rests on. */
const LeafNode = z.strictObject({
  kind: z.literal('leaf'),
  result: Result,
  label: z.string(),
  /** The fact path read (`start..end` for a period); null for a rule that is not published. */
  fact: z.string().nullable(),
  /** The profile's value, normalised; null when missing. */
  actual: Actual,
  /** The value as a person reads it in the chosen language: `400,000` or `40万元`, `Putuo` or `普陀区`; `—` when missing. */
  shown: z.string(),
  /** The requirement in words of the chosen language. */
  expected: z.string(),
  cite: z.string(),
  /** The title of the cited source, from the rule file's `sources`. */
  source: z.string().nullable(),
  evidence: Evidence,
  /** Assumption ids this condition rests on. */
  assumes: z.array(z.string()),
  /** Concrete paths whose absence left it unknown. */
  missing: z.array(z.string()),
  /** Added: those facts as the chosen language names them (the path in English, the rule's label in Chinese). */
  missingNames: z.array(z.string()),
});

export type ConditionNode =
  | z.infer<typeof LeafNode>
  | { kind: 'all' | 'any' | 'not'; result: z.infer<typeof Result>; children: ConditionNode[] };

/** `all`, `any`, `not` keep the rule's structure; their result follows the three-valued logic. */
export const ConditionNode: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([LeafNode, z.strictObject({ kind: z.enum(['all', 'any', 'not']), result: Result, children: z.array(ConditionNode) })]),
);

export const AmountExplain = z.strictObject({
  /** The rule, in words: `30% of Project investment, at most 2,000,000 per project`. */
  rule: z.string(),
  cite: z.string(),
  evidence: Evidence,
  steps: z.array(AmountStep),
  /** The computation: `min(30% × 8,000,000 = 2,400,000; cap 2,000,000) = 2,000,000 — binding: cap`. */
  text: z.string(),
  /** What decides the amount: `cap`, or the kind of computation (`rate`, `match`, `fixed`…); null without one. */
  binding: z.string().nullable(),
  /** The rule's own note on the amount (an unpublished one says where it would be). */
  note: z.string().nullable(),
});

const Pair = z.strictObject({ measure: z.string(), project: z.string().nullable(), amount: Yuan.nullable() });

export const StackingExplain = z.strictObject({
  /** Each exclusive group: the eligible pairs with a published amount, and the one that counts. */
  groups: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      cite: z.string(),
      evidence: Evidence,
      candidates: z.array(Pair),
      chosen: Pair.nullable(),
    }),
  ),
  /** Pairs outside any group, all counted. */
  added: z.array(Pair),
  /** Pairs not in the total: eligible without a published amount, or undetermined. */
  notCounted: z.array(Pair.extend({ verdict: Verdict })),
  /** The company cap applied, if the rules publish one. */
  companyCap: Yuan.nullable(),
  maxTotal: Yuan,
  /** The decision in sentences, ending with why no other combination gives more. */
  reasoning: z.array(z.string()),
});

export const MeasureExplain = z.strictObject({
  id: z.string(),
  project: z.string().nullable(),
  title: z.string(),
  verdict: Verdict,
  maxAmount: Yuan.nullable(),
  evidence: Evidence,
  counted: z.boolean(),
  conditions: z.strictObject({ gate: ConditionNode, measure: ConditionNode.nullable() }),
  amount: AmountExplain,
  missing: z.array(z.string()),
  caveats: z.array(Caveat),
  notes: z.array(z.string()),
  toQualify: ToQualifyReport.nullable(),
});

export const ProgrammeExplain = z.strictObject({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  document: z.string(),
  window: WindowReport,
  windows: z.array(WindowDetailReport),
  supersededBy: z.string().nullable(),
  /** The report's sources with how far each is trusted, in the rules' words. */
  sources: z.array(SourceReport.extend({ trust: z.string().nullable() })),
  /** The rule file's assumptions and the measures (`id` or `id (project)`) whose conditions rest on each. */
  assumptions: z.array(z.strictObject({ id: z.string(), text: z.string(), usedBy: z.array(z.string()) })),
  measures: z.array(MeasureExplain),
  stacking: StackingExplain,
  maxTotal: Yuan,
  caveats: z.array(Caveat),
  /** The round on asOf, as in the check report: a `history` round counts nothing and gets no advice. */
  round: Round,
});

export const Explanation = z.strictObject({
  schema: z.literal(EXPLAIN_SCHEMA),
  tool: Tool,
  asOf: AsOf,
  file: z.string(),
  /** The measure asked about (`id` or `programme/id`), null for every measure. */
  measure: z.string().nullable(),
  valid: z.boolean(),
  diagnostics: z.array(DiagnosticReport),
  company: Company,
  programmes: z.array(ProgrammeExplain),
  /** What the tool assumes whatever the rules: how it reads amounts, missing facts, unpublished rules. */
  assumptions: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  /** Every measure not eligible, ranked by what the changes would unlock. */
  ranking: z.array(
    z.strictObject({ programme: z.string(), measure: z.string(), project: z.string().nullable(), toQualify: ToQualifyReport }),
  ),
  /** The company's total over the programmes shown; null for an invalid profile. */
  maxTotal: Yuan.nullable(),
  /** When no round is open or upcoming on asOf: the sentence that says so; else null. */
  noOpenRound: z.string().nullable(),
});

export type AmountExplain = z.infer<typeof AmountExplain>;
export type StackingExplain = z.infer<typeof StackingExplain>;
export type MeasureExplain = z.infer<typeof MeasureExplain>;
export type ProgrammeExplain = z.infer<typeof ProgrammeExplain>;
export type Explanation = z.infer<typeof Explanation>;
