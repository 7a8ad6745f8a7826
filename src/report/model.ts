/**
 * Builds the report (the contract in ./contract.ts) from evaluation results;
 * every formatter renders this and nothing else.
 */
import { renderMessage, type Diagnostic } from '../diagnostics/diagnostic.js';
import { printable } from '../source/printable.js';
import type { CompanyResult } from '../engine/evaluate.js';
import type { MeasureResult, ProgrammeResult, Verdict } from '../engine/types.js';
import type { ProfileRead } from '../profile/read.js';
import type { Leaf } from '../rules/schema.js';
import type { RuleVersion } from '../rules/load.js';
import type { Skipped } from '../rules/select.js';
import { renderCaveat } from './caveats.js';
import type { Lang } from '../text/lang.js';
import type {
  CompactFileResult,
  CompactMeasureReport,
  CompactReport,
  FileResult,
  MeasureReport,
  ProgrammeReport,
  NdjsonHeader,
  Report,
} from '../contracts/report.js';
import { REPORT_SCHEMA } from '../contracts/schema-id.js';
import { factNames } from '../text/fact-name.js';
import { DETAILS, type Detail } from '../contracts/detail.js';
import { gateHits, gatesUndecided, type Gate } from './gates.js';
import { counts, newestClosed, roundsOf, type RoundInfo } from '../engine/rounds.js';
import { notesOf } from '../engine/stacking.js';
import { endedRound, noOpenRoundSentence } from './round-text.js';
import { expectedOf, oneLineReason, plainActual } from './reasons.js';
import { measureAdvice, programmeAdvice } from './advice.js';
import { say, once } from '../text/messages.js';

export type { FileResult, Report };

export interface FileOutcome {
  file: string;
  read: ProfileRead;
  evaluation?: CompanyResult;
}

export interface ReportInput {
  tool: { name: string; version: string };
  asOf: string;
  selected: readonly RuleVersion[];
  skipped: readonly Skipped[];
  lang: Lang;
  /** The `--fail-on` gates, as given. */
  failOn?: readonly string[];
  /** The shape of the results, said in the header of json and ndjson. */
  detail?: Detail;
  /** Each selected version's round on asOf (from `prepare`); worked out with nothing pinned when absent. */
  rounds?: readonly RoundInfo[];
  /** Whether the rules are the bundled ones: the no-open-round sentence names them so. */
  bundled?: boolean;
  /** The results leave out their programmes' stacking notes: the header says them (`programmeNotes`). */
  notesOnce?: boolean;
}

/** A diagnostic as the report carries it: its message rendered in the report's language. */
export function diagnosticReport(d: Diagnostic, lang: Lang): FileResult['diagnostics'][number] {
  return {
    severity: d.severity,
    code: d.code,
    message: renderMessage(d, once(lang)),
    path: printable(d.path),
    line: d.line,
    column: d.column,
    ...(d.at ? { at: printable(d.at) } : {}),
  };
}

export { DETAILS, type Detail };

/** The full result; the outcome's evaluation must have been made with `detail`. */
export function fileResult(outcome: FileOutcome, lang: Lang, gates: readonly Gate[] = []): FileResult {
  return resultWith(outcome, lang, gates, (p) => programmeReport(p, lang));
}

/** `notesOnce`: the programmes' stacking notes are left out (said once in the NDJSON header, `programmeNotes`; shown by no other compact format). */
export function compactResult(outcome: FileOutcome, lang: Lang, gates: readonly Gate[] = [], notesOnce = false): CompactFileResult {
  return resultWith(outcome, lang, gates, (p) => compactProgramme(p, lang, notesOnce));
}

export function resultOfDetail(
  outcome: FileOutcome,
  lang: Lang,
  gates: readonly Gate[],
  detail: Detail,
  notesOnce = false,
): FileResult | CompactFileResult {
  return detail === 'full' ? fileResult(outcome, lang, gates) : compactResult(outcome, lang, gates, notesOnce);
}

/**
 * One object literal with every key, in the contract's order: spreading a result into another with
 * more keys made each a slow dictionary object, built and serialised once per streamed profile.
 */
function resultWith<P extends CompactFileResult['programmes'][number]>(
  outcome: FileOutcome,
  lang: Lang,
  gates: readonly Gate[],
  programme: (p: ProgrammeResult) => P,
) {
  const { read, evaluation } = outcome;
  const programmes = evaluation ? evaluation.programmes.map(programme) : [];
  const unpublishedEligible = programmes.reduce((n, p) => n + p.unpublishedEligible, 0);
  const result = {
    file: outcome.file,
    valid: evaluation !== undefined,
    diagnostics: read.diagnostics.map((d) => diagnosticReport(d, lang)),
    company: read.company,
    programmes,
    maxTotal: evaluation ? evaluation.maxTotal : null,
    unpublishedEligible,
    gateHits: [] as string[],
    gatesUndecided: [] as string[],
  };
  if (gates.length > 0) {
    result.gateHits = gateHits(result, gates);
    result.gatesUndecided = gatesUndecided(result, gates);
  }
  return result;
}

