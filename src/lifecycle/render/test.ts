/**
 * `rules test`: per golden file a pass line or the failed cases with their diffs, then the totals and
 * the coverage, with what is not covered. JSON (`subsidy-check/rules-test@1`) and JUnit for CI.
 */
import type { Coverage } from '../coverage.js';
import type { CaseOutcome } from '../test-run.js';
import type { Lang } from '../../text/lang.js';
import { junitXml } from './test-junit.js';
import { mismatchLines } from './test-diff.js';
import { t, text } from './words.js';

export const TEST_SCHEMA = 'subsidy-check/rules-test@1';

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
  if (failed.length === 0) return [`✓ ${file} ${t(lang, `(${cases.length} case${cases.length === 1 ? '' : 's'})`, `（${cases.length} 个用例）`)}`];
  return [
    `✗ ${file} ${t(lang, `(${failed.length} of ${cases.length} failed)`, `（${cases.length} 个用例中 ${failed.length} 个失败）`)}`,
    ...failed.flatMap((c) => [
      `  ✗ ${file}:${c.line} ${c.name} ${t(lang, `(${c.programme}@${c.version ?? '—'}, as of ${c.asOf})`, `（${c.programme}@${c.version ?? '—'}，评估日期 ${c.asOf}）`)}`,
      ...c.mismatches.flatMap((m) => mismatchLines(m, lang)),
    ]),
  ];
}

function coverageLines(input: TestInput): string[] {
  const { coverage: c, lang } = input;
  const lines = [
    t(lang, `Coverage: condition leaves driven both true and false ${c.leaves.both}/${c.leaves.total} (${c.leaves.percent}%)`, `覆盖率：条件叶节点真假两种结果均被覆盖 ${c.leaves.both}/${c.leaves.total}（${c.leaves.percent}%）`),
    t(lang, `          measures found both eligible and ineligible ${c.measures.both}/${c.measures.total} (${c.measures.percent}%)`, `        措施符合与不符合两种结论均被覆盖 ${c.measures.both}/${c.measures.total}（${c.measures.percent}%）`),
  ];
  if (c.undecidable > 0) lines.push(t(lang, `          ${c.undecidable} condition(s) of unknown evidence never decide and are not counted`, `        ${c.undecidable} 个证据未知的条件不作判断，未计入`));
  for (const l of c.leafDetail.filter((x) => !(x.wasTrue && x.wasFalse))) {
    const never = !l.wasTrue && !l.wasFalse ? t(lang, 'never evaluated either way', '从未得出真假') : l.wasTrue ? t(lang, 'never false', '从未为假') : t(lang, 'never true', '从未为真');
    lines.push(`  - ${l.file} ${l.path} "${text(l.label, lang)}": ${never}`);
  }
  for (const m of c.measureDetail.filter((x) => !(x.wasEligible && x.wasIneligible))) {
    const never = m.wasEligible ? t(lang, 'never ineligible', '从未不符合') : m.wasIneligible ? t(lang, 'never eligible', '从未符合') : t(lang, 'never eligible or ineligible', '从未得出结论');
    lines.push(`  - ${m.programme}@${m.version} ${t(lang, 'measure', '措施')} ${m.measure}: ${never}`);
  }
  if (input.minCoverage !== undefined) {
    lines.push(input.coverageMet ? t(lang, `Minimum coverage ${input.minCoverage}%: met`, `最低覆盖率 ${input.minCoverage}%：达到`) : t(lang, `Minimum coverage ${input.minCoverage}%: NOT met`, `最低覆盖率 ${input.minCoverage}%：未达到`));
  }
  return lines;
}

export function formatTestText(input: TestInput): string {
  const files = [...new Set(input.cases.map((c) => c.file))];
  const failed = input.cases.filter((c) => !passed(c)).length;
  const lines = [
    ...files.flatMap((f) => fileLines(f, input.cases.filter((c) => c.file === f), input.lang)),
    '',
    t(input.lang, `${input.cases.length} case(s): ${input.cases.length - failed} passed, ${failed} failed`, `共 ${input.cases.length} 个用例：${input.cases.length - failed} 个通过，${failed} 个失败`),
    ...coverageLines(input),
  ];
  return `${lines.join('\n')}\n`;
}

export function formatTestJson(input: TestInput): string {
  const failed = input.cases.filter((c) => !passed(c)).length;
  const { leafDetail, measureDetail, ...totals } = input.coverage;
  const json = {
    schema: TEST_SCHEMA,
    summary: { cases: input.cases.length, passed: input.cases.length - failed, failed },
    cases: input.cases.map(({ problem: _problem, ...c }) => ({ ...c, passed: passed(c) })),
    coverage: {
      ...totals,
      minimum: input.minCoverage ?? null,
      met: input.coverageMet,
      uncoveredLeaves: leafDetail.filter((l) => !(l.wasTrue && l.wasFalse)),
      uncoveredMeasures: measureDetail.filter((m) => !(m.wasEligible && m.wasIneligible)),
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export { TEST_FORMATS, type TestFormat } from './format-names.js';
import type { TestFormat } from './format-names.js';
export const TEST_FORMATTERS = { table: formatTestText, json: formatTestJson, junit: junitXml } satisfies Record<TestFormat, (input: TestInput) => string>;
