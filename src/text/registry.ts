/**
 * Every catalogue of the phrasebook, by name. A new catalogue is one file in `catalogues/` and one key
 * here: `test/report/translations.test.ts` renders every message of every catalogue listed here in both
 * languages, and fails when a catalogue in `src/` is missing from this list.
 */
import { CAVEAT_TEXT } from './catalogues/caveats.js';
import { CHECKLIST_TEXT } from './catalogues/checklist.js';
import { CLIENT_TEXT, VERDICT_TEXT, WINDOW_STATE_TEXT } from './catalogues/client.js';
import { AMOUNT_TEXT, BINDING_TEXT, EXPLAIN_TEXT, GENERAL_ASSUMPTIONS, STACKING_TEXT } from './catalogues/explain.js';
import { ICS_TEXT } from './catalogues/ics.js';
import { ROUND_TEXT } from './catalogues/round.js';
import { RULE_WORDS_TEXT } from './catalogues/rule-words.js';
import { RULES_TEXT } from './catalogues/rules.js';
import { MARKDOWN_TEXT, PROBLEM_TEXT, REASON_TEXT, TABLE_TEXT } from './catalogues/summary.js';
import { TEMPLATE_TEXT, TYPE_TEXT } from './catalogues/template.js';
import { CHANGE_TEXT, QUALIFY_TEXT, SHORT_TEXT, STEP_TEXT, STRUCTURAL_TEXT, TO_QUALIFY_LINES_TEXT } from './catalogues/to-qualify.js';
import { EVIDENCE_NOTE_TEXT, EVIDENCE_TEXT } from './evidence.js';
import type { Message } from './messages.js';
import { WINDOW_TEXT } from './window-phrase.js';

export type Catalogue = Readonly<Record<string, Message>>;

export const CATALOGUES = {
  AMOUNT_TEXT,
  BINDING_TEXT,
  CAVEAT_TEXT,
  CHANGE_TEXT,
  CHECKLIST_TEXT,
  CLIENT_TEXT,
  EVIDENCE_NOTE_TEXT,
  EVIDENCE_TEXT,
  EXPLAIN_TEXT,
  GENERAL_ASSUMPTIONS,
  ICS_TEXT,
  MARKDOWN_TEXT,
  PROBLEM_TEXT,
  QUALIFY_TEXT,
  REASON_TEXT,
  ROUND_TEXT,
  RULES_TEXT,
  RULE_WORDS_TEXT,
  SHORT_TEXT,
  STACKING_TEXT,
  STEP_TEXT,
  STRUCTURAL_TEXT,
  TABLE_TEXT,
  TEMPLATE_TEXT,
  TO_QUALIFY_LINES_TEXT,
  TYPE_TEXT,
  VERDICT_TEXT,
  WINDOW_STATE_TEXT,
  WINDOW_TEXT,
} satisfies Record<string, Catalogue>;
