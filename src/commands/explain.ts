/**
 * `explain`: load and select the rules, read one profile, evaluate it, and explain every measure of
 * every programme in force (or the one asked about), in full. Returns the output, diagnostics and exit code.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { formatOf } from '../io/inputs.js';
import { namedLine, type NamedLine } from '../io/result-names.js';
import type { TextRead } from '../io/read-text.js';
import { BUNDLED_RULES } from '../io/rules.js';
import { checkText, prepare, unreadable, type Prepared } from '../pipeline.js';
import { loadExplainFormatter, type ExplainFormat } from '../formats/explain/registry.js';
import { buildExplanation, type MeasureFilter } from '../report/explain/model.js';
import type { Lang } from '../text/lang.js';
import type { FileOutcome } from '../report/model.js';
import type { RuleVersion } from '../rules/load.js';
import { cannotRun, deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface ExplainOptions {
  /** A profile file, or `-` for standard input. */
  input: string;
  /** `measure` or `programme/measure`; every measure when absent. */
  measure?: string;
  rules: string;
  programmes: string[];
  asOf: string;
  format: ExplainFormat;
  lang: Lang;
  color: boolean;
  width: number;
  tool: { name: string; version: string };
  /** `--sheet`: the worksheet of an xlsx client sheet. */
  sheet?: string;
}

export function runExplain(options: ExplainOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(explain(options, io), io, options.lang);
}

async function explain(o: ExplainOptions, io: CommandIo): Promise<CommandOutcome> {
  const versions = await rulesOrFail(o.rules, io);
  if (!Array.isArray(versions)) return versions;
  const prepared = prepare(versions, o.asOf, o.programmes);
  if ('diagnostics' in prepared) return cannotRun(prepared.diagnostics);
  const filter = o.measure === undefined ? null : parseFilter(o.measure);
  const unknown = filter && unknownMeasure(prepared, filter, o);
  if (unknown) return cannotRun([unknown]);

  const outcome = await readOne(o, versions, prepared, io);
  if ('usage' in outcome) return cannotRun([outcome.usage]);
  const explanation = buildExplanation(
    { tool: o.tool, asOf: o.asOf, lang: o.lang, filter, rounds: prepared.rounds, bundled: o.rules === BUNDLED_RULES },
    outcome,
  );
  const format = await loadExplainFormatter(o.format);
  return {
    exitCode: explanation.valid ? EXIT.ok : EXIT.invalidProfiles,
    output: format(explanation, { lang: o.lang, color: o.color, width: o.width }),
    diagnostics: outcome.read.diagnostics,
  };
}

/** explain shows every condition and every change that would qualify, not only those still feasible. */
const EXPLAIN_DETAIL = { detail: true, changes: 'every' } as const;

async function readOne(
  o: ExplainOptions,
  versions: RuleVersion[],
  prepared: Prepared,
  io: CommandIo,
): Promise<FileOutcome | { usage: Diagnostic }> {
  const sheets = await import('../sheets/explain-input.js');
  if (await sheets.isSheetInput(o.input, io)) return sheets.explainSheet(o.input, o.sheet, versions, prepared, io, EXPLAIN_DETAIL);
  // A stream's line by the name its result has (`profiles.ndjson:12`): read as the stream reads it.
  const line = namedLine(o.input);
  const streamLine = line !== undefined && !(await io.exists(o.input)) && (await io.exists(line.file));
  const read = streamLine ? await lineRead(line, io) : await io.readProfile(o.input);
  if ('usage' in read) return read;
  // Nothing at that path is a usage problem; a file that is there but unreadable is an invalid profile.
  if (!read.ok && read.code === 'io/read')
    return { usage: diagnostic('io/no-input', o.input, '', undefined, { input: o.input, reason: read.reason }) };
  // Every change is listed, not only those the company can still make on the as-of date.
  const format = streamLine ? 'json' : formatOf(o.input);
  return read.ok ? checkText(prepared, o.input, format, read.text, EXPLAIN_DETAIL) : unreadable(o.input, read.reason, read.code);
}

/** The line's text, or why it cannot be read; a line with no profile on it names nothing to explain. */
async function lineRead(line: NamedLine & { file: string }, io: CommandIo): Promise<TextRead | { usage: Diagnostic }> {
  const [{ lineTask }, { heldRead }] = await Promise.all([import('../batch/ndjson-tasks.js'), import('../batch/evaluate-input.js')]);
  const task = await lineTask(line.file, line, io.stdinStream());
  return task.problems ? { usage: task.problems[0]! } : heldRead(task)!;
}

function parseFilter(text: string): MeasureFilter {
  const slash = text.indexOf('/');
  return slash < 0 ? { programme: null, measure: text } : { programme: text.slice(0, slash), measure: text.slice(slash + 1) };
}

function unknownMeasure(prepared: Prepared, filter: MeasureFilter, o: ExplainOptions): Diagnostic | undefined {
  const known = prepared.selected.flatMap((v) => v.rule.measures.map((m) => ({ programme: v.rule.programme.id, measure: m.id })));
  if (known.some((k) => k.measure === filter.measure && (filter.programme === null || k.programme === filter.programme))) return undefined;
  const list = known.map((k) => `${k.programme}/${k.measure}`).join(', ') || '—';
  return diagnostic('explain/unknown-measure', o.measure!, '', undefined, { measure: o.measure!, asOf: o.asOf, known: list });
}