function compactProgramme(p: ProgrammeResult, lang: Lang, notesOnce: boolean): CompactFileResult['programmes'][number] {
  const { rule } = p.version;
  return {
    id: rule.programme.id,
    version: rule.programme.version,
    window: p.window,
    measures: p.measures.map((m) => compactMeasure(m, p, lang)),
    maxTotal: p.maxTotal,
    caveats: (notesOnce ? p.caveats.filter((c) => c.code !== STACKING_NOTE) : p.caveats).map((c) => ({
      code: c.code,
      message: renderCaveat(c, lang),
    })),
    potentialTotal: p.potentialTotal,
    supersededBy: p.supersededBy,
    round: p.round,
    unpublishedEligible: unpublishedEligible(p),
  };
}

const STACKING_NOTE = 'stacking-note';

/**
 * Each selected version's stacking notes (the rule file's `stacking.caveats`), as every result of the
 * programme carries them: the same words on every line of a stream, so an NDJSON stream says them once,
 * in its header. The engine's own notes (engine/stacking.ts `notesOf`); a test holds the two together.
 */
export function programmeNotes(selected: readonly RuleVersion[], lang: Lang): ProgrammeNotes {
  return selected.flatMap(({ rule }) => {
    const notes = notesOf(rule.stacking);
    if (notes.length === 0) return [];
    const caveats = notes.map((note) => ({ code: note.code, message: renderCaveat(note, lang) }));
    return [{ programme: rule.programme.id, version: rule.programme.version, caveats }];
  });
}

export type ProgrammeNotes = NonNullable<NdjsonHeader['programmeNotes']>;

/** What every shape of a measure's result opens with: which measure, for which project, decided how. */
const measureHead = (m: MeasureResult) => ({
  id: m.measure.id,
  project: m.project?.id ?? null,
  verdict: m.verdict,
  maxAmount: m.maxAmount,
  evidence: m.evidence,
});

// Written out, not spread from measureHead: a spread followed by more keys made every measure a slow
// dictionary object (as csv's rows were), a fifth of building a streamed result.
function compactMeasure(m: MeasureResult, p: ProgrammeResult, lang: Lang): CompactMeasureReport {
  return {
    id: m.measure.id,
    project: m.project?.id ?? null,
    verdict: m.verdict,
    maxAmount: m.maxAmount,
    evidence: m.evidence,
    counted: m.counted,
    summary: oneLineReason(m, p.version.rule, lang),
    reasonFact: m.decisive ? factOf(m.decisive.leaf) : null,
    missing: m.missing,
  };
}

const factOf = (leaf: Leaf): string | null =>
  leaf.fact === undefined ? null : typeof leaf.fact === 'string' ? leaf.fact : leaf.fact.join('..');

// Not zero and not in maxTotal: said beside it. A history round counts nothing, published or not.
const unpublishedEligible = (p: ProgrammeResult): number =>
  counts(p.round) ? p.measures.filter((m) => m.verdict === 'eligible' && m.maxAmount === null).length : 0;

function programmeReport(p: ProgrammeResult, lang: Lang): ProgrammeReport {
  const { rule } = p.version;
  return {
    id: rule.programme.id,
    version: rule.programme.version,
    window: p.window,
    measures: p.measures.map((m) => measureReport(m, p, lang)),
    maxTotal: p.maxTotal,
    caveats: p.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    title: say(rule.programme.title, lang),
    document: rule.programme.document,
    potentialTotal: p.potentialTotal,
    supersededBy: p.supersededBy,
    ...programmeAdvice(p, lang),
    sources: rule.sources.map((s) => ({ id: s.id, title: s.title, url: s.url ?? null, date: s.date ?? null })),
    factNamesZh: lang === 'en' ? {} : factNames(p.measures.flatMap(namedFacts), rule),
    choices: p.choices.map((c) => ({
      group: c.group.id,
      label: say(c.group.label, lang),
      cite: c.group.cite,
      evidence: c.group.evidence,
      options: c.options.map(pairOf),
      chosen: c.chosen && pairOf(c.chosen),
    })),
    round: p.round,
    unpublishedEligible: unpublishedEligible(p),
  };
}

/** The fact paths a measure's result names: what is missing, and a missing amount base. */
const namedFacts = (m: MeasureResult): string[] => [
  ...m.missing,
  ...m.amountSteps.flatMap((s) => (s.step === 'missing-base' ? [s.fact] : [])),
];

