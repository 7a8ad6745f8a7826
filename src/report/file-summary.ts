/**
 * One line's worth of a file result, for the summary formats (markdown, the many-file table):
 * counts of measures by verdict, the programmes where something is eligible, and the problems.
 */
import type { CompactFileResult as FileResult } from '../contracts/report.js';
import { PROBLEM_TEXT } from '../text/catalogues/summary.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
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
  return `${amount}\n${say(PROBLEM_TEXT.unpublished, lang, { count: unpublished })}`;
}

/**
 * What needs a look, shortest first: the first error of an invalid profile (the rest are on stderr),
 * warnings, and the `--fail-on` gates hit (`invalid` is not repeated: the error already says it).
 */
export function fileProblems(result: FileResult, lang: Lang): string[] {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.length - errors.length;
  const problems: string[] = [];
  const first = errors[0];
  if (!result.valid) {
    const where = first && shortPosition(first) ? ` ${shortPosition(first)}` : '';
    const more = errors.length > 1 ? say(PROBLEM_TEXT.more, lang, { count: errors.length - 1 }) : '';
    problems.push(say(PROBLEM_TEXT.invalid, lang, { code: first?.code ?? 'error', where, more }));
  }
  if (warnings > 0) problems.push(say(PROBLEM_TEXT.warnings, lang, { count: warnings }));
  const gates = result.gateHits.filter((g) => g !== 'invalid');
  if (gates.length > 0) problems.push(say(PROBLEM_TEXT.fails, lang, (l) => ({ gates: gates.join(l === 'en' ? ', ' : '、') })));
  if (result.gatesUndecided.length > 0) problems.push(say(PROBLEM_TEXT.undecidable, lang, (l) => ({ gates: result.gatesUndecided.join(l === 'en' ? ', ' : '、') })));
  return problems;
}
