/**
 * Re-evaluate profiles under two versions of a programme and keep those whose verdicts or maximum
 * amounts change. Versions are pinned (each evaluated as itself, whatever its effective dates);
 * the as-of date only sets the window state, which no verdict depends on.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileProgramme, type CompiledProgramme } from '../engine/compile.js';
import { evaluateProgramme } from '../engine/evaluate.js';
import { roundsOf } from '../engine/rounds.js';
import type { ProgrammeResult, Verdict } from '../engine/types.js';
import { readProfile } from '../profile/read.js';
import { vocabularyFor } from '../profile/vocabulary.js';
import type { RuleVersion } from '../rules/load.js';

export interface VersionPair {
  from: RuleVersion;
  to: RuleVersion;
}

export interface ProfileInput {
  file: string;
  format: 'yaml' | 'json';
  text: string;
}

export interface Answer {
  verdict: Verdict;
  maxAmount: number | null;
}

interface MeasureChange {
  measure: string;
  project: string | null;
  /** Null where the measure does not exist in that version. */
  from: Answer | null;
  to: Answer | null;
}

export interface ProfileChange {
  file: string;
  programme: string;
  fromVersion: string;
  toVersion: string;
  measures: MeasureChange[];
  maxTotal: { from: number; to: number };
}

export interface ProfilesDiff {
  changes: ProfileChange[];
  /** Profiles read and compared, changed or not. */
  compared: number;
  /** Profiles with errors: not compared. */
  invalid: { file: string; diagnostics: Diagnostic[] }[];
}

export function diffProfiles(pairs: readonly VersionPair[], profiles: readonly ProfileInput[], asOf: string): ProfilesDiff {
  const vocabulary = vocabularyFor(pairs.flatMap((p) => [p.from, p.to]).flatMap((v) => Object.entries(v.rule.facts)));
  const compiled = pairs.map((p) => ({ from: compileProgramme(p.from), to: compileProgramme(p.to) }));
  const result: ProfilesDiff = { changes: [], compared: 0, invalid: [] };
  for (const input of profiles) {
    const read = readProfile(input.file, input.text, input.format, vocabulary);
    if (!read.profile) {
      result.invalid.push({ file: input.file, diagnostics: read.diagnostics });
      continue;
    }
    result.compared++;
    for (const c of compiled) {
      const change = compare(
        input.file,
        evaluateProgramme(c.from, read.profile, asOf, asOpen(c.from, asOf)),
        evaluateProgramme(c.to, read.profile, asOf, asOpen(c.to, asOf)),
      );
      if (change) result.changes.push(change);
    }
  }
  return result;
}

/** Two versions are compared as if both were open, whatever the date: a diff is about the rules, not the calendar. */
const asOpen = (c: CompiledProgramme, asOf: string) => roundsOf([c.version], asOf, [c.version.rule.programme.id])[0]!;

const NOT_OFFERED: Answer = { verdict: 'ineligible', maxAmount: 0 };

function compare(file: string, a: ProgrammeResult, b: ProgrammeResult): ProfileChange | undefined {
  const answers = (r: ProgrammeResult) =>
    new Map(
      r.measures.map((m) => [
        `${m.measure.id}\u0000${m.project?.id ?? ''}`,
        { measure: m.measure.id, project: m.project?.id ?? null, answer: { verdict: m.verdict, maxAmount: m.maxAmount } },
      ]),
    );
  const before = answers(a);
  const after = answers(b);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const measures = keys.flatMap((key): MeasureChange[] => {
    const x = before.get(key);
    const y = after.get(key);
    const from = x?.answer ?? null;
    const to = y?.answer ?? null;
    // A measure a version lacks is, for this profile, one it does not get: like an ineligible one.
    if (JSON.stringify(from ?? NOT_OFFERED) === JSON.stringify(to ?? NOT_OFFERED)) return [];
    return [{ measure: (x ?? y)!.measure, project: (x ?? y)!.project, from, to }];
  });
  if (measures.length === 0 && a.maxTotal === b.maxTotal) return undefined;
  return {
    file,
    programme: b.version.rule.programme.id,
    fromVersion: a.version.rule.programme.version,
    toVersion: b.version.rule.programme.version,
    measures,
    maxTotal: { from: a.maxTotal, to: b.maxTotal },
  };
}
