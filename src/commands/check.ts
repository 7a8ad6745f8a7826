/**
 * `check`: load and select the rules, list the inputs, run them (src/batch/run-tasks.ts), and write
 * the report: streamed as results arrive, whole for html and the table of many files.
 * Returns the exit code; all output goes through the injected sink.
 */
import { diagnostic, diagnosticLine, formatDiagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, worst, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { BUNDLED_RULES } from '../io/rules.js';
import { isStreamFile } from '../io/inputs.js';
import type { Progress } from '../io/progress.js';
import { prepare, type Prepared } from '../pipeline.js';
import type { CompactFileResult, Report } from '../contracts/report.js';
import { loadFormatter, type FormatName } from '../formats/registry.js';
import type { Gate } from '../report/gates.js';
import type { Lang } from '../text/lang.js';
import { printable, printableDeep } from '../source/printable.js';
import { addToSummary, buildReport, emptySummary, reportHeader, type Brief, type Detail } from '../report/model.js';
import { objectOf, type Packed } from '../batch/evaluate-input.js';
import type { Pin } from '../rules/select.js';
import { loadRuleSet } from './load-rules.js';
import type { Shard } from '../batch/shard.js';
import { runTasks } from '../batch/run-tasks.js';
import { notesInHeader, streamFor } from '../batch/streamed.js';
import type { Made } from '../batch/made.js';
import { once } from '../text/messages.js';

export interface CheckOptions {
  inputs: string[];
  /** `ndjson`: each input is a stream of profiles, one JSON object per line; `auto`: so when every input is a .ndjson or .jsonl file. */
  inputFormat: 'auto' | 'ndjson';
  rules: string;
  programmes: string[];
  /** `--rules-version programme@version`: these versions answer whatever the as-of date. */
  pins?: Pin[];
  asOf: string;
  format: FormatName;
  lang: Lang;
  color: boolean;
  width: number;
  /** `--fail-on` gates; a file hitting one makes the exit code 1 (unless 2 or 3 applies). */
  gates: Gate[];
  /** json and ndjson: the compact result per measure, or `full` with every condition and the advice. */
  detail: Detail;
  /** Worker threads; undefined: decided by the batch size. */
  jobs?: number;
  shard?: Shard;
  /** `--sheet`: the worksheet of each xlsx input to read; the first when absent. */
  sheet?: string;
  quiet: boolean;
  /** The real path of `--output`: a folder walk or glob that finds it does not read it as an input. */
  outputPath?: string;
  /** `--output` as given, for messages. */
  output?: string;
  tool: { name: string; version: string };
}

/** Where a check reads and writes: every command's CommandIo. */
export type CheckIo = CommandIo;

export async function runCheck(options: CheckOptions, io: CheckIo): Promise<ExitCode> {
  const rules = await loadRuleSet(options.rules, io);
  if ('failed' in rules) return fail(rules.failed.diagnostics, io, options);
  const prepared = prepare(rules.versions, options.asOf, options.programmes, options.pins);
  if ('diagnostics' in prepared) return fail(prepared.diagnostics, io, options);

  const { inputs, empty, overwrites } = await io.listInputs(options.inputs, { exclude: options.outputPath });
  // A profile a folder walk or glob found at --output: refused before anything is read or written.
  if (overwrites) {
    const args = { output: options.output ?? overwrites.input, ...overwrites };
    return fail([diagnostic('io/output-is-input', overwrites.input, '', undefined, args)], io, options);
  }
  // Nothing at all to read is a usage problem (exit 2); a missing file beside real ones is an invalid row.
  const found = inputs.filter((i) => !i.missing);
  const absent = [
    ...empty.map((input) => ({ input, reason: 'no .yaml, .yml, .json, .csv or .xlsx file there' })),
    ...inputs.filter((i) => i.missing).map((i) => ({ input: i.file, reason: i.unreadable })),
  ];
  if (found.length === 0)
    return fail(
      absent.map((a) => diagnostic('io/no-input', a.input, '', undefined, a)),
      io,
      options,
    );
  const nothing = empty.map((input) => diagnostic('io/nothing-matched', input, '', undefined, { input }));
  for (const d of nothing) io.error(formatDiagnostic(d, once(options.lang)));

  // `auto`: inputs that are all .ndjson or .jsonl files are streams, as `--input-format ndjson` reads them.
  // Lines named alone (`profiles.ndjson:12`) are listed, so that one line gets its one-company table;
  // beside a whole stream they are read with the streams, else the whole stream would be read as YAML.
  const run: CheckOptions =
    options.inputFormat === 'auto' && inputs.every((i) => isStreamFile(i.file)) && inputs.some((i) => !i.line)
      ? { ...options, inputFormat: 'ndjson' }
      : options;
  const { results, count } = await runTasks(inputs, rules.versions, prepared, run, io);
  return emit(results, prepared, run, io, io.progress(count));
}

/**
 * Stream results out in order: diagnostics as they come; every format but html and the table of many
 * files written as results come (src/batch/streamed.ts), so memory stays flat whatever the batch;
 * those two (they lay out the whole batch first) once all are in.
 */
async function emit(
  results: AsyncIterable<Packed | Made>,
  prepared: Prepared,
  options: CheckOptions,
  io: CheckIo,
  progress: Progress,
): Promise<ExitCode> {
  const summary = emptySummary();
  const failOn = options.gates.map((g) => g.name);
  const streamedDetail = options.format === 'json' || options.format === 'ndjson' ? { detail: options.detail } : {};
  const input = {
    tool: options.tool,
    asOf: options.asOf,
    selected: prepared.selected,
    skipped: prepared.skipped,
    lang: options.lang,
    failOn,
    rounds: prepared.rounds,
    bundled: options.rules === BUNDLED_RULES,
    ...streamedDetail,
    notesOnce: notesInHeader(options.format, options.detail),
  };
  const formatOptions = { lang: options.lang, color: options.color, width: options.width };
  const stream = await streamFor(options.format, formatOptions, failOn);
  const header = reportHeader(input);
  // The job summary is written beside the annotations, as results arrive, in bounded memory.
  const jobSummary =
    options.format === 'github' && io.appendJobSummary !== undefined
      ? (await import('../formats/github.js')).githubSummaryWriter(printableDeep({ ...header, failOn }), formatOptions)
      : undefined;
  // NDJSON and CSV have no place for a sentence: say on stderr that no round is open (json, table and the rest say it in the report).
  if (header.noOpenRound && (options.format === 'ndjson' || options.format === 'csv') && !options.quiet)
    io.error(`note: ${printable(header.noOpenRound.message)}`);
  if (stream) await io.write(stream.head(header));
  const kept: CompactFileResult[] = [];
  /** A result came: the progress moves, and its diagnostics go to stderr as they come. */
  const arrived = (brief: Brief) => {
    progress.tick();
    for (const d of brief.diagnostics) if (!options.quiet || d.severity === 'error') io.error(diagnosticLine(brief.file, d));
  };
  for await (const packed of results) {
    if ('briefs' in packed) {
      // A batch a worker made (json, ndjson or csv of a stream): its bytes go out as they came.
      for (const brief of packed.briefs) arrived(brief);
      if (!stream?.made) throw new Error('a worker made the output of a format written in one place');
      for (const piece of stream.made(packed, summary.files)) if (piece.length > 0) await io.write(piece);
      for (const brief of packed.briefs) addToSummary(summary, brief);
      continue;
    }
    arrived(packed.brief);
    if (stream) await io.write(stream.result(packed, summary.files));
    if (!stream || jobSummary) {
      const result = objectOf(packed);
      if (jobSummary) jobSummary.result(printableDeep(result));
      else kept.push(result);
    }
    addToSummary(summary, packed.brief);
  }
  progress.done();
  if (stream) await io.write(stream.tail({ summary, failOn }));
  // The tasks ran with the detail this format shows (detailFor in run-tasks.ts): full results where a formatter reads them.
  if (!stream) await io.write((await loadFormatter(options.format))(buildReport(input, kept) as Report, formatOptions));
  if (jobSummary) await io.appendJobSummary!(jobSummary.text(summary));
  return worst([summary.invalid > 0 ? EXIT.invalidProfiles : EXIT.ok, summary.gateHits > 0 ? EXIT.gate : EXIT.ok]);
}

function fail(diagnostics: Parameters<typeof formatDiagnostic>[0][], io: CheckIo, options: CheckOptions): ExitCode {
  for (const d of diagnostics) io.error(formatDiagnostic(d, once(options.lang)));
  return EXIT.cannotRun;
}
