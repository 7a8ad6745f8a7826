/**
 * Every message added for explain, what-it-takes and the checklist exists in English and Chinese:
 * each catalogue entry renders in both, the Chinese one in Chinese, the English one without Chinese.
 */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/catalogue.js';
import { CHANGE_KINDS } from '../../src/engine/changes.js';
import { STRUCTURAL_FACTS } from '../../src/engine/structural.js';
import { EVIDENCE_TEXT } from '../../src/text/evidence.js';
import { AMOUNT_TEXT, BINDING_TEXT } from '../../src/report/explain/amount.js';
import { GENERAL_ASSUMPTIONS } from '../../src/report/explain/model.js';
import { STACKING_TEXT } from '../../src/report/explain/stacking.js';
import { EXPLAIN_TEXT } from '../../src/formats/explain/table.js';
import { CHECKLIST_TEXT } from '../../src/formats/checklist.js';
import { TO_QUALIFY_LINES_TEXT } from '../../src/formats/to-qualify-lines.js';
import type { Message, TextArgs } from '../../src/text/messages.js';
import { REQUIREMENT_TEXT } from '../../src/report/requirement.js';
import { CHANGE_TEXT, QUALIFY_TEXT, SHORT_TEXT, STEP_TEXT, STRUCTURAL_TEXT } from '../../src/report/to-qualify-text.js';
import { WINDOW_TEXT } from '../../src/text/window-phrase.js';
import { ROUND_TEXT } from '../../src/report/round-text.js';
import { CLIENT_TEXT, VERDICT_TEXT, WINDOW_STATE_TEXT } from '../../src/report/client/text.js';
import { TEMPLATE_TEXT, TYPE_TEXT } from '../../src/template/text.js';

const CATALOGUES: Record<string, Record<string, Message>> = {
  ROUND_TEXT,
  REQUIREMENT_TEXT,
  CHANGE_TEXT,
  SHORT_TEXT,
  STEP_TEXT,
  STRUCTURAL_TEXT,
  QUALIFY_TEXT,
  TO_QUALIFY_LINES_TEXT,
  CHECKLIST_TEXT,
  EVIDENCE_TEXT,
  WINDOW_TEXT,
  AMOUNT_TEXT,
  BINDING_TEXT,
  STACKING_TEXT,
  GENERAL_ASSUMPTIONS,
  EXPLAIN_TEXT,
  CLIENT_TEXT,
  VERDICT_TEXT,
  WINDOW_STATE_TEXT,
  TEMPLATE_TEXT,
  TYPE_TEXT,
};

/** Every argument renders as a marker, so the template's own words can be told from what is put in. */
const args = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `«${key}»` : undefined) }) as TextArgs;
const own = (text: string) => text.replace(/«[^»]*»/g, '');
const HAN = /\p{Script=Han}/u;
/** Words Chinese text may keep: the `min(…)` of an amount's computation. */
const KEPT = new Set(['min']);

const entries = Object.entries(CATALOGUES).flatMap(([name, catalogue]) => Object.entries(catalogue).map(([key, message]) => [`${name}.${key}`, message] as const));

describe('every message has both languages', () => {
  it('covers the catalogues', () => expect(entries.length).toBeGreaterThan(120));

  it.each(entries)('%s', (_name, message) => {
    expect(typeof message.en).toBe('function');
    expect(typeof message.zh).toBe('function');
    const en = own(message.en(args));
    const zh = own(message.zh(args));
    expect(en).not.toMatch(HAN);
    // A template with words of its own says them in Chinese too; one made only of its arguments and symbols may be the same.
    if (/[A-Za-z]{2,}/.test(en.replace(/\bmin\b/g, ''))) expect(zh).toMatch(HAN);
    const english = (zh.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));
    expect(english).toEqual([]);
  });

  it('names every structural fact and every kind of change', () => {
    expect(Object.keys(STRUCTURAL_TEXT).sort()).toEqual([...STRUCTURAL_FACTS].sort());
    for (const kind of CHANGE_KINDS) {
      expect(SHORT_TEXT, kind).toHaveProperty([kind]);
      if (kind === 'threshold') for (const op of ['gt', 'gte', 'lt', 'lte', 'between']) expect(CHANGE_TEXT).toHaveProperty([`threshold-${op}`]);
      else expect(CHANGE_TEXT, kind).toHaveProperty([kind]);
    }
  });

  it('has the explain diagnostic in both languages', () => {
    const a = { measure: 'x', asOf: '2022-07-05', known: 'p/m' };
    expect(messageOf('explain/unknown-measure', a, 'en')).not.toMatch(HAN);
    expect(messageOf('explain/unknown-measure', a, 'zh')).toMatch(HAN);
  });
});
