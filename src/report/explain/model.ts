/**
 * Builds the explanation (./contract.ts) of one profile: every programme in force, or only the
 * measure asked about, with the condition trees, amounts, stacking, assumptions and what it would take.
 * Pure: it maps an evaluation made with detail, and reads nothing.
 */
import { byUnlocks } from '../../engine/changes.js';
import type { MeasureResult, ProgrammeResult } from '../../engine/types.js';
import { programmeAdvice } from '../advice.js';
import { renderCaveat } from '../caveats.js';
import type { Lang } from '../../text/lang.js';
import { say } from '../../text/messages.js';
import { diagnosticReport, type FileOutcome } from '../model.js';
import { toQualifyReport } from '../to-qualify.js';
import { newestClosed, roundsOf, type RoundInfo } from '../../engine/rounds.js';
import { endedRound, noOpenRoundSentence } from '../round-text.js';
import { amountExplain } from './amount.js';
import { EXPLAIN_SCHEMA, type Explanation, type MeasureExplain, type ProgrammeExplain } from '../../contracts/explain.js';
import { stackingExplain } from './stacking.js';
import { conditionsExplain } from './tree.js';
import { GENERAL_ASSUMPTIONS } from '../../text/catalogues/explain.js';

/** `measure` or `programme/measure`. */
export interface MeasureFilter {
  programme: string | null;
  measure: string;
}

export interface ExplainInput {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  filter: MeasureFilter | null;
  /** Each programme's round on asOf (from `prepare`). */
  rounds?: readonly RoundInfo[];
  /** Whether the rules are the bundled ones, for the no-open-round sentence. */
  bundled?: boolean;
}

export function buildExplanation(input: ExplainInput, outcome: FileOutcome): Explanation {
  const { lang } = input;
  const profile = outcome.read.profile;
  // The evaluation was made with detail: it carries every trace, the trees and what it would take.
  const shown = (outcome.evaluation?.programmes ?? []).filter((p) => matches(p, input.filter));
  const programmes = profile ? shown.map((p) => programmeExplain(p, input)) : [];
  const ranking = programmes
    .flatMap((p) =>
      p.measures.flatMap((m) => (m.toQualify ? [{ programme: p.id, measure: m.id, project: m.project, toQualify: m.toQualify }] : [])),
    )
    .sort((a, b) => byUnlocks(a.toQualify, b.toQualify));
  return {
    schema: EXPLAIN_SCHEMA,
    tool: input.tool,
    asOf: input.asOf,
    file: outcome.file,
    measure: input.filter ? `${input.filter.programme ? `${input.filter.programme}/` : ''}${input.filter.measure}` : null,
    valid: outcome.evaluation !== undefined,
    diagnostics: outcome.read.diagnostics.map((d) => diagnosticReport(d, lang)),
    company: outcome.read.company,
    programmes,
    assumptions: Object.entries(GENERAL_ASSUMPTIONS).map(([id, text]) => ({ id, text: say(text, lang) })),
    ranking,
    maxTotal: outcome.evaluation?.maxTotal ?? null,
    noOpenRound: noOpenRound(input, outcome),
  };
}

function noOpenRound(input: ExplainInput, outcome: FileOutcome): string | null {
  // Without rounds from `prepare`, those of the programmes evaluated, with nothing pinned.
  const newest = newestClosed(input.rounds ?? roundsOf(outcome.evaluation?.programmes.map((p) => p.version) ?? [], input.asOf));
  if (!newest) return null;
  const ended = endedRound(newest);
  return noOpenRoundSentence(ended, input.asOf, input.bundled ?? false, input.lang, newest.titleZh);
}

function matches(p: ProgrammeResult, filter: MeasureFilter | null): boolean {
  if (!filter) return true;
  if (filter.programme && p.version.rule.programme.id !== filter.programme) return false;
  return p.measures.some((m) => m.measure.id === filter.measure);
}

function programmeExplain(p: ProgrammeResult, input: ExplainInput): ProgrammeExplain {
  const { rule } = p.version;
  const { lang, filter } = input;
  const name = (m: MeasureResult) => `${m.measure.id}${m.project ? ` (${m.project.id})` : ''}`;
  return {
    id: rule.programme.id,
    version: rule.programme.version,
    title: say(rule.programme.title, lang),
    document: rule.programme.document,
    window: p.window,
    windows: programmeAdvice(p, lang).windows,
    supersededBy: p.supersededBy,
    sources: rule.sources.map((s) => ({ id: s.id, title: s.title, url: s.url ?? null, date: s.date ?? null, trust: s.trust ?? null })),
    assumptions: (rule.assumptions ?? []).map((a) => ({
      id: a.id,
      text: say(a, lang),
      // Ids `explain` takes in English; the measures' titles in Chinese.
      usedBy: p.measures
        .filter((m) => (m.trace ?? []).some((t) => t.leaf.assumes?.includes(a.id)))
        .map((m) => (lang === 'zh' ? `${m.measure.title.zh}（${m.project?.id ?? '—'}）`.replace('（—）', '') : name(m))),
    })),
    measures: p.measures.filter((m) => !filter || m.measure.id === filter.measure).map((m) => measureExplain(m, p, lang)),
    stacking: stackingExplain(p, lang),
    maxTotal: p.maxTotal,
    caveats: p.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    round: p.round,
  };
}

function measureExplain(m: MeasureResult, p: ProgrammeResult, lang: Lang): MeasureExplain {
  const { rule } = p.version;
  // The engine listed every change, structural or not (`changes: 'every'`), and none for a history round.
  const takes = m.toQualify ?? null;
  return {
    id: m.measure.id,
    project: m.project?.id ?? null,
    title: say(m.measure.title, lang),
    verdict: m.verdict,
    maxAmount: m.maxAmount,
    evidence: m.evidence,
    counted: m.counted,
    conditions: conditionsExplain(m, rule, lang),
    amount: amountExplain(m, rule, lang),
    missing: m.missing,
    caveats: m.caveats.map((c) => ({ code: c.code, message: renderCaveat(c, lang) })),
    notes: (m.measure.notes ?? []).map((n) => say(n, lang)),
    toQualify: takes && toQualifyReport(takes, rule, lang),
  };
}
