/**
 * GitHub Actions: workflow-command annotations, shown on the run and on the changed files of a PR.
 *
 * - `::error file=…,line=…,col=…,title=<code>::<message>` for each error of an invalid profile,
 *   `::warning …` for each warning of any profile (no line or col when the finding has no position;
 *   no file for standard input, `-`);
 * - `::error file=…,title=fail-on <gate>::<why>` for each `--fail-on` gate a file hits, except
 *   `invalid`, whose errors are already annotated.
 *
 * Escaping follows @actions/core (toolkit `command.ts`): in the message `%`, CR, LF become
 * `%25`, `%0D`, `%0A`; in property values `:` and `,` also become `%3A`, `%2C`.
 * GitHub shows at most 10 error and 10 warning annotations per step (50 per job); the job summary
 * counts every file and lists as many as fit in GitHub's 1 MiB.
 *
 * The job summary is Markdown that GitHub reads from the file named by `$GITHUB_STEP_SUMMARY`, not
 * from stdout. A formatter returns one string and touches no file, so the summary is a second pure
 * writer, `githubSummaryWriter`: the CLI, with `--format github` and `GITHUB_STEP_SUMMARY` set,
 * appends its text to that file (append, as @actions/core does, so earlier writes in the step
 * stay) and writes the annotations to stdout.
 */
import type { FormatOptions } from './registry.js';
import type { CompactFileResult, CompactReport, DiagnosticReport } from '../contracts/report.js';
import { gateMessage } from '../report/gate-messages.js';
import { COMMAND_WORDS, MARKDOWN_TEXT } from '../text/catalogues/summary.js';
import { say } from '../text/messages.js';
import { markdownWriter } from './markdown.js';
import type { Opening } from './writer.js';
import { printableDeep } from '../source/printable.js';
import { streamPlace } from '../text/position.js';

export function formatGithub(report: CompactReport, options: FormatOptions): string {
  return githubHead(report) + report.results.map((r) => githubLines(r, options)).join('');
}

/** What is said of the whole run before any file: a notice when no round is open. */
export function githubHead(report: Pick<CompactReport, 'noOpenRound'>): string {
  return report.noOpenRound ? `${command('notice', { title: 'no open round' }, report.noOpenRound.message)}\n` : '';
}

/** One file's annotations, each ended by a line break, so a stream can write them as the result is ready. */
export function githubLines(r: CompactFileResult, options: FormatOptions): string {
  const lines = [
    ...r.diagnostics.filter((d) => d.severity === 'error').map((d) => diagnosticCommand('error', r, d)),
    ...r.diagnostics.filter((d) => d.severity === 'warning').map((d) => diagnosticCommand('warning', r, d)),
    ...r.gateHits
      .filter((g) => g !== 'invalid')
      .map((g) => command('error', { file: fileOf(r), title: `fail-on ${g}` }, gateMessage(r, g, options.lang))),
    ...r.gatesUndecided.map((g) =>
      command('notice', { file: fileOf(r), title: `fail-on ${g} not decidable` }, gateMessage(r, g, options.lang)),
    ),
  ];
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * GitHub drops a job summary above 1 MiB whole ("upload aborted"), so the table lists files while
 * the summary stays under this many bytes; the rest are counted in the heading, the total row and a
 * closing line, and are in the annotations and the report. It also bounds what a batch keeps.
 */
const JOB_SUMMARY_BUDGET = 900 * 1024;

/**
 * The Markdown job summary, written as results arrive: a heading with the batch's counts, then the
 * markdown format's table. Rows are kept (as text) only up to `budget` bytes.
 */
export function githubSummaryWriter(opening: Opening, options: FormatOptions, budget = JOB_SUMMARY_BUDGET) {
  const table = markdownWriter(opening, options);
  const rows: string[] = [];
  let bytes = Buffer.byteLength(table.head);
  let unlisted = 0;
  return {
    /** One file's row, kept while the summary stays within the budget, else only counted. */
    result(r: CompactFileResult): void {
      const row = table.result(r);
      const size = Buffer.byteLength(row);
      if (unlisted === 0 && bytes + size <= budget) {
        rows.push(row);
        bytes += size;
      } else unlisted++;
    },
    /** The whole summary, once the batch is summed up. */
    text(summary: CompactReport['summary']): string {
      const heading = say(MARKDOWN_TEXT['github-heading'], options.lang, {
        ...COMMAND_WORDS,
        files: summary.files,
        invalid: summary.invalid,
        gates: summary.gateHits,
      });
      const more = unlisted > 0 ? `\n${say(MARKDOWN_TEXT['github-unlisted'], options.lang, { count: unlisted })}\n` : '';
      return `${heading}\n\n${table.head}${rows.join('')}${table.tail(summary)}${more}`;
    },
  };
}

/** The job summary of a whole report: its writer run over every result. */
export function formatGithubSummary(raw: CompactReport, options: FormatOptions): string {
  const report = printableDeep(raw);
  const writer = githubSummaryWriter(report, options);
  for (const r of report.results) writer.result(r);
  return writer.text(report.summary);
}

function diagnosticCommand(kind: 'error' | 'warning', r: CompactFileResult, d: DiagnosticReport): string {
  // A stream's line: the stream file, at the line and column in it, as GitHub finds it in the repository.
  const place = d.at === undefined ? undefined : streamPlace(d.at);
  if (place) return command(kind, { file: place.file, line: String(place.line), col: String(place.column), title: d.code }, d.message);
  const position = d.line > 0 ? { line: String(d.line), col: String(d.column) } : {};
  return command(kind, { file: fileOf(r), ...position, title: d.code }, d.message);
}

const fileOf = (r: CompactFileResult) => (r.file === '-' ? undefined : r.file);

function command(kind: 'error' | 'warning' | 'notice', properties: Record<string, string | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
