/** `rules lint`: one line per finding (`file:line:column severity code message`) and a count, or JSON. */
import { RULES_LINT_SCHEMA, type LintFinding, type RulesLint } from '../../contracts/rules-lint.js';
import { formatDiagnostic, renderMessage, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { printable } from '../../source/printable.js';
import { type Lang } from '../../text/lang.js';

export interface LintInput {
  asOf: string;
  files: number;
  diagnostics: Diagnostic[];
  lang: Lang;
}

function tally(diagnostics: readonly Diagnostic[]) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

export function formatLintText(input: LintInput): string {
  const { errors, warnings } = tally(input.diagnostics);
  const lines = input.diagnostics.map((d) => formatDiagnostic(d, once(input.lang)));
  lines.push(say(RULES_TEXT['rule-file-s-checked'], once(input.lang), { asOf: input.asOf, errors, files: input.files, warnings }));
  return `${lines.join('\n')}\n`;
}

export function formatLintJson(input: LintInput): string {
  const lang = once(input.lang);
  const diagnostics = input.diagnostics.map((d): LintFinding => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, path: printable(d.path), message: renderMessage(d, lang) }));
  const document: RulesLint = { schema: RULES_LINT_SCHEMA, asOf: input.asOf, files: input.files, summary: tally(input.diagnostics), diagnostics };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export { LINT_FORMATS, type LintFormat } from './format-names.js';
import type { LintFormat } from './format-names.js';
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
export const LINT_FORMATTERS = { table: formatLintText, json: formatLintJson } satisfies Record<LintFormat, (input: LintInput) => string>;