const pairOf = (m: MeasureResult) => ({ measure: m.measure.id, project: m.project?.id ?? null });

function measureReport(m: MeasureResult, p: ProgrammeResult, lang: Lang): MeasureReport {
  if (!m.trace) throw new Error(`a full result of ${m.measure.id} needs an evaluation with detail`);
  return {
    ...measureHead(m),
    reasons: m.trace.map((t) => ({
      label: say(t.leaf.label, lang),
      result: t.result,
      actual: plainActual(t.actual),
      expected: expectedOf(t.leaf, p.version.rule),
      cite: t.leaf.cite,
      evidence: t.leaf.evidence,
      fact: factOf(t.leaf),
      scope: t.scope,
    })),
    missing: m.missing,
    amountSteps: m.amountSteps,
    caveats: m.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    title: say(m.measure.title, lang),
    summary: oneLineReason(m, p.version.rule, lang),
    amountEvidence: m.measure.amount.evidence,
    counted: m.counted,
    reasonFact: m.decisive ? factOf(m.decisive.leaf) : null,
    ...measureAdvice(m, p, lang),
  };
}

export function buildReport(input: ReportInput, results: FileResult[]): Report;
export function buildReport(input: ReportInput, results: CompactFileResult[]): CompactReport;
export function buildReport(input: ReportInput, results: CompactFileResult[]): CompactReport {
  return { ...reportHeader(input), results, summary: summarise(results), failOn: [...(input.failOn ?? [])] };
}

/** Everything of the report but its results and summary: what a streaming format can write first. */
export function reportHeader(input: ReportInput): Omit<NdjsonHeader, 'ndjson'> {
  const rounds = input.rounds ?? roundsOf(input.selected, input.asOf);
  const newest = newestClosed(rounds);
  const ended = newest && endedRound(newest);
  return {
    ...(input.detail ? { detail: input.detail } : {}),
    schema: REPORT_SCHEMA,
    tool: input.tool,
    asOf: input.asOf,
    rules: input.selected.map((v) => ({
      programme: v.rule.programme.id,
      version: v.rule.programme.version,
      sha256: v.sha256,
      document: v.rule.programme.document,
    })),
    skipped: input.skipped.map((s) => ({
      programme: s.programme,
      titleZh: s.title.zh,
      version: s.version,
      effectiveFrom: s.from,
      effectiveTo: s.to,
    })),
    pinned: rounds.filter((r) => r.round === 'pinned').map((r) => `${r.programme}@${r.version}`),
    noOpenRound: ended
      ? { ...ended, message: noOpenRoundSentence(ended, input.asOf, input.bundled ?? false, input.lang, newest.titleZh) }
      : null,
    ...(input.notesOnce ? { programmeNotes: programmeNotes(input.selected, input.lang) } : {}),
  };
}

export type Summary = Report['summary'];

export function emptySummary(): Summary {
  return { files: 0, valid: 0, invalid: 0, eligible: 0, undetermined: 0, maxTotal: 0, gateHits: 0, unpublishedEligible: 0 };
}

/** What the summary, the exit code and stderr need of a result: small enough to pass between threads. */
export interface Brief {
  file: string;
  valid: boolean;
  eligible: boolean;
  undetermined: boolean;
  maxTotal: number;
  unpublishedEligible: number;
  gateHit: boolean;
  diagnostics: FileResult['diagnostics'];
}

export function briefOf(r: CompactFileResult): Brief {
  // A history round is shown, not counted: its verdicts are not what the company can apply for.
  const anyVerdict = (v: Verdict) => r.programmes.some((p) => counts(p.round) && p.measures.some((m) => m.verdict === v));
  return {
    file: r.file,
    valid: r.valid,
    eligible: r.valid && anyVerdict('eligible'),
    undetermined: r.valid && anyVerdict('undetermined'),
    maxTotal: r.maxTotal ?? 0,
    unpublishedEligible: r.unpublishedEligible,
    gateHit: r.gateHits.length > 0,
    diagnostics: r.diagnostics,
  };
}

/** Count one result into a running summary, so a stream need not keep its results. */
export function addToSummary(summary: Summary, b: Brief): void {
  summary.files += 1;
  if (b.valid) summary.valid += 1;
  else summary.invalid += 1;
  if (b.eligible) summary.eligible += 1;
  if (b.undetermined) summary.undetermined += 1;
  summary.maxTotal += b.maxTotal;
  summary.unpublishedEligible += b.unpublishedEligible;
  if (b.gateHit) summary.gateHits += 1;
}

function summarise(results: readonly CompactFileResult[]): Summary {
  const summary = emptySummary();
  for (const r of results) addToSummary(summary, briefOf(r));
  return summary;
}
