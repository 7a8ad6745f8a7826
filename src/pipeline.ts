/**
 * The pure path from rule versions and profile texts to results: select the versions in force,
 * compile them once, then read and evaluate each profile. No I/O, no clock: a service can embed it.
 */
import { diagnostic, type Diagnostic } from './diagnostics/diagnostic.js';
import { compileProgramme, type CompiledProgramme } from './engine/compile.js';
import { evaluate, type EvaluateOptions } from './engine/evaluate.js';
import { roundsOf, type RoundInfo } from './engine/rounds.js';
import { readProfile } from './profile/read.js';
import { vocabularyFor, type Vocabulary } from './profile/vocabulary.js';
import type { RuleVersion } from './rules/load.js';
import { pinProblems } from './rules/pin.js';
import { selectVersions, type Pin, type Skipped } from './rules/select.js';
import type { FileOutcome } from './report/model.js';

export interface Prepared {
  asOf: string;
  selected: RuleVersion[];
  skipped: Skipped[];
  compiled: CompiledProgramme[];
  /** Each selected version's round on asOf: current, history or pinned. */
  rounds: RoundInfo[];
  vocabulary: Vocabulary;
}

/** Problems with the programme filter (an id no rule defines) come back as diagnostics. */
export function prepare(
  versions: readonly RuleVersion[],
  asOf: string,
  programmes: readonly string[] = [],
  pins: readonly Pin[] = [],
): Prepared | { diagnostics: Diagnostic[] } {
  const known = [...new Set(versions.map((v) => v.rule.programme.id))].sort();
  const unknown = programmes.filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    return {
      diagnostics: unknown.map((programme) =>
        diagnostic('rules/unknown-programme', '--programme', '', undefined, { programme, known: known.join(', ') }),
      ),
    };
  }
  const pinned = pinProblems(versions, pins);
  if (pinned.length > 0) return { diagnostics: pinned };
  const { selected, skipped } = selectVersions(versions, asOf, programmes, pins);
  // Every loaded version widens the vocabulary, so a fact only an out-of-force version reads is not "unknown".
  const vocabulary = vocabularyFor(versions.flatMap((v) => Object.entries(v.rule.facts)));
  const rounds = roundsOf(
    selected,
    asOf,
    pins.map((p) => p.programme),
  );
  return { asOf, selected, skipped, compiled: selected.map(compileProgramme), rounds, vocabulary };
}

export function checkText(
  prepared: Prepared,
  file: string,
  format: 'yaml' | 'json',
  text: string,
  options: EvaluateOptions = {},
): FileOutcome {
  const read = readProfile(file, text, format, prepared.vocabulary);
  return {
    file,
    read,
    evaluation: read.profile
      ? evaluate(prepared.compiled, read.profile, prepared.asOf, { ...options, rounds: prepared.rounds })
      : undefined,
  };
}

/** A file that could not be read still gets its row in the report. */
export function unreadable(
  file: string,
  reason: string,
  code: 'io/read' | 'io/encoding' | 'io/too-large' | 'internal/error' = 'io/read',
): FileOutcome {
  return { file, read: { company: { name: null, uscc: null }, diagnostics: [diagnostic(code, file, '', undefined, { reason })] } };
}
