/**
 * The formats `check` writes as results arrive, in bounded memory: a head, one piece per result,
 * a tail. Two need the whole batch and are written at the end: html (an overview of every company
 * opens the document) and the table of many files (a terminal table laid out at once, from compact results).
 */
import type { CompactFileResult, FileResult, NdjsonHeader, Report } from '../contracts/report.js';
import type { Detail } from '../contracts/detail.js';
import type { FormatName, FormatOptions } from '../formats/registry.js';
import { jsonOf, objectOf as resultObjectOf, type Packed } from './evaluate-input.js';
import type { Made } from './made.js';
import { printableDeep } from '../source/printable.js';
import type { Opening, Writer } from '../formats/writer.js';

type Head = Omit<NdjsonHeader, 'ndjson'>;
type Tail = Pick<Report, 'summary' | 'failOn'>;

export interface Streamed {
  head(header: Head): string;
  /** `index`: how many results came before this one. */
  result(packed: Packed, index: number): string;
  /**
   * What goes out for a batch a worker made (src/batch/made.ts), in order; `index`: how many results
   * came before it. Only the formats written apart (`madeApart`) have it.
   */
  made?(made: Made, index: number): (string | Uint8Array)[];
  tail(tail: Tail): string;
}

/** A text format's result, every echoed string through the sanitiser (as loadFormatter does for whole reports). */
const objectOf = (packed: Packed): CompactFileResult => printableDeep(resultObjectOf(packed));

/**
 * Whether the header says the programmes' stacking notes once, and the results leave them out: compact
 * NDJSON, where the same four notes were a sixth of every line (bench/RESULTS.md).
 */
export const notesInHeader = (format: FormatName, detail: Detail): boolean => format === 'ndjson' && detail === 'compact';

/**
 * Whether the results leave out their programmes' stacking notes: said in the NDJSON header, and shown
 * by no other compact format (csv, junit, github and the tables of many files show no caveat), where
 * rendering them for every result was wasted. json prints them on each result.
 */
export const leavesOutNotes = (format: FormatName, detail: Detail): boolean => detail === 'compact' && format !== 'json';

/**
 * Whether a worker can write a batch's pieces of the format itself (src/batch/made.ts): json, ndjson
 * and csv, whose piece of a result depends on nothing but the result and whether it is the first.
 * The others are written in one place (their writer keeps a head).
 */
export const madeApart = (format: FormatName): boolean => format === 'json' || format === 'ndjson' || format === 'csv';

export async function streamFor(format: FormatName, options: FormatOptions, failOn: readonly string[]): Promise<Streamed | undefined> {
  switch (format) {
    case 'json': {
      const { jsonHead, jsonTail } = await import('../formats/json.js');
      return {
        head: jsonHead,
        result: (p, i) => (i === 0 ? jsonOf(p) : `,${jsonOf(p)}`),
        // A worker wrote its batch's results as `result` does from the first: batches are joined by the comma.
        made: (m, i) => (i > 0 && m.briefs.length > 0 ? [',', m.bytes] : [m.bytes]),
        tail: jsonTail,
      };
    }
    case 'ndjson': {
      const { ndjsonHeader, ndjsonSummary } = await import('../formats/ndjson.js');
      return { head: ndjsonHeader, result: (p) => `${jsonOf(p)}\n`, made: (m) => [m.bytes], tail: ndjsonSummary };
    }
    case 'csv': {
      const { csvHeader, csvLines } = await import('../formats/csv.js');
      return { head: csvHeader, result: (p) => csvLines(objectOf(p)), made: (m) => [m.bytes], tail: () => '' };
    }
    case 'github': {
      const { githubHead, githubLines } = await import('../formats/github.js');
      return { head: (h) => githubHead(printableDeep(h)), result: (p) => githubLines(objectOf(p), options), tail: () => '' };
    }
    case 'junit': {
      const { junitWriter } = await import('../formats/junit.js');
      return streamedWriter(failOn, (o) => junitWriter(o, options));
    }
    case 'markdown': {
      const { markdownReportWriter } = await import('../formats/markdown-client.js');
      return streamedWriter(failOn, (o) => markdownReportWriter(o, options));
    }
    case 'checklist': {
      const { checklistWriter } = await import('../formats/checklist.js');
      return streamedWriter(failOn, (o) => checklistWriter(o, options));
    }
    case 'ics': {
      const { icsWriter } = await import('../formats/ics.js');
      return streamedWriter(failOn, (o) => icsWriter(o, options));
    }
    default:
      return undefined;
  }
}

/**
 * A text format's writer (src/formats/writer.ts) as a stream, made once the header is known. The tasks
 * ran with the detail the format shows (detailFor in run-tasks.ts): full results for the client formats.
 */
function streamedWriter(failOn: readonly string[], make: (opening: Opening) => Writer<FileResult>): Streamed {
  let writer: Writer<FileResult> | undefined;
  const made = () => writer ?? fail('a streamed format writes its head first');
  return {
    head: (header) => {
      // Every echoed string through the sanitiser, as loadFormatter does for a whole report.
      writer = make(printableDeep({ ...header, failOn: [...failOn] }) as Opening);
      return writer.head;
    },
    result: (p) => made().result(objectOf(p) as FileResult),
    tail: ({ summary }) => made().tail(summary),
  };
}

function fail(message: string): never {
  throw new Error(message);
}
