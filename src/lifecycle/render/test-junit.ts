/** `rules test --format junit`: one test suite per golden file, one test case per golden case; coverage as a case of its own. */
import type { TestInput } from './test.js';
import { mismatchLines } from './test-diff.js';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function junitXml(input: TestInput): string {
  const files = [...new Set(input.cases.map((c) => c.file))];
  const failures = (file: string) => input.cases.filter((c) => c.file === file && c.mismatches.length > 0).length;
  const suites = files.map((file) => {
    const cases = input.cases.filter((c) => c.file === file);
    const body = cases.map((c) => {
      const open = `    <testcase classname="${xmlEscape(c.programme)}" name="${xmlEscape(c.name)}" file="${xmlEscape(file)}" line="${c.line}"`;
      if (c.mismatches.length === 0) return `${open}/>`;
      const details = c.mismatches.flatMap((m) => mismatchLines(m, 'en', '')).join('\n');
      return `${open}>\n      <failure message="${c.mismatches.length} mismatch(es)">${xmlEscape(details)}</failure>\n    </testcase>`;
    });
    return [`  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${failures(file)}">`, ...body, '  </testsuite>'].join(
      '\n',
    );
  });
  if (input.minCoverage !== undefined) {
    const { leaves } = input.coverage;
    const name = `condition leaves driven both ways ≥ ${input.minCoverage}%`;
    const result = input.coverageMet
      ? '/>'
      : `>\n      <failure message="${leaves.percent}% (${leaves.both}/${leaves.total})"/>\n    </testcase>`;
    suites.push(
      [
        `  <testsuite name="coverage" tests="1" failures="${input.coverageMet ? 0 : 1}">`,
        `    <testcase classname="coverage" name="${xmlEscape(name)}"${result}`,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const failed =
    input.cases.filter((c) => c.mismatches.length > 0).length + (input.minCoverage !== undefined && !input.coverageMet ? 1 : 0);
  const total = input.cases.length + (input.minCoverage !== undefined ? 1 : 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="subsidy-check rules test" tests="${total}" failures="${failed}">\n${suites.join('\n')}\n</testsuites>\n`;
}
