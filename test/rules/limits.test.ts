/** Numbers in rule files: every sum in yuan up to one trillion, rates up to 100%, fact names that are no object machinery. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_YUAN } from '../../src/profile/money.js';
import { loadRules } from '../../src/rules/load.js';
import { MAX_AMOUNT } from '../../src/rules/schema.js';

const base = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8');
const turnover =
  '  company.turnover:\n    type: money\n    label: { zh: 营收, en: Turnover }\n    question: { zh: 营收？, en: Turnover? }\ngate:';
const withAmount = (amount: string) =>
  base
    .replace('gate:', turnover)
    .replace(
      '    amount: { kind: unpublished, cite: S1, evidence: unknown }',
      `    amount: { ${amount}, capScope: award, cite: S1, evidence: stated }`,
    );
const problems = (text: string) =>
  loadRules([{ file: 'tiny/1.yaml', text }]).diagnostics.map((d) => `${d.code} ${d.path}: ${d.args.reason ?? ''}`);

describe('rule limits', () => {
  it('bounds rule amounts as profiles bound money', () => {
    expect(MAX_AMOUNT).toBe(MAX_YUAN);
  });

  it.each([
    ['fixed', 'kind: fixed, value: ', 'measures[0].amount.value'],
    ['a cap', 'kind: rate, base: company.turnover, rate: 30%, cap: ', 'measures[0].amount.cap'],
    ['per unit', 'kind: per-unit, base: company.turnover, perUnit: ', 'measures[0].amount.perUnit'],
  ])('accepts %s of one trillion yuan and refuses one yuan more, with one message', (_, amount, path) => {
    expect(problems(withAmount(`${amount}${MAX_AMOUNT}`))).toEqual([]);
    expect(problems(withAmount(`${amount}${MAX_AMOUNT + 1}`))).toEqual([`rules/schema ${path}: at most ${MAX_AMOUNT} yuan (one trillion)`]);
    expect(problems(withAmount(`${amount}1e308`))).toEqual([`rules/schema ${path}: at most ${MAX_AMOUNT} yuan (one trillion)`]);
  });

  it('accepts a rate of 100% and refuses more', () => {
    expect(problems(withAmount('kind: rate, base: company.turnover, rate: 100%'))).toEqual([]);
    expect(problems(withAmount('kind: rate, base: company.turnover, rate: 100.5%'))).toEqual([
      'rules/schema measures[0].amount.rate: a rate is at most 100%',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a fact named %s, at its key', (name) => {
    const text = base.replace('gate:', turnover.replace('company.turnover', `company.${name}`));
    const { diagnostics } = loadRules([{ file: 'tiny/1.yaml', text }]);
    expect(diagnostics).toMatchObject([
      { code: 'rules/schema', line: 21, column: 3, args: { reason: 'a fact cannot be named __proto__, constructor or prototype' } },
    ]);
  });
});
