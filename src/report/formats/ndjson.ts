import type { FileResult, Report } from '../contract.js';

/** One result object per line, in input order; written as each result is ready. */
export function ndjsonLine(result: FileResult): string {
  return `${JSON.stringify(result)}\n`;
}

/** The whole report as NDJSON lines, for callers that hold a report. */
export function formatNdjson(report: Report): string {
  return report.results.map(ndjsonLine).join('');
}
