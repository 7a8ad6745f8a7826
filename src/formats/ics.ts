/**
 * `--format ics`: the application windows a consultant must not miss, as an iCalendar file (RFC 5545).
 * One all-day event per company and application window, for each programme whose round the report
 * gives as open or upcoming (so the round semantics are the report's, not re-derived here) and in which
 * the company has an eligible or undetermined measure; no event for an invalid row, an ineligible
 * company, a closed round or a window that has already closed. Each event carries a reminder seven days
 * before the window closes, and a UID hashed from the company (USCC, else name), programme, version and
 * window: importing a later run updates the events instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import type { FileResult, MeasureReport, ProgrammeReport, Report } from '../contracts/report.js';
import type { WindowDetailReport } from '../contracts/report-advice.js';
import type { FormatOptions } from './registry.js';
import type { Lang } from '../text/lang.js';
import { once, say } from '../text/messages.js';
import { formatYuan } from '../text/money.js';
import { contentLines, escapeText, icsDate, nextDay } from './ics-text.js';
import { written, type Opening, type Writer } from './writer.js';
import { ICS_TEXT } from '../text/catalogues/ics.js';

export function formatIcs(report: Report, options: FormatOptions): string {
  return written(icsWriter(report, options), report.results, report.summary);
}

/** Written as results arrive: the calendar's head, each company's events, the end of the calendar. */
export function icsWriter(opening: Opening, options: FormatOptions): Writer<FileResult> {
  const lang = options.lang;
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${opening.tool.name}//${opening.tool.name} ${opening.tool.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${opening.tool.name}: ${say(ICS_TEXT.calendar, lang)}`)}`,
  ];
  return {
    head: contentLines(head),
    result: (result) => contentLines(companyEvents(result, opening, lang)),
    tail: () => contentLines(['END:VCALENDAR']),
  };
}

/** Whether the report offers the programme's round: open or upcoming, and not superseded (history). */
export const offered = (p: ProgrammeReport) => (p.window.state === 'open' || p.window.state === 'upcoming') && p.supersededBy === null;

const worthApplying = (m: MeasureReport) => m.verdict === 'eligible' || m.verdict === 'undetermined';

function companyEvents(result: FileResult, report: Opening, lang: Lang): string[] {
  if (!result.valid) return [];
  return result.programmes
    .filter((p) => offered(p) && p.measures.some(worthApplying))
    .flatMap((p) =>
      p.windows.filter((w) => w.closes !== null && w.closes >= report.asOf).map((w) => event(result, p, w as Dated, report, lang)),
    )
    .flat();
}

type Dated = WindowDetailReport & { closes: string };

function event(result: FileResult, p: ProgrammeReport, w: Dated, report: Opening, lang: Lang): string[] {
  const company = result.company.name ?? result.file;
  const summary = say(ICS_TEXT.summary, once(lang), { company, programme: p.title, window: w.label });
  return [
    'BEGIN:VEVENT',
    `UID:${uidOf(result, p, w)}@${report.tool.name}`,
    // The as-of date stands for "when": the same check gives the same file, and a later one supersedes it.
    `DTSTAMP:${icsDate(report.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(w.opens ?? w.closes)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(w.closes))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description(result, p, report, lang))}`,
    ...(p.sources.find((s) => s.url) ? [`URL:${p.sources.find((s) => s.url)!.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(say(ICS_TEXT.alarm, once(lang), { summary }))}`,
    // DTEND is the day after the closing day (an all-day event ends there): eight days before it is the
    // morning of the day seven days before the closing day, when `check` says "closes in 7 days".
    'TRIGGER;RELATED=END:-P8D',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** Stable across runs and as-of dates: company (USCC, else name), programme, version and window. */
function uidOf(result: FileResult, p: ProgrammeReport, w: WindowDetailReport): string {
  const company = result.company.uscc ?? `name:${result.company.name ?? result.file}`;
  return createHash('sha256').update([company, p.id, p.version, w.id].join('\n')).digest('hex').slice(0, 32);
}

function description(result: FileResult, p: ProgrammeReport, report: Opening, lang: Lang): string {
  const measures = p.measures.filter(worthApplying);
  const lines = [`${p.title} (${p.id}@${p.version}${p.document ? `, ${p.document}` : ''})`, '', say(ICS_TEXT.measures, lang)];
  for (const m of measures) lines.push(`- ${m.title}${m.project ? ` (${m.project})` : ''}: ${measureState(m, lang)}`);
  const most = say(ICS_TEXT.most, lang, (l) => ({ amount: formatYuan(p.maxTotal, l) }));
  lines.push(
    '',
    p.potentialTotal > p.maxTotal ? `${most}${say(ICS_TEXT.potential, lang, (l) => ({ amount: formatYuan(p.potentialTotal, l) }))}` : most,
  );
  const missing = [...new Set(measures.flatMap((m) => m.missing))];
  if (missing.length > 0) lines.push(say(ICS_TEXT.missing, lang, { facts: missing.join(', ') }));
  const documents = [...p.documents, ...measures.flatMap((m) => m.documents)];
  const unique = documents.filter((d, i) => documents.findIndex((e) => e.label === d.label) === i);
  if (unique.length > 0)
    lines.push('', say(ICS_TEXT.documents, lang), ...unique.map((d) => `- ${d.label}${d.how ? ` — ${d.how}` : ''} (${d.cite})`));
  else lines.push('', say(ICS_TEXT['no-documents'], lang));
  if (p.sources.length > 0)
    lines.push('', say(ICS_TEXT.sources, lang), ...p.sources.map((s) => `- ${s.id} ${s.title}${s.url ? ` ${s.url}` : ''}`));
  lines.push('', say(ICS_TEXT.asOf, lang, { tool: report.tool.name, asOf: report.asOf }), result.file);
  return lines.join('\n');
}

function measureState(m: MeasureReport, lang: Lang): string {
  const amount =
    m.maxAmount === null ? say(ICS_TEXT.unpublished, lang) : say(ICS_TEXT['up-to'], lang, (l) => ({ amount: formatYuan(m.maxAmount!, l) }));
  return say(m.verdict === 'eligible' ? ICS_TEXT.eligible : ICS_TEXT.undetermined, once(lang), { amount });
}
