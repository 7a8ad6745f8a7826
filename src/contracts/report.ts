/**
 * The JSON report contract, `subsidy-check/report@1`, as a schema: the TypeScript types come from it,
 * and tests validate real output against it. Change only by adding; a breaking change bumps the id.
 */
import { z } from 'zod';
import { AmountStep } from '../engine/amount-step.js';
import { DETAILS } from './detail.js';
import { DocumentReport, ToQualifyReport, WindowDetailReport } from './report-advice.js';
import {
  Actual,
  AsOf,
  Caveat,
  Company,
  Count,
  Evidence,
  LeafResult,
  Position,
  ProgrammeId,
  Round,
  PublishedDate,
  Severity,
  Sha256,
  Tool,
  Verdict,
  VersionName,
  WindowState,
  Yuan,
} from './primitives.js';
import { REPORT_SCHEMA } from './schema-id.js';

export { REPORT_SCHEMA };

export const ReasonReport = z.strictObject({
  label: z.string(),
  result: LeafResult,
  /** The profile's value, normalised (money in yuan, a date as written); null when missing. */
  actual: Actual,
  /** The requirement, compact: `= putuo`, `> 500000`, `within 2020-01..2021-12`, `not published`. */
  expected: z.string(),
  cite: z.string(),
  evidence: Evidence,
  /** Added in @1: the fact path read (`a..b` for a period), null for a leaf of unknown evidence. */
  fact: z.string().nullable(),
  /** Added in @1: whether the leaf belongs to the programme's gate or to the measure. */
  scope: z.enum(['gate', 'measure']),
});

export const CaveatReport = Caveat;

export const MeasureReport = z.strictObject({
  id: z.string(),
  /** The project id for per-project measures, else null. */
  project: z.string().nullable(),
  verdict: Verdict,
  /** Integer yuan, the most the rule allows; null when unpublished; 0 when ineligible. */
  maxAmount: Yuan.nullable(),
  /** The weakest evidence level the verdict (and a published amount) rests on. */
  evidence: Evidence,
  reasons: z.array(ReasonReport),
  /** Fact paths whose absence left a condition unknown: `company.credit`, `projects[0].investment`. */
  missing: z.array(z.string()),
  amountSteps: z.array(AmountStep),
  caveats: z.array(CaveatReport),
  /** Added in @1: title in the chosen language. */
  title: z.string(),
  /** Added in @1: the evidence of the amount rule alone. */
  amountEvidence: Evidence,
  /** Added in @1: the one-line reason. */
  summary: z.string(),
  /** Added in @1: whether the programme's maxTotal counts this amount; never in a `history` round. */
  counted: z.boolean(),
  /** Added in @1: the fact the one-line reason is about (`a..b` for a period); null when eligible or the deciding rule reads no fact. */
  reasonFact: z.string().nullable(),
  /**
   * Added in @1: what it would take to become eligible, with changes the company can still make (no
   * structural change, no date moved into the past); null for an eligible measure, in a `history`
   * round, or when only such changes would do (`explain` lists them).
   */
  toQualify: ToQualifyReport.nullable(),
  /** Added in @1: documents this measure needs beyond the programme's. */
  documents: z.array(DocumentReport),
});

/** A source the rules rest on: its title as published, and where to find it when the rules say. */
export const SourceReport = z.strictObject({ id: z.string(), title: z.string(), url: z.string().nullable(), date: z.string().nullable() });

export const WindowReport = z.strictObject({ state: WindowState, opens: PublishedDate, closes: PublishedDate });

/** A (project, measure) pair of a choice. */
const PairReport = z.strictObject({ measure: z.string(), project: z.string().nullable() });

/** Added in @1: a stacking group in which the company takes one option (`choices` of a programme). */
export const ChoiceReport = z.strictObject({
  group: z.string(),
  /** The rules' label of the group, in the chosen language. */
  label: z.string(),
  cite: z.string(),
  evidence: Evidence,
  /** Every eligible or undetermined pair of the group: the larger amount first, eligible before undetermined. */
  options: z.array(PairReport),
  /** The pair the programme's maxTotal counts; null when none is eligible with a published amount. */
  chosen: PairReport.nullable(),
});

