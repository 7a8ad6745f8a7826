/**
 * Golden-case files as text in, their cases (each with the line it starts on) and every problem out.
 * Reads no file: the caller hands in the text, and later the texts of the profiles cases refer to.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseSource } from '../source/document.js';
import { schemaProblems } from '../source/zod-issues.js';
import { showPath } from '../rules/finding.js';
import { GoldenFile, type GoldenCase } from './golden.js';
import type { GoldenText } from '../io/golden.js';

export type { GoldenText };

export interface LocatedCase {
  file: string;
  programme: string;
  /** Position in the file's `cases` list. */
  index: number;
  line: number;
  case: GoldenCase;
}

export interface ParsedGolden {
  cases: LocatedCase[];
  diagnostics: Diagnostic[];
}

export function parseGoldenFiles(texts: readonly GoldenText[]): ParsedGolden {
  const parsed = texts.map(parseOne);
  return { cases: parsed.flatMap((p) => p.cases), diagnostics: parsed.flatMap((p) => p.diagnostics) };
}

function parseOne({ file, programme, text }: GoldenText): ParsedGolden {
  const source = parseSource(text, 'yaml');
  if (source.problems.length > 0 || source.value === undefined) {
    return { cases: [], diagnostics: source.problems.map((p) => diagnostic('golden/syntax', file, '', p.pos, { reason: p.reason })) };
  }
  const result = GoldenFile.safeParse(source.value);
  if (!result.success) {
    const diagnostics = schemaProblems(result.error.issues, source.value).map((p) =>
      diagnostic('golden/schema', file, showPath(p.path), source.locate(p.path, p.part), {
        path: showPath(p.path) || '(root)',
        reason: p.reason,
      }),
    );
    return { cases: [], diagnostics };
  }
  const cases = result.data.cases.map((c, index) => ({ file, programme, index, line: source.locate(['cases', index]).line, case: c }));
  return { cases, diagnostics: [] };
}

/** Golden folders whose programme the rules do not define: their cases could never run. */
export function unknownProgrammes(texts: readonly GoldenText[], known: readonly string[]): Diagnostic[] {
  const sorted = [...new Set(known)].sort();
  return texts
    .filter((t) => !sorted.includes(t.programme))
    .map((t) => diagnostic('golden/unknown-programme', t.file, '', undefined, { programme: t.programme, known: sorted.join(', ') }));
}
