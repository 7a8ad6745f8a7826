import { describe, expect, it } from 'vitest';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY } from '../../src/profile/vocabulary.js';
import { rawValue } from '../../src/sheets/cell-values.js';

describe('a cell as the profile reader expects it', () => {
  it('splits lists on ;, ； and 、', () => {
    expect(rawValue(COMPANY_VOCABULARY.fields, '人工智能、大数据；cloud-computing; ')).toEqual(['人工智能', '大数据', 'cloud-computing']);
    expect(rawValue(COMPANY_VOCABULARY.statistical_reports, '2019;2020')).toEqual([2019, 2020]);
    expect(rawValue(COMPANY_VOCABULARY.statistical_reports, 2020)).toEqual([2020]);
  });

  it('reads true/false, yes/no and 是/否, and leaves anything else for the reader to refuse', () => {
    expect(['true', 'Yes', '是', 'FALSE', 'no', '否'].map((v) => rawValue(COMPANY_VOCABULARY.tech_enterprise, v))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(rawValue(COMPANY_VOCABULARY.tech_enterprise, 'maybe')).toBe('maybe');
    expect(rawValue(COMPANY_VOCABULARY.tech_enterprise, true)).toBe(true);
  });

  it('passes money and dates on as written, spreadsheet numbers as numbers, ids as text', () => {
    expect(rawValue(PROJECT_VOCABULARY.investment, ' 300万 ')).toBe('300万');
    expect(rawValue(PROJECT_VOCABULARY.investment, 3_000_000)).toBe(3_000_000);
    expect(rawValue(PROJECT_VOCABULARY.start, '2021-03')).toBe('2021-03');
    expect(rawValue(PROJECT_VOCABULARY.id, 7)).toBe('7');
  });
});
