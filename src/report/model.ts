/**
 * Builds the report (the contract in ./contract.ts) from evaluation results;
 * every formatter renders this and nothing else.
 */
import { renderMessage, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompanyResult } from '../engine/evaluate.js';
import type { MeasureResult, ProgrammeResult, Verdict } from '../engine/types.js';
import type { ProfileRead } from '../profile/read.js';
import type { RuleVersion } from '../rules/load.js';
import type { Skipped } from '../rules/select.js';
import { renderCaveat } from './caveats.js';
import { pick, type Lang } from './lang.js';
import type { FileResult, MeasureReport, ProgrammeReport, Report } from './contract.js';
import { REPORT_SCHEMA } from './schema-id.js';
import { gateHits, type Gate } from './gates.js';
import { expectedOf, oneLineReason, plainActual } from './reasons.js';

export { REPORT_SCHEMA, type FileResult, type Report };

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
}

export function fileResult(outcome: FileOutcome, lang: Lang, gates: readonly Gate[] = []): FileResult {
  const { read, evaluation } = outcome;
  const diagLang = lang === 'zh' ? 'zh' : 'en';
  const result = {
    file: outcome.file,
    valid: evaluation !== undefined,
    diagnostics: read.diagnostics.map((d: Diagnostic) => ({ severity: d.severity, code: d.code, message: renderMessage(d, diagLang), path: d.path, line: d.line, column: d.column })),
    company: read.company,
    programmes: evaluation ? evaluation.programmes.map((p) => programmeReport(p, lang)) : [],
    maxTotal: evaluation ? evaluation.maxTotal : null,
  };
  return { ...result, gateHits: gateHits(result, gates) };
}

function programmeReport(p: ProgrammeResult, lang: Lang): ProgrammeReport {
  const { rule } = p.version;
  return {
    id: rule.programme.id,
    version: rule.programme.version,
    window: p.window,
    measures: p.measures.map((m) => measureReport(m, p, lang)),
    maxTotal: p.maxTotal,
    caveats: p.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    title: pick(rule.programme.title, lang),
    document: rule.programme.document,
  };
}

function measureReport(m: MeasureResult, p: ProgrammeResult, lang: Lang): MeasureReport {
  return {
    id: m.measure.id,
    project: m.project?.id ?? null,
    verdict: m.verdict,
    maxAmount: m.maxAmount,
    evidence: m.evidence,
    reasons: m.trace.map((t) => ({
      label: pick(t.leaf.label, lang),
      result: t.result,
      actual: plainActual(t.actual),
      expected: expectedOf(t.leaf, p.version.rule),
      cite: t.leaf.cite,
      evidence: t.leaf.evidence,
      fact: t.leaf.fact === undefined ? null : typeof t.leaf.fact === 'string' ? t.leaf.fact : t.leaf.fact.join('..'),
      scope: t.scope,
    })),
    missing: m.missing,
    amountSteps: m.amountSteps,
    caveats: m.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    title: pick(m.measure.title, lang),
    summary: oneLineReason(m, p.version.rule, lang),
    amountEvidence: m.measure.amount.evidence,
    counted: m.counted,
  };
}

export function buildReport(input: ReportInput, results: FileResult[]): Report {
  const valid = results.filter((r) => r.valid);
  const anyVerdict = (r: FileResult, v: Verdict) => r.programmes.some((p) => p.measures.some((m) => m.verdict === v));
  return {
    schema: REPORT_SCHEMA,
    tool: input.tool,
    asOf: input.asOf,
    rules: input.selected.map((v) => ({ programme: v.rule.programme.id, version: v.rule.programme.version, sha256: v.sha256 })),
    skipped: input.skipped.map((s) => ({ programme: s.programme, version: s.version, effectiveFrom: s.from, effectiveTo: s.to })),
    results,
    summary: {
      files: results.length,
      valid: valid.length,
      invalid: results.length - valid.length,
      eligible: valid.filter((r) => anyVerdict(r, 'eligible')).length,
      undetermined: valid.filter((r) => anyVerdict(r, 'undetermined')).length,
      maxTotal: valid.reduce((sum, r) => sum + (r.maxTotal ?? 0), 0),
      gateHits: results.filter((r) => r.gateHits.length > 0).length,
    },
    failOn: [...(input.failOn ?? [])],
  };
}
