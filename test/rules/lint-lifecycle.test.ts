/** The lifecycle lint checks, each on a small edit of the minimal valid rule file, asserting code, line and severity. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocatedCase } from '../../src/lifecycle/golden-files.js';
import { lifecycleFindings } from '../../src/lifecycle/lint-lifecycle.js';
import { loadRules, type RuleText } from '../../src/rules/load.js';
import { locateFindings } from '../../src/lifecycle/locate.js';

const base = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8');

/** Every lifecycle diagnostic as `code line` (the line in the edited text), after checking the texts load cleanly. */
function lint(texts: RuleText[], asOf = '2024-06-01', cases: LocatedCase[] = []): string[] {
  const loaded = loadRules(texts);
  expect(loaded.diagnostics.map((d) => d.code)).toEqual([]);
  const found = locateFindings(texts, lifecycleFindings({ versions: loaded.versions, asOf, cases }));
  return found.map((d) => `${d.code} ${d.file}:${d.line}`);
}

const one = (text: string, asOf?: string) =>
  lint([{ file: 'tiny/1.yaml', text }], asOf).filter((c) => !c.startsWith('lint/untested-measure'));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('lifecycle lint', () => {
  it('finds nothing but the untested measure in the minimal valid file', () => {
    expect(lint([{ file: 'tiny/1.yaml', text: base }])).toEqual([`lint/untested-measure tiny/1.yaml:${lineOf(base, '- id: grant')}`]);
  });

  it('lint/unused-fact: a declared fact nothing reads, at its key', () => {
    const text = base.replace(
      'facts:\n',
      'facts:\n  company.employees:\n    type: number\n    label: { zh: 员工, en: Employees }\n    question: { zh: 多少人？, en: How many? }\n',
    );
    expect(one(text)).toEqual([`lint/unused-fact tiny/1.yaml:${lineOf(text, 'company.employees:')}`]);
  });

  it('lint/unused-fact: an amount base counts as read', () => {
    const text = base
      .replace(
        'facts:\n',
        'facts:\n  company.revenue:\n    type: money\n    label: { zh: 营收, en: Revenue }\n    question: { zh: 营收？, en: Revenue? }\n',
      )
      .replace(
        'amount: { kind: unpublished, cite: S1, evidence: unknown }',
        'amount: { kind: rate, base: company.revenue, rate: 10%, capScope: company, cite: S1, evidence: stated }',
      );
    expect(one(text)).toEqual([]);
  });

  it('lint/unknown-with-value: a leaf of unknown evidence with an operator and value', () => {
    const text = base.replace('  cite: S1\n  evidence: stated\nmeasures', '  cite: S1\n  evidence: unknown\nmeasures');
    // At the `evidence: unknown` that contradicts the value.
    expect(one(text)).toEqual([`lint/unknown-with-value tiny/1.yaml:${lineOf(text, 'label: { zh: 信用良好') + 2}`]);
  });

  it('lint/unknown-with-value: effective dates given with unknown evidence', () => {
    const text = base.replace(
      'effective: { from: null, to: null, cite: S1, evidence: unknown }',
      'effective: { from: "2024-01-01", to: null, cite: S1, evidence: unknown }',
    );
    expect(one(text)).toEqual([`lint/unknown-with-value tiny/1.yaml:${lineOf(text, 'effective:')}`]);
  });

  it.each([
    ['identical zh and en', 'title: { zh: Tiny rules, en: Tiny rules }'],
    ['a zh text without Chinese', 'title: { zh: Tiny, en: Tiny rules }'],
    ['an en text only in Chinese', 'title: { zh: 小规则, en: 小规则英文 }'],
    ['a blank text', 'title: { zh: 小规则, en: " " }'],
  ])('lint/translation: %s', (_what, title) => {
    const text = base.replace('title: { zh: 小规则, en: Tiny rules }', title);
    expect(one(text)).toEqual([`lint/translation tiny/1.yaml:${lineOf(text, title)}`]);
  });

  it('lint/translation: language-neutral text (digits, ids) may be identical', () => {
    const text = base.replace('label: { zh: 信用良好, en: Good credit }', 'label: { zh: "2024", en: "2024" }');
    expect(one(text)).toEqual([]);
  });

  it('lint/window-outside-effective: a window closing after the effective end', () => {
    const text = base
      .replace(
        'effective: { from: null, to: null, cite: S1, evidence: unknown }',
        'effective: { from: "2024-01-01", to: "2024-12-31", cite: S1, evidence: stated }',
      )
      .replace(
        'windows: []',
        'windows:\n  - { id: w, label: { zh: 申报, en: Applications }, opens: "2024-12-01", closes: "2025-01-15", cite: S1, evidence: stated }',
      );
    expect(one(text, '2024-06-01')).toEqual([`lint/window-outside-effective tiny/1.yaml:${lineOf(text, 'closes: "2025-01-15"')}`]);
  });

  it('lint/windows-closed: judged on the as-of date, only for the version in force', () => {
    const text = base.replace(
      'windows: []',
      'windows:\n  - { id: w, label: { zh: 申报, en: Applications }, opens: "2024-03-01", closes: "2024-03-31", cite: S1, evidence: stated }',
    );
    expect(one(text, '2024-03-15')).toEqual([]);
    expect(one(text, '2024-04-01')).toEqual([`lint/windows-closed tiny/1.yaml:${lineOf(text, 'status: in-force')}`]);
    expect(one(text.replace('status: in-force', 'status: superseded'), '2024-04-01')).toEqual([]);
  });

  it('lint/cap-scope: omitted or unknown on an up-to amount, not on an unpublished one', () => {
    const amount = (fields: string) =>
      base.replace(
        'amount: { kind: unpublished, cite: S1, evidence: unknown }',
        `amount: { kind: fixed, value: 100${fields}, cite: S1, evidence: stated }`,
      );
    expect(one(amount(''))).toEqual([`lint/cap-scope tiny/1.yaml:${lineOf(amount(''), 'kind: fixed')}`]);
    expect(one(amount(', capScope: unknown'))).toEqual([`lint/cap-scope tiny/1.yaml:${lineOf(amount(''), 'kind: fixed')}`]);
    expect(one(amount(', capScope: project'))).toEqual([]);
    expect(one(base)).toEqual([]);
  });
});

