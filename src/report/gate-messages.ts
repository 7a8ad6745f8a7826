/**
 * Why a file hits a `--fail-on` gate, in words: the CI formats (junit, github) print these next to
 * the gate's name, so a failed build says what to fix. Gate names come from the report (`gateHits`).
 */
import type { CompactFileResult as FileResult } from '../contracts/report.js';
import { parseGate } from './gates.js';
import { PROBLEM_TEXT } from '../text/catalogues/summary.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/messages.js';
import { formatYuan } from '../text/money.js';

/** `--fail-on below:500万: max total 900,000 is below 5,000,000`. */
export function gateMessage(result: FileResult, gateName: string, lang: Lang): string {
  return `--fail-on ${gateName}: ${gateReason(result, gateName, lang)}`;
}

function gateReason(result: FileResult, gateName: string, lang: Lang): string {
  const gate = parseGate(gateName);
  if ('error' in gate) return gateName;
  switch (gate.kind) {
    case 'invalid': {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      return say(PROBLEM_TEXT['gate-invalid'], lang, { count: errors });
    }
    case 'undetermined': {
      const names = undeterminedMeasures(result).map((m) => m.name);
      return say(PROBLEM_TEXT['gate-undetermined'], lang, (l) => ({ count: names.length, names: names.join(l === 'en' ? ', ' : '、') }));
    }
    case 'not-eligible':
      return say(PROBLEM_TEXT['gate-not-eligible'], lang);
    case 'below': {
      const total = formatYuan(result.maxTotal ?? 0, lang);
      if (result.gatesUndecided.includes(gateName)) {
        const n = result.unpublishedEligible;
        return say(PROBLEM_TEXT['gate-below-undecidable'], lang, { total, amount: formatYuan(gate.amount, lang), count: n });
      }
      return say(PROBLEM_TEXT['gate-below'], lang, { total, amount: formatYuan(gate.amount, lang) });
    }
  }
}

/** A measure's stable name across runs: `programme/measure[project]`, the project only when per project. */
export function measureName(programme: string, measure: { id: string; project: string | null }): string {
  return `${programme}/${measure.id}${measure.project === null ? '' : `[${measure.project}]`}`;
}

export function undeterminedMeasures(result: FileResult): { name: string; missing: string[] }[] {
  // A history round is never what a gate judges.
  return result.programmes.filter((p) => p.round !== 'history').flatMap((p) => p.measures.filter((m) => m.verdict === 'undetermined').map((m) => ({ name: measureName(p.id, m), missing: m.missing })));
}

/** Gates judged on the file as a whole (not on a measure, not on validity). */
export function isFileGate(gateName: string): boolean {
  const gate = parseGate(gateName);
  return !('error' in gate) && (gate.kind === 'not-eligible' || gate.kind === 'below');
}
