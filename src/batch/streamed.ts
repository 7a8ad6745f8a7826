/**
 * The formats `check` writes as results arrive, in bounded memory: a head, one piece per result,
 * a tail. The others (table, markdown, checklist, html, junit — whose root element carries the
 * batch's totals) need the whole batch and are written at the end.
 */
import type { CompactFileResult, Report } from '../contracts/report.js';
import type { FormatName, FormatOptions } from '../formats/registry.js';
import type { Packed } from './evaluate-input.js';
import { printableDeep } from '../source/printable.js';

type Head = Pick<Report, 'schema' | 'tool' | 'asOf' | 'rules' | 'skipped' | 'pinned' | 'noOpenRound' | 'detail'>;
type Tail = Pick<Report, 'summary' | 'failOn'>;

export interface Streamed {
  head(header: Head): string;
  /** `index`: how many results came before this one. */
  result(packed: Packed, index: number): string;
  tail(tail: Tail): string;
}

/** A text format's result, every echoed string through the sanitiser (as loadFormatter does for whole reports). */
const objectOf = (packed: Packed): CompactFileResult => printableDeep(packed.result ?? (JSON.parse(packed.json) as CompactFileResult));

export async function streamFor(format: FormatName, options: FormatOptions): Promise<Streamed | undefined> {
  switch (format) {
    case 'json': {
      const { jsonHead, jsonTail } = await import('../formats/json.js');
      return { head: jsonHead, result: (p, i) => (i === 0 ? p.json : `,${p.json}`), tail: jsonTail };
    }
    case 'ndjson': {
      const { ndjsonHeader, ndjsonSummary } = await import('../formats/ndjson.js');
      return { head: ndjsonHeader, result: (p) => `${p.json}\n`, tail: ndjsonSummary };
    }
    case 'csv': {
      const { csvHeader, csvLines } = await import('../formats/csv.js');
      return { head: csvHeader, result: (p) => csvLines(objectOf(p)), tail: () => '' };
    }
    case 'github': {
      const { githubHead, githubLines } = await import('../formats/github.js');
      return { head: (h) => githubHead(printableDeep(h)), result: (p) => githubLines(objectOf(p), options), tail: () => '' };
    }
    default:
      return undefined;
  }
}
