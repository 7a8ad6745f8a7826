/**
 * One line's worth of a file result, for the summary formats (markdown, the many-file table):
 * counts of measures by verdict, the programmes where something is eligible, and the problems.
 */
import type { CompactFileResult as FileResult } from '../contracts/report.js';
import { pickWith, type Lang } from '../text/lang.js';
import { formatYuan } from '../text/money.js';
import { shortPosition } from '../text/position.js';

export interface FileFigures {
  /** Measures (per project) with that verdict, over every programme. */
  eligible: number;
  undetermined: number;
  /** Ids of the programmes with at least one eligible measure, in report order. */
  programmes: string[];
}

/** Counts over the rounds that count: a history round is shown in detail, never summed up. */
export function fileFigures(result: FileResult): FileFigures {
  const live = result.programmes.filter((p) => p.round !== 'history');
  const measures = live.flatMap((p) => p.measures);
  return {
    eligible: measures.filter((m) => m.verdict === 'eligible').length,
    undetermined: measures.filter((m) => m.verdict === 'undetermined').length,
    programmes: live.filter((p) => p.measures.some((m) => m.verdict === 'eligible')).map((p) => p.id),
  };
}

/** A total cell: the amount, and on a second line the eligible measures whose amount is unpublished. */
export function totalCell(total: number, unpublished: number, lang: Lang): string {
  const amount = formatYuan(total, lang);
  if (unpublished === 0) return amount;
  return `${amount}\n${pickWith(lang, () => `+${unpublished} unpublished`, () => `另有${unpublished}项未公布`)}`;
}

/**
 * What needs a look, shortest first: the first error of an invalid profile (the rest are on stderr),
 * warnings, and the `--fail-on` gates hit (`invalid` is not repeated: the error already says it).
 */
export function fileProblems(result: FileResult, lang: Lang): string[] {
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.length - errors.length;
  const problems: string[] = [];
  const first = errors[0];
  if (!result.valid) {
    const where = first && shortPosition(first) ? ` ${shortPosition(first)}` : '';
    const more = errors.length > 1 ? t(` (+${errors.length - 1} more)`, `（另 ${errors.length - 1} 处）`) : '';
    problems.push(t(`invalid: ${first?.code ?? 'error'}${where}${more}`, `无效：${first?.code ?? 'error'}${where}${more}`));
  }
  if (warnings > 0) problems.push(t(`${warnings} warning(s)`, `${warnings} 条警告`));
  const gates = result.gateHits.filter((g) => g !== 'invalid');
  if (gates.length > 0) problems.push(t(`fails ${gates.join(', ')}`, `未通过 ${gates.join('、')}`));
  if (result.gatesUndecided.length > 0) problems.push(t(`not decidable: ${result.gatesUndecided.join(', ')}`, `无法判定：${result.gatesUndecided.join('、')}`));
  return problems;
}
