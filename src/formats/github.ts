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
 * has every file.
 *
 * The job summary is Markdown that GitHub reads from the file named by `$GITHUB_STEP_SUMMARY`, not
 * from stdout. A formatter returns one string and touches no file, so the summary is a second pure
 * function, `formatGithubSummary`: the CLI, with `--format github` and `GITHUB_STEP_SUMMARY` set,
 * appends its result to that file (append, as @actions/core does, so earlier writes in the step
 * stay) and writes the annotations to stdout.
 */
import type { FormatOptions } from './registry.js';
import type { CompactFileResult, CompactReport, DiagnosticReport } from '../contracts/report.js';
import { gateMessage } from '../report/gate-messages.js';
import { COMMAND_WORDS, MARKDOWN_TEXT } from '../text/catalogues/summary.js';
import { say } from '../text/messages.js';
import { formatMarkdown } from './markdown.js';
import { printableDeep } from '../source/printable.js';

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
    ...r.gateHits.filter((g) => g !== 'invalid').map((g) => command('error', { file: fileOf(r), title: `fail-on ${g}` }, gateMessage(r, g, options.lang))),
    ...r.gatesUndecided.map((g) => command('notice', { file: fileOf(r), title: `fail-on ${g} not decidable` }, gateMessage(r, g, options.lang))),
  ];
  return lines.map((line) => `${line}\n`).join('');
}

/** The Markdown job summary: a heading, then the markdown format's table. */
export function formatGithubSummary(raw: CompactReport, options: FormatOptions): string {
  const report = printableDeep(raw);
  const s = report.summary;
  const heading = say(MARKDOWN_TEXT['github-heading'], options.lang, { ...COMMAND_WORDS, files: s.files, invalid: s.invalid, gates: s.gateHits });
  return `${heading}\n\n${formatMarkdown(report, options)}`;
}

function diagnosticCommand(kind: 'error' | 'warning', r: CompactFileResult, d: DiagnosticReport): string {
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
