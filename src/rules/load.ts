/**
 * Rule texts in, validated rule versions and every problem out. Reads no file: the caller
 * hands in `{ file, text }` pairs, so a whole rule set can be checked in memory.
 */
import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseSource, type SourceDocument } from '../source/document.js';
import { printableDeep } from '../source/printable.js';
import { schemaProblems } from '../source/zod-issues.js';
import { showPath, type Finding } from './finding.js';
import { lintRule } from './lint.js';
import { RuleFile } from './schema.js';

export interface RuleText {
  /** How the file is named in diagnostics and in `rules/<programme>/<version>.yaml` checks. */
  file: string;
  text: string;
}

/** A validated programme version. */
export interface RuleVersion {
  file: string;
  /** Of the file's bytes as read, so a report says exactly which rules answered. */
  sha256: string;
  rule: RuleFile;
}

export interface LoadedRules {
  versions: RuleVersion[];
  diagnostics: Diagnostic[];
}

export function loadRules(texts: readonly RuleText[]): LoadedRules {
  const loaded = texts.map(loadOne);
  const versions = loaded.flatMap((l) => (l.version ? [l.version] : []));
  const diagnostics = [
    ...loaded.flatMap((l) => l.diagnostics),
    ...crossFileProblems(versions, loaded),
    ...supersessionCycles(versions, loaded),
  ];
  return { versions, diagnostics };
}

interface LoadedOne {
  version?: RuleVersion;
  source?: SourceDocument;
  diagnostics: Diagnostic[];
}

function loadOne({ file, text }: RuleText): LoadedOne & { file: string } {
  const source = parseSource(text, 'yaml');
  const parseDiagnostics = source.problems.map((p) =>
    p.kind === 'duplicate-key'
      ? diagnostic('rules/duplicate-key', file, showPath(p.path ?? []), p.pos, { key: p.key })
      : diagnostic('rules/syntax', file, '', p.pos, { reason: p.reason }),
  );
  if (source.value === undefined || parseDiagnostics.length > 0) return { file, source, diagnostics: parseDiagnostics };
  const parsed = RuleFile.safeParse(source.value);
  if (!parsed.success) {
    const diagnostics = schemaProblems(parsed.error.issues, source.value).map((p) =>
      diagnostic('rules/schema', file, showPath(p.path), source.locate(p.path, p.part), {
        path: showPath(p.path) || '(root)',
        reason: p.reason,
      }),
    );
    return { file, source, diagnostics };
  }
  // Rule text (labels, titles, notes) reaches every output: control characters are written out once, here.
  const rule = printableDeep(parsed.data);
  const findings = [...lintRule(rule), ...fileNameProblem(file, rule)];
  const diagnostics = findings.map((f) => located(file, source, f));
  const version = { file, sha256: createHash('sha256').update(text).digest('hex'), rule };
  return { file, source, diagnostics, version: diagnostics.length === 0 ? version : undefined };
}

function located(file: string, source: SourceDocument, finding: Finding): Diagnostic {
  return diagnostic(finding.code, file, showPath(finding.path), source.locate(finding.path, finding.part), finding.args);
}

function fileNameProblem(file: string, rule: RuleFile): Finding[] {
  const expected = `${rule.programme.id}/${rule.programme.version}.yaml`;
  const normalised = file.replace(/\\/g, '/');
  if (normalised === expected || normalised.endsWith(`/${expected}`)) return [];
  return [
    {
      code: 'rules/file-name',
      path: ['programme', 'id'],
      args: { expected, programme: rule.programme.id, version: rule.programme.version },
    },
  ];
}

/** Problems only the whole rule set shows: a version defined twice, one fact declared two ways. */
function crossFileProblems(versions: readonly RuleVersion[], loaded: readonly (LoadedOne & { file: string })[]): Diagnostic[] {
  const sourceOf = (file: string) => loaded.find((l) => l.file === file)!.source!;
  const out: Diagnostic[] = [];
  const seenVersion = new Map<string, string>();
  const seenFact = new Map<string, { type: string; file: string }>();
  for (const { file, rule } of versions) {
    const key = `${rule.programme.id}@${rule.programme.version}`;
    if (seenVersion.has(key)) {
      out.push(
        located(file, sourceOf(file), {
          code: 'rules/duplicate-version',
          path: ['programme', 'version'],
          args: { programme: rule.programme.id, version: rule.programme.version },
        }),
      );
    }
    seenVersion.set(key, file);
    for (const [fact, declared] of Object.entries(rule.facts)) {
      const other = seenFact.get(fact);
      if (other && other.type !== declared.type) {
        out.push(
          located(file, sourceOf(file), {
            code: 'rules/fact-conflict',
            path: ['facts', fact, 'type'],
            args: { fact, type: declared.type, other: other.type, otherFile: other.file },
          }),
        );
      }
      if (!other) seenFact.set(fact, { type: declared.type, file });
    }
  }
  return out;
}

/** `supersedes` must not lead back to where it started: a cycle would leave every programme in it superseded. */
function supersessionCycles(versions: readonly RuleVersion[], loaded: readonly (LoadedOne & { file: string })[]): Diagnostic[] {
  const next = new Map<string, string>();
  for (const { rule } of versions) if (rule.programme.supersedes) next.set(rule.programme.id, rule.programme.supersedes.programme);
  const out: Diagnostic[] = [];
  for (const { file, rule } of versions) {
    const start = rule.programme.id;
    const chain = [start];
    for (let at = next.get(start); at !== undefined && chain.length <= next.size; at = next.get(at)) {
      chain.push(at);
      if (at !== start) continue;
      const source = loaded.find((l) => l.file === file)!.source!;
      out.push(
        located(file, source, {
          code: 'rules/supersedes-cycle',
          path: ['programme', 'supersedes', 'programme'],
          args: { chain: chain.join(' → ') },
        }),
      );
      break;
    }
  }
  return out;
}
