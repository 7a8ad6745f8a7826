import type { CompactFileResult, CompactReport, Report } from '../contracts/report.js';

/**
 * The contract as compact JSON, keys in contract order, one trailing newline. Written in three parts
 * so a long batch can stream it: the head, each result as it is ready, the tail with the summary.
 */
export function formatJson(report: CompactReport): string {
  return jsonHead(report) + report.results.map(jsonResult).join(',') + jsonTail(report);
}

export function jsonHead(
  report: Pick<Report, 'schema' | 'tool' | 'asOf' | 'rules' | 'skipped' | 'pinned' | 'noOpenRound' | 'detail'>,
): string {
  const { schema, tool, asOf, rules, skipped, pinned, noOpenRound, detail } = report;
  return `${JSON.stringify({ schema, tool, asOf, rules, skipped, pinned, noOpenRound, ...(detail ? { detail } : {}) }).slice(0, -1)},"results":[`;
}

export function jsonResult(result: CompactFileResult): string {
  return JSON.stringify(result);
}

export function jsonTail(report: Pick<Report, 'summary' | 'failOn'>): string {
  return `],"summary":${JSON.stringify(report.summary)},"failOn":${JSON.stringify(report.failOn)}}\n`;
}
