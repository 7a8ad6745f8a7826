/**
 * The rule-file format: one YAML file per programme version, `rules/<programme-id>/<version>.yaml`.
 * Strict: an unknown key anywhere is an error. These comments are the rule authors' documentation.
 */
import { z } from 'zod';

import { OVERLAPS } from '../operators/vocabulary.js';
import type { Leaf } from '../operators/registry.js';
import { EVIDENCE_LEVELS, FACT_TYPES, OPERATORS, PROGRAMME_STATUSES } from './enums.js';

export { EVIDENCE_LEVELS, FACT_TYPES, OPERATORS, PROGRAMME_STATUSES };
export type { Evidence, FactType, Operator } from './enums.js';
export type { Leaf };

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoMonthOrDay = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A `YYYY-MM-DD` date. */
const Day = z.string().regex(isoDay, 'expected a date YYYY-MM-DD');
/** A `YYYY-MM` month (read as the whole month) or a `YYYY-MM-DD` day. */
const MonthOrDay = z.string().regex(isoMonthOrDay, 'expected YYYY-MM or YYYY-MM-DD');

/** Text in both languages. */
export const Bilingual = z.strictObject({
  /** Chinese. */
  zh: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id: letters, digits and dashes');

/** Where a value comes from: `cite` names a source id and a place (`S1 §2`), `evidence` how well it supports it. */
const Cited = {
  /** Source id, optionally followed by a place: `S1`, `S1 §2`. The id must be declared in `sources`. */
  cite: z.string().min(1),
  /** How well the source supports this value. `unknown` never decides a verdict. */
  evidence: z.enum(EVIDENCE_LEVELS),
};

/** A public source the rules rest on. */
const Source = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]*$/, 'expected a source id such as S1'),
  title: z.string().min(1),
  url: z.string().optional(),
  /** Publication date, free text (`2021-12-02`, `call ran March 2021`). */
  date: z.string().optional(),
  /** How far the source is trusted, in words. */
  trust: z.string().optional(),
});

/** A dated period a condition can test with `within`. Month bounds are read as whole months. */
const Period = z.strictObject({
  id: Id,
  label: Bilingual,
  from: MonthOrDay,
  to: MonthOrDay,
  ...Cited,
});

/** An application window. Dates may be `null` when the guideline does not publish them. */
const Window = z.strictObject({
  id: Id,
  label: Bilingual,
  opens: Day.nullable(),
  closes: Day.nullable(),
  ...Cited,
});

/** A named assumption the tool makes; leaves list the ones they rest on and the output names them. */
const Assumption = z.strictObject({ id: Id, zh: z.string().min(1), en: z.string().min(1) });

/** A profile path this version reads, with what a consultant asks to obtain it. */
const Fact = z.strictObject({
  type: z.enum(FACT_TYPES),
  /** Allowed values of an `enum`; known values of a `list` (other text is accepted there). */
  values: z.array(z.string()).optional(),
  /** Unit of a number or money, e.g. `yuan`. */
  unit: z.string().optional(),
  label: Bilingual,
  question: Bilingual,
});
export type Fact = z.infer<typeof Fact>;

/** A fact path: `company.x` or `projects[].x`. `x` is never `__proto__`, `constructor` or `prototype`. */
const FactPath = z
  .string()
  .regex(/^(company|projects\[\])\.[a-z_]+$/, 'expected a fact path such as company.credit or projects[].investment')
  .refine((path) => !/\.(__proto__|constructor|prototype)$/.test(path), 'a fact cannot be named __proto__, constructor or prototype');

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A leaf condition: one fact (or a start/end pair for `within`), an operator and the required value.
 * Each operator (src/operators/) says which facts and values it takes; lint checks them, so a leaf is
 * parsed loosely here (the same diagnostics whatever the operator) and typed by its operator after.
 */
