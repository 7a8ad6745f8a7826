import { printable } from '../source/printable.js';
import { type Args, type Code, messageOf, severityOf } from './catalogue.js';

/** A finding: data with a stable code and a location; the message is rendered from the catalogue. */
export interface Diagnostic {
  code: Code;
  severity: 'error' | 'warning';
  file: string;
  /** Dotted path in the document (`projects[0].investment`), `""` for the whole file. */
  path: string;
  /** 1-based; 0 when the finding has no position (a file that cannot be read). */
  line: number;
  column: number;
  /**
   * Where a client-sheet finding is, as a person names it: `clients.xlsx:客户!N7` (line is the row, column
   * the column); a stream line's, in the stream file: `profiles.ndjson:3:28` (line and column the line's own).
   */
  at?: string;
  args: Args;
}

export interface Position {
  line: number;
  column: number;
  /** A cell of a client sheet, `clients.xlsx:客户!N7`: shown instead of `file:line:column`. */
  at?: string;
}

export function diagnostic(code: Code, file: string, path: string, pos: Position | undefined, args: Args = {}): Diagnostic {
  return {
    code,
    severity: severityOf(code),
    file,
    path,
    line: pos?.line ?? 0,
    column: pos?.column ?? 0,
    ...(pos?.at ? { at: pos.at } : {}),
    args,
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function renderMessage(d: Diagnostic, lang: 'en' | 'zh' = 'en'): string {
  return messageOf(d.code, d.args, lang);
}

/** `file:line:column severity code message`, the form editors and CI logs link. */
export function formatDiagnostic(d: Diagnostic, lang: 'en' | 'zh' = 'en'): string {
  return diagnosticLine(d.file, { ...d, message: renderMessage(d, lang) });
}

/** The same line from a diagnostic already rendered into a report. */
export function diagnosticLine(
  file: string,
  d: { line: number; column: number; at?: string; severity: string; code: string; message: string },
): string {
  const name = printable(file);
  const where = d.at !== undefined ? printable(d.at) : d.line > 0 ? `${name}:${d.line}:${d.column}` : name;
  return `${where} ${d.severity} ${d.code} ${printable(d.message)}`;
}