export const ProgrammeReport = z.strictObject({
  id: z.string(),
  version: z.string(),
  window: WindowReport,
  measures: z.array(MeasureReport),
  /** Sum over counted eligible measures with published amounts, stacking and caps applied. */
  maxTotal: Yuan,
  caveats: z.array(CaveatReport),
  /** Added in @1: title in the chosen language and the document number. */
  title: z.string(),
  document: z.string(),
  /** Added in @1: the total if every undetermined measure were settled as eligible. */
  potentialTotal: Yuan,
  /** Added in @1: `programme@version` of the successor in force on asOf; such a programme is not in the file's maxTotal. */
  supersededBy: z.string().nullable(),
  /** Added in @1: documents every application to the programme needs. */
  documents: z.array(DocumentReport),
  /** Added in @1: every application window with its label (`window` sums them up). */
  windows: z.array(WindowDetailReport),
  /** Added in @1: the sources the rules cite (`S1`, `S1 §2` name them), as the rules list them. */
  sources: z.array(SourceReport),
  /** Added in @1: each fact path the measures name (`missing`, a missing amount base) with its rule label in Chinese; empty with `--lang en`. */
  factNamesZh: z.record(z.string(), z.string()),
  /** Added in @1: the stacking groups with two or more options: alternatives, of which one is taken. */
  choices: z.array(ChoiceReport),
  /**
   * Added in @1: the round on asOf. `current`: a company can still apply (window open, upcoming or
   * unpublished); `history`: every window closed, or superseded — its maxTotal is 0 and no measure is
   * counted; `pinned`: chosen with `--rules-version`, counted as if open.
   */
  round: Round,
  /** Added in @1: eligible measures of a counted round whose amount is not published (not zero: unknown). */
  unpublishedEligible: Count,
});

export const DiagnosticReport = z.strictObject({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  path: z.string(),
  /** 1-based; 0 when the finding has no position (a file that cannot be read). */
  line: Position,
  column: Position,
  /**
   * Added in @1: in a client sheet, the cell as a person names it (`clients.xlsx:客户!N7`); line is its row,
   * column its column. For a stream's line (file `profiles.ndjson:3`), the place in the stream file,
   * `profiles.ndjson:3:28`; line and column stay the line's own (line 1).
   */
  at: z.string().optional(),
});

export const FileResult = z.strictObject({
  file: z.string(),
  valid: z.boolean(),
  diagnostics: z.array(DiagnosticReport),
  company: Company,
  programmes: z.array(ProgrammeReport),
  /** Null for an invalid profile, which is not evaluated. */
  maxTotal: Yuan.nullable(),
  /** Added in @1: the `--fail-on` gates this file hits (empty without --fail-on). */
  gateHits: z.array(z.string()),
  /** Added in @1: eligible measures of counted rounds whose amount is not published: maxTotal leaves them out. */
  unpublishedEligible: Count,
  /** Added in @1: gates that cannot be decided (`below:` when an eligible amount is unpublished); they do not fail the file. */
  gatesUndecided: z.array(z.string()),
});

/**
 * Added in @1: the compact result, what json and ndjson print by default (`--detail full` prints
 * `FileResult`). Per measure: `id`, `project`, `verdict`, `maxAmount`, `evidence`, `counted`, the
 * one-line reason (`summary`) with its fact (`reasonFact`), and `missing`; per programme: `id`,
 * `version`, `window`, `round`, `measures`, `maxTotal`, `potentialTotal`, `supersededBy`, `caveats`,
 * `unpublishedEligible`; per file every field of the full result but `programmes`. It is the
 * full result without the other fields, so a reader of the compact shape also reads the full one.
 */
export const CompactMeasureReport = MeasureReport.pick({
  id: true,
  project: true,
  verdict: true,
  maxAmount: true,
  evidence: true,
  counted: true,
  summary: true,
  reasonFact: true,
  missing: true,
});
export const CompactProgrammeReport = ProgrammeReport.pick({
  id: true,
  version: true,
  window: true,
  maxTotal: true,
  caveats: true,
  potentialTotal: true,
  supersededBy: true,
  round: true,
  unpublishedEligible: true,
}).extend({
  measures: z.array(CompactMeasureReport),
});
export const CompactFileResult = FileResult.extend({ programmes: z.array(CompactProgrammeReport) });

const Summary = z.strictObject({
  files: Count,
  valid: Count,
  invalid: Count,
  /** Valid files with at least one eligible measure. */
  eligible: Count,
  /** Valid files with at least one undetermined measure. */
  undetermined: Count,
  maxTotal: Yuan,
  /** Added in @1: files that hit a `--fail-on` gate. */
  gateHits: Count,
  /** Added in @1: eligible measures with no published amount, over all files; maxTotal leaves them out. */
  unpublishedEligible: Count,
});