describe('lint across the versions of a programme', () => {
  const version = (v: string, from: string | null, to: string | null) => ({
    file: `tiny/${v}.yaml`,
    text: base
      .replace('version: "1"', `version: "${v}"`)
      .replace(
        'effective: { from: null, to: null, cite: S1, evidence: unknown }',
        `effective: { from: ${from ? `"${from}"` : 'null'}, to: ${to ? `"${to}"` : 'null'}, cite: S1, evidence: stated }`,
      ),
  });
  const versions = (texts: RuleText[]) => lint(texts).filter((c) => c.startsWith('lint/version'));

  it('an open end hands over to the next version: no finding', () => {
    expect(versions([version('1', '2023-01-01', null), version('2', '2024-01-01', null)])).toEqual([]);
  });

  it('lint/version-overlap: an explicit end after the next start, at the later file', () => {
    expect(versions([version('1', '2023-01-01', '2024-03-31'), version('2', '2024-01-01', null)])).toEqual([
      'lint/version-overlap tiny/2.yaml:9',
    ]);
  });

  it('lint/version-overlap: two versions starting the same day (or both open)', () => {
    expect(versions([version('1', null, null), version('2', null, null)])).toEqual(['lint/version-overlap tiny/2.yaml:9']);
  });

  it('lint/version-gap: days between an end and the next start', () => {
    const found = lint([version('1', '2023-01-01', '2023-12-31'), version('2', '2024-02-01', null)]);
    expect(found.filter((c) => c.startsWith('lint/version'))).toEqual(['lint/version-gap tiny/2.yaml:9']);
  });

  it('no gap when the next version starts the day after', () => {
    expect(versions([version('1', '2023-01-01', '2023-12-31'), version('2', '2024-01-01', null)])).toEqual([]);
  });
});

describe('lint/untested-measure', () => {
  const texts = [{ file: 'tiny/1.yaml', text: base }];
  const located = (asOf: string, ids: string[]): LocatedCase => ({
    file: 'tiny/tests/a.yaml',
    programme: 'tiny',
    index: 0,
    line: 2,
    case: { name: 'c', asOf, profile: {}, expect: { measures: ids.map((id) => ({ id, verdict: 'eligible' as const })) } },
  });

  it('is silent once a case names the measure', () => {
    expect(lint(texts, '2024-06-01', [located('2024-06-01', ['grant'])])).toEqual([]);
  });

  it('warns when the cases name other measures only', () => {
    expect(lint(texts, '2024-06-01', [located('2024-06-01', ['other'])])).toHaveLength(1);
  });
});
