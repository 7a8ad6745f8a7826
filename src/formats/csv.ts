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
export function csvLines(r: FileResult): string {
  const company = r.company.name ?? '';
  const uscc = r.company.uscc ?? '';
  const gateHits = r.gateHits.join('; ');
  if (!r.valid) {
    const first = r.diagnostics.find((d) => d.severity === 'error');
    const reason = first ? `${shortPosition(first) ? `${shortPosition(first)} ` : ''}${first.code} ${first.message}` : '';
    return line([r.file, company, uscc, '', '', '', '', 'invalid', '', '', '', reason, '', gateHits, '', '']);
  }
  // Each row's fields in column order, joined as they are made: rows as objects read back column by
  // column, and two regular expressions per field, were a tenth of a streamed csv's time (50,000 profiles).
  let text = '';
  for (const p of r.programmes)
    for (const m of p.measures)
      text += line([
        r.file,
        company,
        uscc,
        p.id,
        p.version,
        m.id,
        m.project ?? '',
        m.verdict,
        m.maxAmount === null ? '' : String(m.maxAmount),
        m.evidence,
        String(m.counted),
        m.summary,
        m.missing.join('; '),
        gateHits,
        p.window.state,
        p.round,
      ]);
  return text !== '' ? text : line([r.file, company, uscc, '', '', '', '', '', '', '', '', '', '', gateHits, '', '']);
}

/** One row: its fields in CSV_COLUMNS order. */
function line(fields: readonly string[]): string {
  let text = csvField(fields[0]!);
  for (let i = 1; i < fields.length; i++) text += `,${csvField(fields[i]!)}`;
  return text + CRLF;
}

/** One field, quoted only when RFC 4180 requires it, and defused when a spreadsheet would run it. */
export function csvField(text: string): string {
  const safe = runsAsFormula(text) ? `'${text}` : text;
  return QUOTED.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const QUOTED = /[",\r\n]/;

/** `=`, `+`, `@`, a tab or a carriage return first, or `-` followed by more text. */
function runsAsFormula(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x40 || c === 0x09 || c === 0x0d || (c === 0x2d && text.length > 1);
}
