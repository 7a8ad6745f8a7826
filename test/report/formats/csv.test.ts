import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, formatCsv } from '../../../src/formats/csv.js';
import { csvRows } from './csv-read.js';
import { BAD_MONEY, HUAXIN, PROFILES, awkward, reportOf } from './reports.js';
import '../../properties/settings.js';

const rowsOf = (csv: string) => csvRows(csv, CSV_COLUMNS);

describe('csv', () => {
  it('is UTF-8 with a BOM, CRLF line ends and a header, one row per file × measure', () => {
    const csv = formatCsv(reportOf([HUAXIN]));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFfile,company,uscc,programme,version,measure,project,verdict,maxAmount,evidence,counted,reason,missing,gateHits,window,round',
    );
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = rowsOf(csv);
    // 2 measures of the 2022 round and 3 of the 2020 one; the smart-software round is known only from 2023-04-03.
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      file: HUAXIN,
      company: '上海华信智联物流有限公司',
      uscc: '91310107MA1G8W2N5J',
      programme: 'putuo-digital-transformation',
      version: '2022',
      measure: 'project-subsidy',
      project: 'p1',
      verdict: 'eligible',
      maxAmount: '900000',
      evidence: 'reported',
      counted: 'true',
      reason: 'all 12 conditions met (reported)',
      missing: '',
      gateHits: '',
      window: 'open',
      round: 'current',
    });
    const award = rows.find((r) => r.measure === 'breakthrough-award')!;
    expect(award).toMatchObject({ verdict: 'undetermined', maxAmount: '5000000', counted: 'false', window: 'closed', round: 'history' });
    expect(award.missing).toBe('company.tech_enterprise; company.features; company.fields; projects[0].breakthrough');
  });

  it('leaves maxAmount empty when the guideline publishes no amount', () => {
    const rows = rowsOf(formatCsv(reportOf(['fixtures/profiles/lingxi-smart-software.yaml'], { asOf: '2023-04-10' })));
    expect(rows.find((r) => r.measure === 'rd-project' && r.project === 'p1')).toMatchObject({ verdict: 'eligible', maxAmount: '' });
    expect(rows.find((r) => r.measure === 'rd-project' && r.project === 'p2')).toMatchObject({ verdict: 'ineligible', maxAmount: '0' });
  });

  it('gives an invalid file one row with its first error, and lists the gates each file hits', () => {
    const rows = rowsOf(formatCsv(reportOf([HUAXIN, BAD_MONEY], { failOn: ['invalid', 'below:100万'] })));
    const bad = rows.filter((r) => r.file === BAD_MONEY);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      company: '上海同舟纺织科技有限公司',
      verdict: 'invalid',
      programme: '',
      measure: '',
      maxAmount: '',
      gateHits: 'invalid',
    });
    expect(bad[0]!.reason).toMatch(/^21:17 profile\/money projects\[0\]\.investment: cannot read "三百万"/);
    expect(new Set(rows.filter((r) => r.file === HUAXIN).map((r) => r.gateHits))).toEqual(new Set(['below:100万']));
  });

  it('quotes commas, quotes and line breaks, keeps Chinese as is, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('上海普陀')).toBe('上海普陀');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('-')).toBe('-');
    const name = '上海"逗号,科技"\r\n有限公司';
    const rows = rowsOf(formatCsv(reportOf([awkward(name), awkward('=HYPERLINK("http://x")', 'fixtures/formula.yaml')])));
    expect(rows.filter((r) => r.file === 'fixtures/awkward.yaml').map((r) => r.company)).toContain(name);
    expect(rows.find((r) => r.file === 'fixtures/formula.yaml')!.company).toBe('\'=HYPERLINK("http://x")');
  });

  it('accounts for every file of fixtures/profiles, invalid ones included, in order and each in one block', () => {
    const rows = rowsOf(formatCsv(reportOf(PROFILES)));
    const blocks = rows.map((r) => r.file).filter((f, i, all) => f !== all[i - 1]);
    expect(blocks).toEqual(PROFILES);
    expect(rows.filter((r) => r.verdict === 'invalid').map((r) => r.file)).toEqual([
      'fixtures/profiles/invalid-bad-money.yaml',
      'fixtures/profiles/invalid-bad-uscc.json',
    ]);
  });
});

describe('csvField', () => {
  // The rule as first written, with regular expressions: the field is now checked by its characters.
  const asRegExps = (text: string) => {
    const safe = /^(?:[=+@\t\r]|-.)/su.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const ALPHABET = ['=', '+', '@', '\t', '\r', '\n', '-', '"', ',', 'a', '上', '\ud800', ' ', "'"];

  it('defuses and quotes every string of up to three of the characters that matter as the regular expressions did', () => {
    const texts = [''];
    for (let length = 1; length <= 3; length++)
      for (const start of texts.filter((t) => t.length === length - 1)) texts.push(...ALPHABET.map((c) => start + c));
    expect(texts).toHaveLength(1 + 14 + 14 ** 2 + 14 ** 3);
    expect(texts.filter((t) => csvField(t) !== asRegExps(t))).toEqual([]);
  });

  it('defuses and quotes any string as the regular expressions did', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => csvField(text) === asRegExps(text)));
  });
});
