/**
 * The client report of one company, as plain text in the chosen language, arranged for a reader:
 * the summary, the eligible amounts, what is missing and what it would take, the checklist, the
 * sources. Built from the report alone; the HTML and Markdown renderers lay it out and escape it.
 */
import { byUnlocks } from '../../engine/changes.js';
import type { FileResult, MeasureReport, Report } from '../../contracts/report.js';
import { evidenceWord } from '../../text/evidence.js';
import type { Lang } from '../../text/lang.js';
import { say } from '../../text/messages.js';
import { shownFact } from '../../text/fact-name.js';
import { formatYuan } from '../../text/money.js';
import { checklistOf, type ChecklistView } from './checklist-view.js';
import { programmeView, withUnpublished, type ProgrammeView } from './programme-view.js';
import { shortPosition } from '../../text/position.js';
import { CLIENT_TEXT, VERDICT_TEXT } from '../../text/catalogues/client.js';

export interface ClientView {
  company: string;
  uscc: string | null;
  file: string;
  valid: boolean;
  /** `line:column code message` of each error of an invalid profile. */
  errors: string[];
  /** When no round is open or upcoming: the sentence that says so (the report's `noOpenRound`). */
  notice: string | null;
  /** Null for an invalid profile. */
  total: { yuan: number; text: string; potential: string | null } | null;
  programmes: ProgrammeView[];
  bars: BarView[];
  /** Eligible measures whose amount the guideline does not publish (or a missing figure leaves open). */
  unpublished: string[];
  questions: { fact: string; question: string }[];
  toQualify: QualifyView[];
  checklist: ChecklistView[];
  evidence: EvidenceView[];
  sources: { programme: string; items: { id: string; title: string; url: string | null }[] }[];
  caveats: string[];
}

export interface BarView {
  label: string;
  amount: number;
  amountText: string;
  counted: boolean;
}

export interface QualifyView {
  label: string;
  verdict: MeasureReport['verdict'];
  verdictText: string;
  summary: string;
  /** Each change in full, but the questions, which the report lists once above. */
  changes: string[];
}

export interface EvidenceView {
  label: string;
  verdictText: string;
  evidence: string;
  amountEvidence: string;
  cites: string;
}

export function clientView(result: FileResult, report: Pick<Report, 'asOf'> & Partial<Pick<Report, 'noOpenRound'>>, lang: Lang): ClientView {
  const label = (m: MeasureReport) => (m.project ? `${m.title}${lang === 'zh' ? `（${m.project}）` : ` (${m.project})`}` : m.title);
  const measures = result.programmes.flatMap((p) => p.measures);
  const eligible = measures.filter((m) => m.verdict === 'eligible');
  const namesZh: Record<string, string> = Object.assign({}, ...result.programmes.map((p) => p.factNamesZh));
  const notYet = measures.filter((m) => m.toQualify !== null).sort((a, b) => byUnlocks(a.toQualify!, b.toQualify!));
  return {
    company: result.company.name ?? say(CLIENT_TEXT['no-name'], lang),
    uscc: result.company.uscc,
    file: result.file,
    valid: result.valid,
    errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${shortPosition(d)} ${d.code} ${d.message}`),
    notice: report.noOpenRound?.message ?? null,
    total: result.valid ? totalOf(result, lang) : null,
    programmes: result.programmes.map((p) => programmeView(p, result.programmes, report.asOf, lang)),
    bars: eligible.filter((m) => m.maxAmount !== null && m.maxAmount > 0).map((m) => ({ label: label(m), amount: m.maxAmount!, amountText: formatYuan(m.maxAmount!, lang), counted: m.counted })),
    unpublished: eligible.filter((m) => m.maxAmount === null).map(label),
    questions: questionsOf(measures).map((q) => ({ ...q, fact: shownFact(q.fact, namesZh, lang) })),
    toQualify: notYet.map((m) => ({ label: label(m), verdict: m.verdict, verdictText: say(VERDICT_TEXT[m.verdict], lang), summary: m.toQualify!.summary, changes: m.toQualify!.changes.filter((c) => c.kind !== 'ask').map((c) => c.message) })),
    checklist: checklistOf(result, report.asOf, lang),
    evidence: measures
      .filter((m) => m.verdict !== 'ineligible')
      .map((m) => ({ label: label(m), verdictText: say(VERDICT_TEXT[m.verdict], lang), evidence: evidenceWord(m.evidence, lang), amountEvidence: evidenceWord(m.amountEvidence, lang), cites: citesOf(m) })),
    sources: result.programmes.map((p) => ({ programme: `${p.title}${lang === 'zh' ? `（${p.document}）` : ` (${p.id}@${p.version})`}`, items: p.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })) })),
    caveats: [...new Set(result.programmes.flatMap((p) => [...p.caveats, ...p.measures.flatMap((m) => m.caveats)].map((c) => c.message)))],
  };
}

function totalOf(result: FileResult, lang: Lang): ClientView['total'] {
  const yuan = result.maxTotal ?? 0;
  const counted = result.programmes.filter((p) => p.round !== 'history');
  const more = counted.reduce((sum, p) => sum + p.potentialTotal - p.maxTotal, 0);
  return {
    yuan,
    text: withUnpublished(yuan, result.unpublishedEligible, lang),
    potential: more > 0 ? say(CLIENT_TEXT.potential, lang, (l) => ({ amount: formatYuan(more, l) })) : null,
  };
}

/** Each missing fact once, with the question the rules give for it, in the order first asked. */
function questionsOf(measures: readonly MeasureReport[]): ClientView['questions'] {
  const asked = new Map<string, string>();
  for (const m of measures) for (const c of m.toQualify?.changes ?? []) if (c.kind === 'ask' && !asked.has(c.fact)) asked.set(c.fact, c.question);
  return [...asked].map(([fact, question]) => ({ fact, question }));
}

/** The citations a verdict rests on, each once: `S1, S1 §2`. */
function citesOf(m: MeasureReport): string {
  return [...new Set([...m.reasons.map((r) => r.cite), ...m.documents.map((d) => d.cite)])].join(', ');
}