export const Report = z.strictObject({
  schema: z.literal(REPORT_SCHEMA),
  tool: Tool,
  asOf: AsOf,
  rules: z.array(
    z.strictObject({
      programme: ProgrammeId,
      version: VersionName,
      sha256: Sha256,
      /** Added in @1: the programme's document number (文号), to name it to a Chinese reader. */
      document: z.string(),
    }),
  ),
  /** Added in @1: programmes with no version in force on asOf. */
  skipped: z.array(
    z.strictObject({
      programme: z.string(),
      /** Added in @1: the programme's title in Chinese, to name it to a Chinese reader. */ titleZh: z.string(),
      version: z.string(),
      effectiveFrom: z.string().nullable(),
      effectiveTo: z.string().nullable(),
    }),
  ),
  /** Added in @1: `programme@version` of the rounds pinned with `--rules-version` (counted as if open). */
  pinned: z.array(z.string()),
  /**
   * Added in @1: when no round of the rules is open or upcoming on asOf (every one is history), the
   * newest, how it ended, and the sentence saying so; null when some round can still be applied to.
   */
  noOpenRound: z
    .strictObject({
      programme: z.string(),
      version: z.string(),
      closedOn: z.string().nullable(),
      supersededBy: z.string().nullable(),
      message: z.string(),
    })
    .nullable(),
  /** Added in @1: `compact` or `full`, the shape of the results (json and ndjson); absent: full. */
  detail: z.enum(DETAILS).optional(),
  /** Every input exactly once, in input order, valid or not. */
  results: z.array(FileResult),
  summary: Summary,
  /** Added in @1: the `--fail-on` gates in force, as given. */
  failOn: z.array(z.string()),
});

/** What `--format json` prints by default: the report with compact results (`detail: compact`). */
export const CompactReport = Report.extend({ results: z.array(CompactFileResult) });

/** What `--format json` prints: the report with results of either shape (`detail` says which). */
export const ReportDocument = Report.extend({ results: z.array(z.union([FileResult, CompactFileResult])) });

/**
 * Added in @1: `--format ndjson` prints a header line first (everything of the report before its
 * results: the rules, what was skipped or pinned, and whether any round is open), then one result per
 * line, then a summary line last: a stream without its summary line was cut off.
 */
export const NdjsonHeader = Report.pick({
  schema: true,
  tool: true,
  asOf: true,
  rules: true,
  skipped: true,
  pinned: true,
  noOpenRound: true,
  detail: true,
}).extend({
  /**
   * Added in @1: the layout of the result lines. `2` (compact results): a result's programmes leave
   * out their stacking notes (caveats with code `stacking-note`), said once in `programmeNotes`.
   * Absent (`--detail full`): every result carries all its caveats.
   */
  ndjson: z.literal(2).optional(),
  /**
   * Added in @1, with `ndjson: 2`: each selected programme version's stacking notes, the same on every
   * result of that programme (how its measures add up: alternatives, "in principle" rules, what the
   * totals cover), in the order a full result lists them after its other caveats.
   */
  programmeNotes: z.array(z.strictObject({ programme: z.string(), version: z.string(), caveats: z.array(CaveatReport) })).optional(),
});
export const NdjsonSummary = z.strictObject({ summary: Summary, failOn: z.array(z.string()) });

export type ReasonReport = z.infer<typeof ReasonReport>;
export type CaveatReport = z.infer<typeof CaveatReport>;
export type MeasureReport = z.infer<typeof MeasureReport>;
export type ProgrammeReport = z.infer<typeof ProgrammeReport>;
export type SourceReport = z.infer<typeof SourceReport>;
export type DiagnosticReport = z.infer<typeof DiagnosticReport>;
export type FileResult = z.infer<typeof FileResult>;
export type Report = z.infer<typeof Report>;
export type CompactMeasureReport = z.infer<typeof CompactMeasureReport>;
export type CompactProgrammeReport = z.infer<typeof CompactProgrammeReport>;
export type CompactFileResult = z.infer<typeof CompactFileResult>;
export type CompactReport = z.infer<typeof CompactReport>;
export type NdjsonHeader = z.infer<typeof NdjsonHeader>;
