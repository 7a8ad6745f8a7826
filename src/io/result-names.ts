/**
 * The names `check` gives a result that is not a whole file, read back from an argument: a client sheet's
 * company `<file>:<sheet>!<row>` and a stream's line `<file>:<line>`. Each is a name only when no file has
 * it (a file may be called `x.ndjson:3`): the callers look first.
 */
/** `<file>:<line>`, the name check gives a stream's profile. */
export interface NamedLine {
  /** The argument as given. */
  name: string;
  line: number;
}

const NAMED_LINE = /^(.+\.(?:ndjson|jsonl)):([1-9]\d*)$/i;

/** The stream file and line an argument names, when it has the form of a stream profile's name. */
export function namedLine(arg: string): (NamedLine & { file: string }) | undefined {
  const m = NAMED_LINE.exec(arg);
  return m ? { file: m[1]!, name: arg, line: Number(m[2]) } : undefined;
}

/** `<file>:<sheet>!<row>`, the name check gives a client sheet's company (after its first row). */
export interface NamedRow {
  /** The argument as given. */
  name: string;
  sheet: string;
  row: number;
}

const NAMED_ROW = /^(.+\.(?:csv|xlsx)):(.+)!(\d+)$/i;

/** The sheet file and row an argument names, when it has the form of a sheet company's name. */
export function namedRow(arg: string): (NamedRow & { file: string }) | undefined {
  const m = NAMED_ROW.exec(arg);
  return m ? { file: m[1]!, name: arg, sheet: m[2]!, row: Number(m[3]) } : undefined;
}

/** The file a result's name reads (the sheet or the stream), or undefined when the argument has no such form. */
export function namedFile(arg: string): string | undefined {
  return (namedRow(arg) ?? namedLine(arg))?.file;
}
