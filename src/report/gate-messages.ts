/**
 * Why a file hits a `--fail-on` gate, in words: the CI formats (junit, github) print these next to
 * the gate's name, so a failed build says what to fix. Gate names come from the report (`gateHits`).
 */
import type { CompactFileResult as FileResult } from '../contracts/report.js';
import { parseGate } from './gates.js';
import { pickWith, type Lang } from '../text/lang.js';
import { formatYuan } from '../text/money.js';

/** `--fail-on below:500万: max total 900,000 is below 5,000,000`. */
export function gateMessage(result: FileResult, gateName: string, lang: Lang): string {
  return `--fail-on ${gateName}: ${gateReason(result, gateName, lang)}`;
}

function gateReason(result: FileResult, gateName: string, lang: Lang): string {
  const t = (en: string, zh: string) => pickWith(lang, () => en, () => zh);
  const gate = parseGate(gateName);
  if ('error' in gate) return gateName;
  switch (gate.kind) {
    case 'invalid': {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      return t(`invalid profile, ${errors} error(s)`, `档案无效，${errors} 处错误`);
    }
    case 'undetermined': {
      const names = undeterminedMeasures(result).map((m) => m.name);
      return t(`${names.length} measure(s) undetermined: ${names.join(', ')}`, `${names.length} 项措施待定：${names.join('、')}`);
    }
    case 'not-eligible':
      return t('no eligible measure', '没有符合条件的措施');
    case 'below': {
      const total = formatYuan(result.maxTotal ?? 0, lang);
      if (result.gatesUndecided.includes(gateName)) {
        const n = result.unpublishedEligible;
        return t(
          `not decidable: max total ${total} is below ${formatYuan(gate.amount, lang)}, but ${n} eligible measure(s) have no published amount`,
          `无法判定：最高合计 ${total} 低于 ${formatYuan(gate.amount, lang)}，但有 ${n} 项符合条件的措施金额未公布`,
        );
      }
      return t(`max total ${total} is below ${formatYuan(gate.amount, lang)}`, `最高合计 ${total} 低于 ${formatYuan(gate.amount, lang)}`);
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
