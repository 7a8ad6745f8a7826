/**
 * `rules test`: per golden file a pass line or the failed cases with their diffs, then the totals and
 * the coverage, with what is not covered. JSON (`subsidy-check/rules-test@1`) and JUnit for CI.
 */
import { RULES_TEST_SCHEMA, type CaseResult, type RulesTest, type TestCoverage } from '../../contracts/rules-test.js';
import type { Coverage, Share } from '../coverage.js';
import type { CaseOutcome } from '../test-run.js';
import type { Lang } from '../../text/lang.js';
import { junitXml } from './test-junit.js';
import { mismatchLines } from './test-diff.js';
import { text } from './words.js';

export interface TestInput {
  cases: CaseOutcome[];
  coverage: Coverage;
  /** `--min-coverage`, in percent of condition leaves driven both ways; undefined when not asked. */
  minCoverage?: number;
  coverageMet: boolean;
  lang: Lang;
}

export const passed = (c: CaseOutcome) => c.mismatches.length === 0;

function fileLines(file: string, cases: CaseOutcome[], lang: Lang): string[] {
  const failed = cases.filter((c) => !passed(c));
  if (failed.length === 0) return [`✓ ${file} ${say(RULES_TEXT.cases, once(lang), { caseCount: cases.length })}`];
  return [
    `✗ ${file} ${say(RULES_TEXT['of-failed'], once(lang), { caseCount: cases.length, failedCount: failed.length })}`,
    ...failed.flatMap((c) => [
      `  ✗ ${file}:${c.line} ${c.name} ${say(RULES_TEXT['case-as-of'], once(lang), { asOf: c.asOf, programme: c.programme, version: c.version ?? '—' })}`,
      ...c.mismatches.flatMap((m) => mismatchLines(m, lang)),
    ]),
  ];
}

function coverageLines(input: TestInput): string[] {
  const { coverage: c, lang } = input;
  const lines = [
    say(RULES_TEXT['coverage-condition-leaves-driven'], once(lang), { both: c.leaves.both, percent: c.leaves.percent, total: c.leaves.total }),
    say(RULES_TEXT['measures-found-both-eligible'], once(lang), { both: c.measures.both, percent: c.measures.percent, total: c.measures.total }),
  ];
  if (c.undecidable > 0) lines.push(say(RULES_TEXT['condition-s-of-unknown'], once(lang), { undecidable: c.undecidable }));
  for (const l of c.leafDetail.filter((x) => !(x.wasTrue && x.wasFalse))) {
    const never = !l.wasTrue && !l.wasFalse ? say(RULES_TEXT['never-evaluated-either-way'], once(lang)) : l.wasTrue ? say(RULES_TEXT['never-false'], once(lang)) : say(RULES_TEXT['never-true'], once(lang));
    lines.push(`  - ${l.file} ${l.path} "${text(l.label, lang)}": ${never}`);
  }
  for (const m of c.measureDetail.filter((x) => !(x.wasEligible && x.wasIneligible))) {
    const never = m.wasEligible ? say(RULES_TEXT['never-ineligible'], once(lang)) : m.wasIneligible ? say(RULES_TEXT['never-eligible'], once(lang)) : say(RULES_TEXT['never-eligible-or-ineligible'], once(lang));
    lines.push(`  - ${m.programme}@${m.version} ${say(RULES_TEXT.measure, once(lang))} ${m.measure}: ${never}`);
  }
  if (input.minCoverage !== undefined) {
    lines.push(input.coverageMet ? say(RULES_TEXT['minimum-coverage-met'], once(lang), { minCoverage: input.minCoverage }) : say(RULES_TEXT['minimum-coverage-not-met'], once(lang), { minCoverage: input.minCoverage }));
  }
  return lines;
}

export function formatTestText(input: TestInput): string {
  const files = [...new Set(input.cases.map((c) => c.file))];
  const failed = input.cases.filter((c) => !passed(c)).length;
  const lines = [
    ...files.flatMap((f) => fileLines(f, input.cases.filter((c) => c.file === f), input.lang)),
    '',
    say(RULES_TEXT['cases-passed'], once(input.lang), { caseCount: input.cases.length, failed, passed: input.cases.length - failed }),
    ...coverageLines(input),
  ];
  return `${lines.join('\n')}\n`;
}

const caseResult = (c: CaseOutcome): CaseResult => ({
  file: c.file,
  line: c.line,
  programme: c.programme,
  name: c.name,
  asOf: c.asOf,
  version: c.version,
  mismatches: c.mismatches.map((m) => ({ what: m.what, expected: m.expected, actual: m.actual })),
  passed: passed(c),
});

const share = (s: Share) => ({ total: s.total, both: s.both, percent: s.percent });

function testCoverage(input: TestInput): TestCoverage {
  const c = input.coverage;
  return {
    leaves: share(c.leaves),
    measures: share(c.measures),
    undecidable: c.undecidable,
    minimum: input.minCoverage ?? null,
    met: input.coverageMet,
    uncoveredLeaves: c.leafDetail
      .filter((l) => !(l.wasTrue && l.wasFalse))
      .map((l) => ({ file: l.file, programme: l.programme, version: l.version, path: l.path, label: { zh: l.label.zh, en: l.label.en }, wasTrue: l.wasTrue, wasFalse: l.wasFalse })),
    uncoveredMeasures: c.measureDetail
      .filter((m) => !(m.wasEligible && m.wasIneligible))
      .map((m) => ({ programme: m.programme, version: m.version, measure: m.measure, wasEligible: m.wasEligible, wasIneligible: m.wasIneligible })),
  };
}

export function formatTestJson(input: TestInput): string {
  const failed = input.cases.filter((c) => !passed(c)).length;
  const document: RulesTest = {
    schema: RULES_TEST_SCHEMA,
    summary: { cases: input.cases.length, passed: input.cases.length - failed, failed },
    cases: input.cases.map(caseResult),
    coverage: testCoverage(input),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export { TEST_FORMATS, type TestFormat } from './format-names.js';
import type { TestFormat } from './format-names.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
import { once, say } from '../../text/messages.js';
export const TEST_FORMATTERS = { table: formatTestText, json: formatTestJson, junit: junitXml } satisfies Record<TestFormat, (input: TestInput) => string>;
