import type { CompactFileResult, CompactReport, NdjsonHeader, Report } from '../contracts/report.js';

/** One result object per line, in input order; written as each result is ready. */
export function ndjsonLine(result: CompactFileResult): string {
  return `${JSON.stringify(result)}\n`;
}

/**
 * The first line: everything of the report before its results (contract `NdjsonHeader`). With
 * `programmeNotes` (compact results), the stacking notes every result would repeat are said here once.
 */
export function ndjsonHeader(report: Omit<NdjsonHeader, 'ndjson'>): string {
  const { schema, tool, asOf, rules, skipped, pinned, noOpenRound, detail, programmeNotes } = report;
  const notes = programmeNotes ? { ndjson: 2, programmeNotes } : {};
  return `${JSON.stringify({ schema, tool, asOf, rules, skipped, pinned, noOpenRound, ...(detail ? { detail } : {}), ...notes })}\n`;
}

/** The last line (contract `NdjsonSummary`): a stream without it was cut off. */
export function ndjsonSummary(report: Pick<Report, 'summary' | 'failOn'>): string {
  return `${JSON.stringify({ summary: report.summary, failOn: report.failOn })}\n`;
}

/** The whole report as NDJSON lines, for callers that hold a report: header, results, summary. */
export function formatNdjson(report: CompactReport): string {
  return ndjsonHeader(report) + report.results.map(ndjsonLine).join('') + ndjsonSummary(report);
}
