/**
 * The compact result (`CompactFileResult`) as JSON text, written for its known shape: the same bytes
 * as `JSON.stringify(result)` (keys in the order the report builds them, strings escaped as it escapes
 * them), which a differential test holds it to on fixtures and generated profiles. A streamed NDJSON
 * profile's result is 2–3 kB, much of it Chinese text: `JSON.stringify` walked each object's keys and
 * spent about 10 µs on it, a sixth of a one-thread stream; writing the known keys as text takes about
 * half of that.
 */
import type { CompactFileResult, CompactMeasureReport, CompactProgrammeReport, DiagnosticReport } from '../contracts/report.js';

/**
 * A character JSON.stringify writes as an escape: a control character, a quote, a backslash, or a
 * surrogate (a lone one is escaped, a pair is not: any surrogate goes to JSON.stringify itself).
 */
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** A string (or null) as JSON.stringify writes it. */
export const jsonString = (text: string | null): string =>
  text === null ? 'null' : ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;

/*
 * Written between quotes without a look at their characters (asking each of some 50 strings a profile
 * cost about 3 µs): a verdict, an evidence level, a window state and a round, words of the contract's
 * enumerations (`as const` lists of plain lower-case words); and what the rule schema holds to plain
 * characters (src/rules/schema.ts): a programme's and a measure's id (`Id`), a version, and fact paths
 * (`FactPath`), which a reason's fact (`a..b` for a period) and the missing facts (with a project's
 * index) are made of. test/report/formats/compact-json.test.ts holds the schema to that.
 */
const plain = (text: string): string => `"${text}"`;

/** A number (or null) as JSON.stringify writes it: not finite is null. */
const jsonNumber = (n: number | null): string => (n !== null && Number.isFinite(n) ? `${n}` : 'null');

function jsonList<T>(items: readonly T[], item: (value: T) => string): string {
  if (items.length === 0) return '[]';
  let text = `[${item(items[0] as T)}`;
  for (let i = 1; i < items.length; i++) text += `,${item(items[i] as T)}`;
  return `${text}]`;
}

const diagnosticJson = (d: DiagnosticReport): string =>
  `{"severity":${jsonString(d.severity)},"code":${jsonString(d.code)},"message":${jsonString(d.message)},"path":${jsonString(d.path)}` +
  `,"line":${jsonNumber(d.line)},"column":${jsonNumber(d.column)}${d.at === undefined ? '' : `,"at":${jsonString(d.at)}`}}`;

const measureJson = (m: CompactMeasureReport): string =>
  `{"id":"${m.id}","project":${jsonString(m.project)},"verdict":"${m.verdict}","maxAmount":${jsonNumber(m.maxAmount)}` +
  `,"evidence":"${m.evidence}","counted":${m.counted},"summary":${jsonString(m.summary)}` +
  `,"reasonFact":${m.reasonFact === null ? 'null' : plain(m.reasonFact)},"missing":${jsonList(m.missing, plain)}}`;

const caveatJson = (c: { code: string; message: string }): string => `{"code":${jsonString(c.code)},"message":${jsonString(c.message)}}`;

const programmeJson = (p: CompactProgrammeReport): string =>
  `{"id":"${p.id}","version":"${p.version}","window":{"state":"${p.window.state}"` +
  `,"opens":${jsonString(p.window.opens)},"closes":${jsonString(p.window.closes)}},"measures":${jsonList(p.measures, measureJson)}` +
  `,"maxTotal":${jsonNumber(p.maxTotal)},"caveats":${jsonList(p.caveats, caveatJson)},"potentialTotal":${jsonNumber(p.potentialTotal)}` +
  `,"supersededBy":${jsonString(p.supersededBy)},"round":"${p.round}","unpublishedEligible":${jsonNumber(p.unpublishedEligible)}}`;

/** `JSON.stringify(result)` of a compact result, byte for byte. */
export const compactResultJson = (r: CompactFileResult): string =>
  `{"file":${jsonString(r.file)},"valid":${r.valid},"diagnostics":${jsonList(r.diagnostics, diagnosticJson)}` +
  `,"company":{"name":${jsonString(r.company.name)},"uscc":${jsonString(r.company.uscc)}},"programmes":${jsonList(r.programmes, programmeJson)}` +
  `,"maxTotal":${jsonNumber(r.maxTotal)},"unpublishedEligible":${jsonNumber(r.unpublishedEligible)}` +
  `,"gateHits":${jsonList(r.gateHits, jsonString)},"gatesUndecided":${jsonList(r.gatesUndecided, jsonString)}}`;
