/**
 * Under a programme's table: for each measure that is not eligible, what it would take, ranked by
 * the amount it would unlock. The full reasoning is one `explain <profile> <measure>` away.
 */
import { byUnlocks } from '../engine/changes.js';
import type { MeasureReport, ProgrammeReport } from '../contracts/report.js';
import type { Lang } from '../text/lang.js';
import { once, say } from '../text/messages.js';
import { TO_QUALIFY_LINES_TEXT } from '../text/catalogues/to-qualify.js';

export function toQualifyLines(p: ProgrammeReport, lang: Lang): string[] {
  const open = p.measures.filter((m) => m.toQualify !== null).sort((a, b) => byUnlocks(a.toQualify!, b.toQualify!));
  if (open.length === 0) return [];
  // Chinese names the measure by its title, English by the id `explain <profile> <measure>` takes.
  const name = (m: MeasureReport) => (lang === 'zh' ? `${m.title}${m.project ? `（${m.project}）` : ''}` : `${m.id}${m.project ? ` (${m.project})` : ''}`);
  const line = (m: MeasureReport) => say(TO_QUALIFY_LINES_TEXT.line, once(lang), { measure: name(m), summary: m.toQualify!.summary });
  return [say(TO_QUALIFY_LINES_TEXT.heading, lang), ...open.map(line)];
}
