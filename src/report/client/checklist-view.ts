/**
 * The checklist part of the client report: what `--format checklist` says, as data — per programme
 * worth applying to, each window relative to the as-of date, the measures to apply for (eligible first,
 * the larger amount first) with their own documents, and the documents every application needs.
 * Alternatives (a stacking group: one project per applicant, one of two measures) are one item to
 * choose in, never separate boxes to tick: the engine decided which pairs they are (`choices`).
 */
import type { FileResult, MeasureReport, ProgrammeReport } from '../../contracts/report.js';
import type { DocumentReport } from '../../contracts/report-advice.js';
import { evidenceWord } from '../../text/evidence.js';
import { formatYuan } from '../../text/money.js';
import type { Lang } from '../../text/lang.js';
import { once, say } from '../../text/messages.js';
import { programmeRef, successorName } from '../../text/programme-name.js';
import { windowPhrase, WINDOW_TEXT } from '../../text/window-phrase.js';
import { CHECKLIST_TEXT } from '../../text/catalogues/checklist.js';

export interface ChecklistView {
  programme: string;
  ref: string;
  /** `When: Paper materials accepted — open, closes in 16 days (2021-03-31)`. */
  windows: string[];
  superseded: string | null;
  /** What to apply for: single measures and choices, in the order of their best promise. */
  measures: ApplyItem[];
  documents: DocumentView[];
  /** Said when the rules list no programme documents. */
  noDocuments: string | null;
}

/** One measure to apply for, with its own documents. */
interface MeasureItem {
  kind: 'measure';
  text: string;
  documents: DocumentView[];
}

/** `Choose one: <the rules' reason> (S5, inferred)`, then the options, the best first. */
export interface ChoiceItem {
  kind: 'choice';
  text: string;
  options: (Omit<MeasureItem, 'kind'> & { best: boolean })[];
}

export type ApplyItem = MeasureItem | ChoiceItem;

export interface DocumentView {
  /** `The 2020 application form (S1, stated)`. */
  text: string;
  how: string | null;
}

export function checklistOf(result: FileResult, asOf: string, lang: Lang): ChecklistView[] {
  // Only rounds a company can still apply to: a history round gets no checklist.
  return result.programmes
    .filter((p) => p.round !== 'history' && p.measures.some(toApply))
    .map((p) => {
      const windows = p.windows.length > 0 ? p.windows : [{ label: '—', opens: null, closes: null }];
      return {
        programme: p.title,
        ref: programmeRef(p, lang),
        windows: windows.map((w) => say(CHECKLIST_TEXT.window, once(lang), { label: w.label, phrase: windowPhrase(w, asOf, lang) })),
        superseded: p.supersededBy ? say(WINDOW_TEXT.superseded, lang, { successor: successorName(p, result.programmes, lang) }) : null,
        measures: applyItems(p, lang),
        documents: p.documents.map((d) => documentView(d, lang)),
        noDocuments: p.documents.length === 0 ? say(CHECKLIST_TEXT['no-documents'], lang) : null,
      };
    });
}

/** The measures worth applying for, each choice of the programme gathered into one item where its best option would stand. */
export function applyItems(p: ProgrammeReport, lang: Lang): ApplyItem[] {
  const find = (pair: { measure: string; project: string | null }) =>
    p.measures.find((m) => m.id === pair.measure && m.project === pair.project)!;
  const choices = p.choices.map((c) => ({ choice: c, options: c.options.map(find) }));
  const inChoice = new Map(choices.flatMap((c) => c.options.map((m) => [m, c] as const)));
  const items: ApplyItem[] = [];
  const placed = new Set<unknown>();
  for (const m of p.measures.filter(toApply).sort(byPromise)) {
    const c = inChoice.get(m);
    if (!c) items.push({ kind: 'measure', ...measureItem(m, lang) });
    else if (!placed.has(c)) {
      placed.add(c);
      const text = say(CHECKLIST_TEXT['choose-one'], once(lang), {
        label: c.choice.label,
        cite: c.choice.cite,
        evidence: evidenceWord(c.choice.evidence, lang),
      });
      items.push({ kind: 'choice', text, options: c.options.map((o, i) => ({ ...measureItem(o, lang, i === 0), best: i === 0 })) });
    }
  }
  return items;
}

function measureItem(m: MeasureReport, lang: Lang, best = false): Omit<MeasureItem, 'kind'> {
  const text = say(CHECKLIST_TEXT.measure, once(lang), { title: m.title, project: m.project ?? '', state: measureState(m, lang) });
  return {
    text: best ? say(CHECKLIST_TEXT.best, once(lang), { text }) : text,
    documents: m.documents.map((d) => documentView(d, lang)),
  };
}

export function documentView(d: DocumentReport, lang: Lang): DocumentView {
  return {
    text: say(CHECKLIST_TEXT.document, once(lang), { label: d.label, cite: d.cite, evidence: evidenceWord(d.evidence, lang) }),
    how: d.how,
  };
}

/** A measure a client can still apply for: eligible or undetermined. */
export const toApply = (m: MeasureReport) => m.verdict !== 'ineligible';

/** Eligible before undetermined; the larger amount first, unpublished amounts after. */
function byPromise(a: MeasureReport, b: MeasureReport): number {
  const verdict = Number(a.verdict !== 'eligible') - Number(b.verdict !== 'eligible');
  const amount = (m: MeasureReport) => m.maxAmount ?? -1;
  return verdict || amount(b) - amount(a);
}

function measureState(m: MeasureReport, lang: Lang): string {
  const amount = (l: Lang) =>
    m.maxAmount === null
      ? say(CHECKLIST_TEXT.unpublished, l)
      : say(CHECKLIST_TEXT['up-to'], l, (one) => ({ amount: formatYuan(m.maxAmount!, one) }));
  if (m.verdict === 'eligible') return say(CHECKLIST_TEXT.eligible, lang, (l) => ({ amount: amount(l) }));
  return say(CHECKLIST_TEXT.undetermined, once(lang), { amount: amount(lang), toQualify: m.toQualify?.summary ?? m.summary });
}
