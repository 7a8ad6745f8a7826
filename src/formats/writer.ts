/**
 * A text format written piece by piece, so `check` can write it as results arrive in bounded memory:
 * what opens it (known before any result), one piece per file result, and what closes it (once the
 * batch is summed up). A writer may keep counters between pieces, never the results themselves.
 * The whole-report formatter is the same writer run over the report, so both paths give the same bytes.
 */
import type { Report } from '../contracts/report.js';

/** What a writer knows before the first result: the report's header and the run's gates. */
export type Opening = Pick<Report, 'schema' | 'tool' | 'asOf' | 'rules' | 'skipped' | 'pinned' | 'noOpenRound' | 'failOn'>;

export interface Writer<R> {
  head: string;
  result(result: R): string;
  tail(summary: Report['summary']): string;
}

/** A whole report through its writer: what `check` streams, in one string. */
export function written<R>(writer: Writer<R>, results: readonly R[], summary: Report['summary']): string {
  return writer.head + results.map((r) => writer.result(r)).join('') + writer.tail(summary);
}
