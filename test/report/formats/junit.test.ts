import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/formats/junit.js';
import {
  BAD_MONEY,
  HUAXIN,
  PROFILES,
  SHENGTAI,
  UNKNOWN_KEY,
  awkward,
  options,
  reportOf,
  type ReportOptions,
  type Input,
} from './reports.js';
import { validate, xpath } from './xml.js';

const junitFile = (inputs: Input[], o: ReportOptions = {}) => formatJunit(reportOf(inputs, o), options());
const suite = (file: string) => `//testsuite[@name="${file}"]`;
const testcase = (file: string, name: string) => `${suite(file)}/testcase[@name="${name}"]`;

/** Every declared count equals what the document holds, read by libxml2's XPath, not by us. */
function expectCountsAgree(file: string): void {
  expect(xpath(file, 'count(//testsuite[@tests != count(testcase)])')).toBe('0');
  expect(xpath(file, 'count(//testsuite[@failures != count(testcase[failure])])')).toBe('0');
  expect(xpath(file, 'count(//testsuite[@errors != count(testcase[error])])')).toBe('0');
  // The root is written before the first result: it carries no totals, the testsuites sum up.
  expect(xpath(file, 'count(/testsuites/@*)')).toBe('1');
  expect(xpath(file, 'sum(//testsuite/@tests)')).toBe(xpath(file, 'count(//testcase)'));
}

