/**
 * Where a diagnostic is, short: `7:14` in a profile, the cell (`N7`) in a client sheet, the line and column
 * of the stream file (`3:28`) for a stream's line; `` for the whole file.
 */
export function shortPosition(d: { line: number; column: number; at?: string | undefined }): string {
  if (d.at) {
    const place = streamPlace(d.at);
    return place ? `${place.line}:${place.column}` : d.at.slice(d.at.lastIndexOf('!') + 1);
  }
  return d.line > 0 ? `${d.line}:${d.column}` : '';
}

/** A stream line's problem placed in its stream file, `<stream>:<line>:<column>` (a sheet's cell has a `!` instead). */
export function streamPlace(at: string): { file: string; line: number; column: number } | undefined {
  const m = /^(.+):(\d+):(\d+)$/.exec(at);
  return m && !at.includes('!') ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]) } : undefined;
}
