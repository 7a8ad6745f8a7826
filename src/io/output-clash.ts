/**
 * `--output` must never be one of the files the run reads: `check client.yaml --output client.yaml`
 * once destroyed the client's profile, and `--output` naming the rules file emptied the rules. Paths
 * are compared once resolved (symbolic links, `./`, `..`), before anything is read or written.
 */
import { fstatSync, statSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { namedFile } from './result-names.js';

/** Where `file` is or would be created, links resolved; undefined when its folder does not exist. */
export async function realTarget(file: string): Promise<string | undefined> {
  const whole = await realpath(file).catch(() => undefined);
  if (whole) return whole;
  const folder = await realpath(dirname(file)).catch(() => undefined);
  return folder && join(folder, basename(file));
}

/** Why `output` may not be written by a run reading `inputs` and `rules`, or undefined when it may. */
export async function outputClash(output: string, inputs: readonly string[], rules: string): Promise<string | undefined> {
  const target = await realTarget(output);
  if (!target) return undefined;
  for (const input of inputs) {
    if (input === '-' ? stdinIs(target) : (await readPath(input)) === target)
      return `--output ${output} is the input ${input}: writing the report would destroy it`;
  }
  const ruleSet = await realpath(rules).catch(() => undefined);
  if (ruleSet && (ruleSet === target || target.startsWith(ruleSet + sep)))
    return `--output ${output} is ${ruleSet === target ? 'the rules file' : 'inside the rules folder'} ${rules}: writing the report would change the rules`;
  return undefined;
}

/** Whether standard input is redirected from the file `target` (`check - --output f.yaml < f.yaml`). */
function stdinIs(target: string): boolean {
  try {
    const input = fstatSync(0);
    const output = statSync(target);
    return input.isFile() && input.dev === output.dev && input.ino === output.ino;
  } catch {
    // No standard input, or no file at the target yet: nothing to destroy.
    return false;
  }
}

/**
 * What a report this tool wrote starts with, in the formats whose files a folder walk lists as profiles
 * or sheets: json's first key, and csv's byte-order mark and first columns (src/formats/csv.ts).
 */
const REPORT_STARTS = ['{"schema":"subsidy-check/', '\uFEFFfile,company,uscc,programme,'];

/**
 * Whether the file at `--output` that a folder walk or glob found is an earlier report of this tool (or
 * empty): a re-run writes over it, and never reads it as a profile. Anything else there (a profile, a
 * client sheet, someone's notes) is the run's input, which the report must not destroy.
 */
export async function isEarlierReport(file: string): Promise<boolean> {
  // A file that cannot be opened is not known to be a report: refused, never written over.
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return bytesRead === 0 || REPORT_STARTS.some((start) => text.startsWith(start));
  } finally {
    await handle.close();
  }
}

/** The real path an argument reads: the file, else the sheet or stream a result's name gives (`clients.csv:clients!3`). */
async function readPath(input: string): Promise<string | undefined> {
  const file = await realpath(input).catch(() => undefined);
  const named = file === undefined ? namedFile(input) : undefined;
  return named === undefined ? file : realpath(named).catch(() => undefined);
}

/** Whether a listed input is the output file itself: compared by name first, so a folder walk pays a realpath only for a namesake. */
export async function isOutput(file: string, target: string | undefined): Promise<boolean> {
  if (!target || basename(file) !== basename(target)) return false;
  return (await realpath(file).catch(() => undefined)) === target;
}
