/** Findings about rule files get their line and column from the file's text, parsed once per file. */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseSource, type SourceDocument } from '../source/document.js';
import { showPath } from '../rules/finding.js';
import type { RuleText } from '../rules/load.js';
import type { VersionFinding } from './lint-versions.js';

export function locateFindings(texts: readonly RuleText[], findings: readonly VersionFinding[]): Diagnostic[] {
  const sources = new Map<string, SourceDocument>();
  const sourceOf = (file: string) => {
    const text = texts.find((t) => t.file === file)?.text;
    if (text === undefined) return undefined;
    if (!sources.has(file)) sources.set(file, parseSource(text, 'yaml'));
    return sources.get(file);
  };
  return findings.map((f) => diagnostic(f.code, f.file, showPath(f.path), sourceOf(f.file)?.locate(f.path, f.part), f.args));
}

/** Errors first is not wanted: file order, then position, so the output reads like the files. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