describe('junit', () => {
  it('the schema check is real: libxml2 rejects a wrong count and a testcase without a name', () => {
    expect(validate('<testsuites><testsuite name="a" tests="one" failures="0" errors="0"/></testsuites>').valid).toBe(false);
    expect(validate('<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase/></testsuite></testsuites>').valid).toBe(
      false,
    );
    expect(
      validate('<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="t"/></testsuite></testsuites>').valid,
    ).toBe(true);
  });

  it('one testsuite per file, one testcase per programme measure with a stable name, the file as classname', () => {
    const file = junitFile([HUAXIN]);
    expect(validate(file)).toMatchObject({ valid: true });
    expect(xpath(file, 'count(//testsuite)')).toBe('1');
    // 2 measures of the 2022 round, 3 of the 2020 one (the smart-software round is known only from 2023-04-03).
    expect(xpath(file, `string(${suite(HUAXIN)}/@tests)`)).toBe('5');
    const subsidy = testcase(HUAXIN, 'putuo-digital-transformation/project-subsidy[p1]');
    expect(xpath(file, `string(${subsidy}/@classname)`)).toBe(HUAXIN);
    expect(xpath(file, `string(${subsidy}/system-out)`)).toBe(
      'eligible; maxAmount 900000; evidence reported; counted true; round current\nall 12 conditions met (reported)',
    );
    expect(xpath(file, `string(${suite(HUAXIN)}/properties/property[@name="company"]/@value)`)).toBe('上海华信智联物流有限公司');
    // Without gates every verdict passes, undetermined included.
    expect(xpath(file, 'count(//failure | //error)')).toBe('0');
    expect(xpath(file, 'count(//testcase[@name="gates"])')).toBe('0');
  });

  it('reports an invalid profile as a testsuite with one errored testcase listing the diagnostics', () => {
    const file = junitFile([BAD_MONEY]);
    expect(validate(file)).toMatchObject({ valid: true });
    expect(xpath(file, `string(${suite(BAD_MONEY)}/@errors)`)).toBe('1');
    const error = `${testcase(BAD_MONEY, 'profile')}/error`;
    expect(xpath(file, `string(${error}/@type)`)).toBe('profile/money');
    expect(xpath(file, `string(${error}/@message)`)).toMatch(/^projects\[0\]\.investment: cannot read "三百万"/);
    expect(xpath(file, `string(${error})`)).toMatch(/^fixtures\/profiles\/invalid-bad-money\.yaml:21:17 error profile\/money /);
  });

  it('turns --fail-on hits into failures: undetermined on the measures, not-eligible and below on a gates testcase', () => {
    const file = junitFile([HUAXIN, SHENGTAI, BAD_MONEY], { failOn: ['invalid', 'undetermined', 'below:100万'] });
    expect(validate(file)).toMatchObject({ valid: true });
    expectCountsAgree(file);
    const award = testcase(HUAXIN, 'putuo-new-infra-online-economy/breakthrough-award[p1]');
    // On 2022-07-05 the 2020 round is history: shown, never gated; only the total's gate fails.
    expect(xpath(file, `count(${award}/failure)`)).toBe('0');
    expect(xpath(file, `string(${award}/system-out)`)).toMatch(/^undetermined; .*; round history\n/);
    expect(xpath(file, `string(${testcase(HUAXIN, 'gates')}/failure/@message)`)).toBe(
      '--fail-on below:100万: max total 900,000 is below 1,000,000',
    );
    expect(xpath(file, `string(${suite(HUAXIN)}/@failures)`)).toBe('1');
    // While that round is open, its undetermined measures fail the undetermined gate.
    const open = junitFile([HUAXIN], { asOf: '2021-03-15', failOn: ['undetermined'] });
    expect(validate(open)).toMatchObject({ valid: true });
    expectCountsAgree(open);
    expect(xpath(open, `string(${award}/failure/@message)`)).toBe(
      '--fail-on undetermined: Technology enterprise: missing company.tech_enterprise',
    );
    expect(xpath(open, `string(${award}/failure)`)).toContain('missing: company.tech_enterprise, company.features');
    // The breakthrough award and the pre-approved measure (a non-R&D project needs review) are undetermined.
    expect(xpath(open, `string(${suite(HUAXIN)}/@failures)`)).toBe('2');
    // 2,000,000 is not below 1,000,000: the gates testcase is there, and passes.
    expect(xpath(file, `count(${testcase(SHENGTAI, 'gates')})`)).toBe('1');
    expect(xpath(file, `count(${testcase(SHENGTAI, 'gates')}/failure)`)).toBe('0');
    // The invalid gate adds no failure to the error.
    expect(xpath(file, `count(${suite(BAD_MONEY)}/testcase)`)).toBe('1');
    expect(xpath(file, `count(${suite(BAD_MONEY)}//failure)`)).toBe('0');
  });

  it('escapes what XML cannot hold as is, and puts warnings in system-err', () => {
    const name = '<上海 & "引号" \'科技\'>\r\n\t有限公司\u0007';
    const file = junitFile([awkward(name, 'fixtures/a&b<c>.yaml'), UNKNOWN_KEY]);
    expect(validate(file)).toMatchObject({ valid: true });
    expect(xpath(file, 'string(//testsuite[1]/@name)')).toBe('fixtures/a&b<c>.yaml');
    expect(xpath(file, 'string(//testsuite[1]/properties/property[@name="company"]/@value)')).toBe(
      '<上海 & "引号" \'科技\'>\r\n\t有限公司\uFFFD',
    );
    expect(xpath(file, `string(${suite(UNKNOWN_KEY)}/system-err)`)).toContain(':5:3 warning profile/unknown-key company.tax_distrct');
  });

  it('accounts for every file of fixtures/profiles exactly once, in order, and validates', () => {
    const report = reportOf(PROFILES, { failOn: ['not-eligible'] });
    const file = formatJunit(report, options());
    expect(validate(file)).toMatchObject({ valid: true });
    expectCountsAgree(file);
    const names = PROFILES.map((_, i) => xpath(file, `string(//testsuite[${i + 1}]/@name)`));
    expect(names).toEqual(PROFILES);
    expect(xpath(file, 'count(//testsuite)')).toBe(String(PROFILES.length));
    expect(xpath(file, 'sum(//testsuite/@errors)')).toBe('2');
    const notEligible = report.results.filter((r) => r.gateHits.includes('not-eligible')).length;
    expect(notEligible).toBeGreaterThan(0);
    expect(xpath(file, 'count(//testcase[@name="gates"][failure])')).toBe(String(notEligible));
    expect(xpath(file, 'count(//testcase[@name="gates"])')).toBe(String(PROFILES.length - 2));
  });
});
