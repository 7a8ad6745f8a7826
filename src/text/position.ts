/** Where a diagnostic is, short: `7:14` in a profile, the cell (`N7`) in a client sheet; `` for the whole file. */
export function shortPosition(d: { line: number; column: number; at?: string | undefined }): string {
  if (d.at) return d.at.slice(d.at.lastIndexOf('!') + 1);
  return d.line > 0 ? `${d.line}:${d.column}` : '';
}
