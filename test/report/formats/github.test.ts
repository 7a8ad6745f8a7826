import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatGithubSummary, githubSummaryWriter } from '../../../src/formats/github.js';
import { BAD_MONEY, HUAXIN, SHENGTAI, UNKNOWN_KEY, options, reportOf } from './reports.js';

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('github', () => {
  it('annotates each error of an invalid profile at its file, line and column, titled by its code', () => {
    const out = lines(formatGithub(reportOf([HUAXIN, BAD_MONEY, 'fixtures/profiles/invalid-bad-uscc.json']), options()));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      /^::error file=fixtures\/profiles\/invalid-bad-money\.yaml,line=21,col=17,title=profile\/money::projects\[0\]\.investment: cannot read "三百万"/,
    );
    expect(out[1]).toMatch(
      /^::error file=fixtures\/profiles\/invalid-bad-uscc\.json,line=4,col=13,title=profile\/uscc::company\.uscc: "91310107MA1J6B0C7Y"/,
    );
  });

  it('annotates warnings, and each --fail-on hit with why, escaping the gate name in the title', () => {
    const out = lines(
      formatGithub(reportOf([HUAXIN, SHENGTAI, UNKNOWN_KEY, BAD_MONEY], { failOn: ['invalid', 'below:100万'] }), options()),
    );
    expect(out).toContain(
      '::error file=fixtures/profiles/huaxin-logistics.yaml,title=fail-on below%3A100万::--fail-on below:100万: max total 900,000 is below 1,000,000',
    );
    expect(out).toContain(
      '::warning file=fixtures/invalid/unknown-key.yaml,line=5,col=3,title=profile/unknown-key::company.tax_distrct is not a known profile key; did you mean company.tax_district?',
    );
    expect(out.filter((l) => l.includes('shengtai'))).toEqual([]);
    // The invalid gate is not repeated: the file's errors already say it.
    expect(out.filter((l) => l.includes('invalid-bad-money'))).toHaveLength(1);
    expect(out.some((l) => l.includes('fail-on invalid'))).toBe(false);
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir,x/a:b%.yaml')).toBe('dir%2Cx/a%3Ab%25.yaml');
    const report = reportOf([{ file: 'odd,dir/a:1.yaml', text: 'company: [' }]);
    const [line] = lines(formatGithub(report, options()));
    expect(line).toMatch(/^::error file=odd%2Cdir\/a%3A1\.yaml,line=\d+,col=\d+,title=profile\/syntax::/);
    expect(line!.split('::')).toHaveLength(3);
  });

  it('leaves out the file of standard input, which is no path in the repository', () => {
    const [line] = lines(formatGithub(reportOf([{ file: '-', text: 'company: [' }]), options()));
    expect(line).toMatch(/^::error line=\d+,col=\d+,title=profile\/syntax::/);
  });

  it('writes the job summary as a second, Markdown, text', () => {
    const summary = formatGithubSummary(reportOf([HUAXIN, BAD_MONEY], { failOn: ['below:100万'] }), options());
    expect(summary.split('\n')[0]).toBe('## subsidy-check: 2 profile(s), 1 invalid, 1 failing a gate');
    expect(summary).toContain('| 上海华信智联物流有限公司 | `fixtures/profiles/huaxin-logistics.yaml` |');
    expect(summary).not.toContain('::error');
  });

  it('lists files only while the job summary stays within its budget, and counts the rest everywhere', () => {
    const report = reportOf([HUAXIN, SHENGTAI, BAD_MONEY], { failOn: ['below:100万'] });
    const whole = formatGithubSummary(report, options());
    const rowOf = (file: string) => whole.split('\n').find((l) => l.includes(file))!;
    const headBytes = Buffer.byteLength(whole.slice(whole.indexOf('\n\n') + 2, whole.indexOf(rowOf('huaxin'))));
    // Room for the first row only: the second and third are counted, not listed.
    const writer = githubSummaryWriter(report, options(), headBytes + Buffer.byteLength(`${rowOf('huaxin')}\n`));
    for (const r of report.results) writer.result(r);
    const cut = writer.text(report.summary);
    expect(cut.split('\n')[0]).toBe('## subsidy-check: 3 profile(s), 1 invalid, 1 failing a gate');
    expect(cut).toContain(rowOf('huaxin'));
    expect(cut).not.toContain('shengtai');
    expect(cut).not.toContain('invalid-bad-money');
    expect(cut).toContain('2 more profile(s) are counted above but not listed');
    // The total row counts every file, listed or not.
    const total = (text: string) => text.split('\n').find((l) => l.startsWith('| **Total**'));
    expect(total(cut)).toBe(total(whole));
    expect(whole).not.toContain('not listed');
  });
});
