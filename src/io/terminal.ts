/** Standard streams and the terminal: reading stdin, writing output, deciding on colour. */

let stdinRead: Promise<Uint8Array> | undefined;

/** All of standard input, read once however often it is asked for. */
export function readStdinBytes(): Promise<Uint8Array> {
  stdinRead ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  return stdinRead;
}

export function stdinStream(): NodeJS.ReadableStream {
  return process.stdin;
}

/** Colour only for a terminal, never with --no-color, NO_COLOR, or when the output goes to a file. */
export function colorWanted(flag: boolean, toTerminal: boolean): boolean {
  if (!flag || (process.env.NO_COLOR ?? '') !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return toTerminal && process.stdout.isTTY === true;
}

/** $COLUMNS, else the terminal's width, else 120 columns when piped (wide enough for a report, stable in logs). */
export function terminalWidth(): number {
  const asked = Number(process.env.COLUMNS);
  if (Number.isInteger(asked) && asked > 0) return Math.max(60, asked);
  return process.stdout.isTTY && process.stdout.columns ? Math.max(60, process.stdout.columns) : 120;
}

export function writeError(text: string): void {
  process.stderr.write(text);
}

/** Whether standard output is a terminal (not a file or a pipe): `--quiet` drops the report only there. */
export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY === true;
}
