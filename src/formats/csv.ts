/**
 * CSV for spreadsheets: one row per file × programme measure (per project), one row for an invalid
 * file carrying its first error, one row for a valid file no programme was in force for — so every
 * input has at least one row.
 *
 * Decisions, for the people opening it:
 * - RFC 4180: comma separated, CRLF line ends, a header row, a field quoted when it holds a comma,
 *   a double quote (doubled inside) or a line break. Chinese text needs no quoting.
 * - UTF-8 with a byte-order mark: Excel reads BOM-less CSV in the system code page and garbles
 *   Chinese names; LibreOffice, pandas (`encoding='utf-8-sig'`) and csvkit accept the BOM.
 * - The header is English and stable whatever `--lang`; reasons follow `--lang`.
 * - `verdict` is `invalid` on an invalid file's row, and `reason` holds its first error
 *   (`line:column code message`, no position for an unreadable file); the other errors are in the json report and on stderr.
 * - `maxAmount` is integer yuan, empty when the guideline publishes no amount (null), 0 when ineligible.
 * - `round` is `current`, `history` (closed or superseded: `counted` is false) or `pinned`; a column
 *   added at the end, so readers by position keep working.
 * - A text cell starting with `=`, `+`, `@`, a tab, a carriage return or `-` followed by more text
 *   gets a leading `'`, so a spreadsheet shows it instead of running it as a formula (OWASP "CSV
 *   injection"): company names and file paths come from the profiles, not from us.
 */
import type { CompactFileResult as FileResult, CompactReport as Report } from '../contracts/report.js';
import { shortPosition } from '../text/position.js';

export const CSV_COLUMNS = [
  'file',
  'company',
  'uscc',
  'programme',
  'version',
  'measure',
  'project',
  'verdict',
  'maxAmount',
  'evidence',
  'counted',
  'reason',
  'missing',
  'gateHits',
  'window',
  'round',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function formatCsv(report: Report): string {
  return csvHeader() + report.results.map(csvLines).join('');
}

/** The byte-order mark and the header line: what a stream writes first. */
export function csvHeader(): string {
  return BOM + CSV_COLUMNS.join(',') + CRLF;
}

/** One file's rows, each ended by CRLF, so a stream can write a result as soon as it is ready. */
export function csvLines(result: FileResult): string {
  return fileRows(result)
    .map((row) => CSV_COLUMNS.map((c) => csvField(row[c] ?? '')).join(',') + CRLF)
    .join('');
}

function fileRows(r: FileResult): Row[] {
  const file = { file: r.file, company: r.company.name ?? '', uscc: r.company.uscc ?? '', gateHits: r.gateHits.join('; ') };
  if (!r.valid) {
    const first = r.diagnostics.find((d) => d.severity === 'error');
    return [
      {
        ...file,
        verdict: 'invalid',
        reason: first ? `${shortPosition(first) ? `${shortPosition(first)} ` : ''}${first.code} ${first.message}` : '',
      },
    ];
  }
  // Each row written out whole, not spread from `file`: a spread followed by more keys made every row a
  // slow dictionary object, a sixth of a streamed csv's time (10,000 profiles, bench/README.md).
  const rows = r.programmes.flatMap((p) =>
    p.measures.map(
      (m): Row => ({
        file: file.file,
        company: file.company,
        uscc: file.uscc,
        programme: p.id,
        version: p.version,
        measure: m.id,
        project: m.project ?? '',
        verdict: m.verdict,
        maxAmount: m.maxAmount === null ? '' : String(m.maxAmount),
        evidence: m.evidence,
        counted: String(m.counted),
        reason: m.summary,
        missing: m.missing.join('; '),
        gateHits: file.gateHits,
        window: p.window.state,
        round: p.round,
      }),
    ),
  );
  return rows.length > 0 ? rows : [file];
}

/** One field, quoted only when RFC 4180 requires it, and defused when a spreadsheet would run it. */
export function csvField(text: string): string {
  const safe = /^(?:[=+@\t\r]|-.)/su.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
