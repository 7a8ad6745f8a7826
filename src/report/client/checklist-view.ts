/**
 * The checklist part of the client report: what `--format checklist` says, as data — per programme
 * worth applying to, each window relative to the as-of date, the measures to apply for (eligible first,
 * the larger amount first) with their own documents, and the documents every application needs.
 */
import type { FileResult } from '../contract.js';
import type { DocumentReport } from '../contract-advice.js';
import { evidenceWord } from '../evidence-text.js';
import { byPromise, CHECKLIST_TEXT, measureState, toApply } from '../formats/checklist.js';
import type { Lang } from '../lang.js';
import { frame, say } from '../messages.js';
import { windowPhrase, WINDOW_TEXT } from '../window-phrase.js';

export interface ChecklistView {
  programme: string;
  ref: string;
  /** `When: Paper materials accepted — open, closes in 16 days (2021-03-31)`. */
  windows: string[];
  superseded: string | null;
  measures: { text: string; documents: DocumentView[] }[];
  documents: DocumentView[];
  /** Said when the rules list no programme documents. */
  noDocuments: string | null;
}

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
        ref: `${p.id}@${p.version} · ${p.document}`,
        windows: windows.map((w) => frame(CHECKLIST_TEXT.window, lang, { label: w.label, phrase: windowPhrase(w, asOf, lang) })),
        superseded: p.supersededBy ? say(WINDOW_TEXT.superseded, lang, { successor: p.supersededBy }) : null,
        measures: p.measures
          .filter(toApply)
          .sort(byPromise)
          .map((m) => ({
            text: frame(CHECKLIST_TEXT.measure, lang, { title: m.title, project: m.project ?? '', state: measureState(m, lang) }),
            documents: m.documents.map((d) => documentView(d, lang)),
          })),
        documents: p.documents.map((d) => documentView(d, lang)),
        noDocuments: p.documents.length === 0 ? say(CHECKLIST_TEXT['no-documents'], lang) : null,
      };
    });
}

function documentView(d: DocumentReport, lang: Lang): DocumentView {
  return { text: frame(CHECKLIST_TEXT.document, lang, { label: d.label, cite: d.cite, evidence: evidenceWord(d.evidence, lang) }), how: d.how };
}
