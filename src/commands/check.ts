/** `check`: load rules, select, read and evaluate every input, format, and say which exit code applies. */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, worst, type ExitCode } from '../exit-codes.js';
import { expandInputs, readText } from '../io/files.js';
import { checkText, prepare, unreadable } from '../pipeline.js';
import { loadFormatter, type FormatName } from '../report/formats.js';
import type { Lang } from '../report/lang.js';
import type { Gate } from '../report/gates.js';
import { buildReport, fileResult } from '../report/model.js';
import { loadRuleSet } from './load-rules.js';

export interface CheckOptions {
  inputs: string[];
  rules: string;
  programmes: string[];
  asOf: string;
  format: FormatName;
  lang: Lang;
  color: boolean;
  width: number;
  /** `--fail-on` gates; a file hitting one makes the exit code 1 (unless 2 or 3 applies). */
  gates: Gate[];
  tool: { name: string; version: string };
  stdin: () => Promise<string>;
}

export interface Outcome {
  exitCode: ExitCode;
  /** The report, for stdout or --output; empty when the run could not start. */
  output: string;
  /** Diagnostics, for stderr. */
  diagnostics: Diagnostic[];
}

export async function runCheck(options: CheckOptions): Promise<Outcome> {
  const rules = await loadRuleSet(options.rules);
  if ('failed' in rules) return rules.failed;
  const prepared = prepare(rules.versions, options.asOf, options.programmes);
  if ('diagnostics' in prepared) return { exitCode: EXIT.cannotRun, output: '', diagnostics: prepared.diagnostics };

  const { inputs, notFound } = await expandInputs(options.inputs);
  if (inputs.length === 0) {
    return { exitCode: EXIT.cannotRun, output: '', diagnostics: notFound.map((input) => diagnostic('io/no-input', input, '', undefined, { input })) };
  }
  const missing = notFound.map((file) => unreadable(file, 'no such file or no profile in this folder'));
  const outcomes = [...missing];
  for (const input of inputs) {
    const text = await readText(input.file, options.stdin);
    outcomes.push(text.ok ? checkText(prepared, input.file, input.format, text.text) : unreadable(input.file, text.reason));
  }
  const ordered = orderAsGiven(outcomes, options.inputs);
  const results = ordered.map((o) => fileResult(o, options.lang, options.gates));
  const failOn = options.gates.map((g) => g.name);
  const report = buildReport({ tool: options.tool, asOf: options.asOf, selected: prepared.selected, skipped: prepared.skipped, lang: options.lang, failOn }, results);
  const format = await loadFormatter(options.format);
  const diagnostics = ordered.flatMap((o) => o.read.diagnostics);
  const invalid = results.some((r) => !r.valid);
  const gateHit = results.some((r) => r.gateHits.length > 0);
  return { exitCode: worst([invalid ? EXIT.invalidProfiles : EXIT.ok, gateHit ? EXIT.gate : EXIT.ok]), output: format(report, { lang: options.lang, color: options.color, width: options.width }), diagnostics };
}

/** Inputs appear in the order their arguments were given; within a folder, sorted by path. */
function orderAsGiven<T extends { file: string }>(outcomes: T[], args: readonly string[]): T[] {
  const rank = (file: string) => {
    const i = args.findIndex((a) => file === a || file.startsWith(a.replace(/[\\/]+$/, '') + '/'));
    return i < 0 ? args.length : i;
  };
  return outcomes.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o.file) - rank(b.o.file) || a.i - b.i).map(({ o }) => o);
}
