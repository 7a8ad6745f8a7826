/** Semantic checks that need a small edit of the minimal valid rule file, made in memory. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';

const base = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8');
const investmentFact = `facts:
  company.revenue:
    type: money
    label: { zh: 营收, en: Revenue }
    question: { zh: 营收多少？, en: What is the revenue? }
`;

function codesOf(text: string): string[] {
  return loadRules([{ file: 'tiny/1.yaml', text }]).diagnostics.map((d) => `${d.code} ${d.path}`);
}

describe('rule lint beyond the schema', () => {
  it('rejects a money fact compared with text, which would read "not eligible" for everyone', () => {
    const text = base
      .replace('facts:\n', investmentFact)
      .replace('  fact: company.credit\n  op: eq\n  value: good', '  fact: company.revenue\n  op: eq\n  value: "500000"');
    expect(codesOf(text)).toEqual(['rules/bad-leaf gate']);
  });

  it('rejects between with its bounds reversed', () => {
    const text = base
      .replace('facts:\n', investmentFact)
      .replace('  fact: company.credit\n  op: eq\n  value: good', '  fact: company.revenue\n  op: between\n  value: [10, 1]');
    expect(codesOf(text)).toEqual(['rules/bad-leaf gate']);
  });

  it('rejects a boolean fact tested with in on text', () => {
    const text = base
      .replace(
        'facts:\n',
        'facts:\n  company.tech_enterprise:\n    type: boolean\n    label: { zh: 科技型, en: Tech }\n    question: { zh: 是否？, en: Is it? }\n',
      )
      .replace('  fact: company.credit\n  op: eq\n  value: good', '  fact: company.tech_enterprise\n  op: in\n  value: ["yes"]');
    expect(codesOf(text)).toEqual(['rules/bad-leaf gate']);
  });

  it('checks the citations of stacking caveats too', () => {
    const text = `${base}  caveats:\n    - { label: { zh: 注, en: Note }, cite: S9, evidence: stated }\n`;
    expect(codesOf(text)).toEqual(['rules/unknown-source stacking.caveats[0].cite']);
  });

  it('checks rule caveats: their measures, citations and ids', () => {
    const caveat = (id: string, extra: string) => `  - { id: ${id}, label: { zh: 注, en: Note }, cite: S1, evidence: reported${extra} }\n`;
    const text = `${base}caveats:\n${caveat('a', ', measures: [grant, bonus]')}${caveat('a', '').replace('cite: S1', 'cite: S9')}`;
    expect(codesOf(text)).toEqual([
      'rules/unknown-source caveats[1].cite',
      'rules/duplicate-id caveats[1].id',
      'rules/unknown-ref caveats[0].measures',
    ]);
    expect(codesOf(`${base}caveats:\n${caveat('judged', ', measures: [grant]')}`)).toEqual([]);
  });

  it('refuses an amount with a value but unknown evidence when loading', () => {
    const text = base.replace(
      'amount: { kind: unpublished, cite: S1, evidence: unknown }',
      'amount: { kind: fixed, value: 100, cite: S1, evidence: unknown }',
    );
    const d = loadRules([{ file: 'tiny/1.yaml', text }]).diagnostics;
    expect(d.map((x) => `${x.code} ${x.path}`)).toEqual(['rules/schema measures[0].amount.evidence']);
    expect(String(d[0]!.args.reason)).toContain('kind: unpublished');
  });

  it('says a required key is missing rather than naming its options', () => {
    const text = base.replace('  cite: S1\n  evidence: stated\nmeasures', '  cite: S1\nmeasures');
    const d = loadRules([{ file: 'tiny/1.yaml', text }]).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['rules/schema']);
    expect(String(d[0]!.args.reason)).toMatch(/^missing, expected one of/);
  });
});