const ParsedLeaf = z.strictObject({
  /** The fact tested; for `within`, `[start, end]` of a period. Omit only on an `unknown`-evidence leaf. */
  fact: z.union([FactPath, z.tuple([FactPath, FactPath])]).optional(),
  op: z.enum(OPERATORS).optional(),
  /** Required value: a scalar, a list (`in`, `between`), or a period id (`within`). */
  value: z.union([Scalar, z.array(Scalar)]).optional(),
  /**
   * `within` only: what a partial overlap yields — `unknown` (default, needs review), `fail`, or
   * `pass` (the leaf then reads "lies at least partly within the period").
   */
  overlap: z.enum(OVERLAPS).optional(),
  /** What a false test yields: `unknown` where the guideline's list is open (等), so a miss needs review. */
  whenFalse: z.enum(['fail', 'unknown']).optional(),
  /** Assumption ids this leaf rests on; the output names them. */
  assumes: z.array(Id).optional(),
  label: Bilingual,
  ...Cited,
});

/**
 * The parsed leaf typed as the operator union: what lint (src/rules/lint-leaves.ts, each operator's
 * `check`) establishes before any version is compiled. Lint itself reads leaves as `ParsedLeaf`.
 */
const LeafSchema = ParsedLeaf as unknown as z.ZodType<Leaf>;

export type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** A condition tree: `all`, `any`, `not`, or a leaf. Three-valued: a leaf on a missing fact is unknown. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    LeafSchema,
  ]),
);

/**
 * The largest sum a rule may state, in yuan: one trillion, the bound on a profile's money too. Any
 * number of such sums adds up exactly (far below Number.MAX_SAFE_INTEGER); a larger one is a typo.
 */
export const MAX_AMOUNT = 1e12;

/** A sum in yuan: a positive whole number up to MAX_AMOUNT. */
const Yuan = z.number().max(MAX_AMOUNT, { error: `at most ${MAX_AMOUNT} yuan (one trillion)`, abort: true }).int().positive();

/** Amount options common to every kind. */
const AmountCommon = {
  /** Upper bound in yuan, or omitted when none is published. */
  cap: Yuan.optional(),
  /** What the cap bounds: one award, one project or the company; `unknown` when not stated. */
  capScope: z.enum(['award', 'project', 'company', 'unknown']).optional(),
  /** Rounding of the computed amount; down to the yuan unless the rule says otherwise. */
  rounding: z.enum(['down', 'nearest']).optional(),
  cite: Cited.cite,
  /** An amount with a value rests on a source; an unknown amount is `kind: unpublished` instead. */
  evidence: z.enum(['stated', 'reported', 'inferred'], { error: 'an amount with a value needs evidence stated, reported or inferred; write kind: unpublished for an unknown amount' }),
};

/** A rate such as `30%` or `0.3`, kept as text so it is exact. */
const Rate = z.union([
  z.string().regex(/^\d+(\.\d+)?%$/, 'expected a rate such as 30%').refine((rate) => Number(rate.slice(0, -1)) <= 100, 'a rate is at most 100%'),
  z.number().positive().max(1),
]);

/** How much a measure pays at most, in integer yuan (`up-to` semantics). */
export const Amount = z.discriminatedUnion('kind', [
  /** The guideline publishes no amount: the result is `null`, never 0. Evidence must be `unknown`. */
  z.strictObject({ kind: z.literal('unpublished'), cite: Cited.cite, evidence: z.literal('unknown'), note: Bilingual.optional() }),
  /** A fixed sum (`up to` the value). */
  z.strictObject({ kind: z.literal('fixed'), value: Yuan, ...AmountCommon }),
  /** A share of a money fact. */
  z.strictObject({ kind: z.literal('rate'), base: FactPath, rate: Rate, ...AmountCommon }),
  /** 1:1 of a money fact (matching funds). */
  z.strictObject({ kind: z.literal('match'), base: FactPath, ...AmountCommon }),
  /** A sum per unit of a number fact. */
  z.strictObject({ kind: z.literal('per-unit'), base: FactPath, perUnit: Yuan, ...AmountCommon }),
  /** Tiers on a fact: the first tier whose `min` the value reaches, from the highest, gives `value`. */
  z.strictObject({
    kind: z.literal('tiers'),
    base: FactPath,
    tiers: z.array(z.strictObject({ min: z.number().nonnegative(), value: z.number().int().nonnegative().max(MAX_AMOUNT) })).min(1),
    ...AmountCommon,
  }),
]);
export type Amount = z.infer<typeof Amount>;

/** A document to submit for a measure or the programme. */
const Document = z.strictObject({
  label: Bilingual,
  /** How: format, seal, copies. */
  how: Bilingual.optional(),
  ...Cited,
});

/** One support measure. */
const Measure = z.strictObject({
  /** Stable id, public: keep it across versions. */
  id: Id,
  title: Bilingual,
  /** Evaluated once per profile project, with `projects[].x` facts read from that project. */
  perProject: z.boolean(),
  /** Conditions beyond the gate. */
  when: Condition.optional(),
  amount: Amount,
  documents: z.array(Document).optional(),
  notes: z.array(Bilingual).optional(),
});
export type Measure = z.infer<typeof Measure>;

const Unknown = z.strictObject({ unknown: z.literal(true), label: Bilingual, cite: Cited.cite });

/** How measures combine for one applicant. */
const Stacking = z.strictObject({
  /** Groups of measures of which an applicant takes only one (project, measure) pair: the best. */
  groups: z.array(
    z.strictObject({
      id: Id,
      measures: z.array(Id).min(1),
      label: Bilingual,
      ...Cited,
    }),
  ),
  /** A total cap per company, or what is unknown about it. */
  companyCap: z.union([z.strictObject({ amount: Yuan, ...Cited }), Unknown]),
  /** Funding one project twice (不重复支持): `unknown` flags any project another programme funds. */
  doubleFunding: z.union([z.strictObject({ rule: z.enum(['forbidden', 'allowed']), ...Cited }), Unknown]),
  /** Other stacking facts the output reports as caveats, with the programme's result. */
  caveats: z.array(z.strictObject({ id: Id.optional(), label: Bilingual, ...Cited })).optional(),
});

/**
 * A caveat on measure results: a judgement no profile fact decides (a reviewer's, so not a
 * condition), or a rule the guideline softens with "in principle". Reported with the result of each
 * listed measure — every measure when `measures` is omitted — whatever its verdict.
 */
const RuleCaveat = z.strictObject({
  id: Id,
  label: Bilingual,
  /** The measures whose results carry it; omitted: every measure of the version. */
  measures: z.array(Id).min(1).optional(),
  ...Cited,
});

/** One programme version. */
export const RuleFile = z.strictObject({
  programme: z.strictObject({
    id: Id,
    /** The round, e.g. `2020`: the file name without `.yaml`. */
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/),
    title: Bilingual,
    issuer: z.strictObject({ ...Bilingual.shape, ...Cited }),
    /** Document number, e.g. 普科合规〔2020〕1号. */
    document: z.string().min(1),
    status: z.enum(PROGRAMME_STATUSES),
    supersedes: z.strictObject({ programme: Id, ...Cited }).optional(),
  }),
  /** Which as-of dates this version answers for; `null` where not published (open-ended). */
  effective: z.strictObject({ from: Day.nullable(), to: Day.nullable(), ...Cited }),
  sources: z.array(Source).min(1),
  windows: z.array(Window),
  periods: z.array(Period),
  assumptions: z.array(Assumption).optional(),
  facts: z.record(FactPath, Fact),
  /** Conditions every measure needs. */
  gate: Condition,
  measures: z.array(Measure).min(1),
  stacking: Stacking,
  /** Caveats reported with measure results, whatever their verdict (see RuleCaveat). */
  caveats: z.array(RuleCaveat).optional(),
  /** Documents every application needs. */
  documents: z.array(Document).optional(),
  /** What the guideline mentions that is not encodable as a measure. */
  notes: z.array(Bilingual).optional(),
});
export type RuleFile = z.infer<typeof RuleFile>;
