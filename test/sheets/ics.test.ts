/**
 * `--format ics` read back by an independent parser (ical.js): one event per company with an eligible
 * or undetermined measure and window of an open or upcoming round; stable UIDs; RFC 5545 lines.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contracts/report.js';
import { formatIcs } from '../../src/formats/ics.js';
import { foldLine, escapeText } from '../../src/formats/ics-text.js';
import { cliIn } from '../cli-in-process.js';
import type { Run } from '../e2e/run.js';

const SHEET = 'fixtures/sheets/clients.csv';

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  trigger: string;
  related: string;
}

function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    const trigger = alarm.getFirstProperty('trigger')!;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      trigger: String(trigger.getFirstValue()),
      related: String(trigger.getParameter('related')),
    };
  });
}

const run = (asOf: string, extra: string[] = []) => cliIn(['check', SHEET, '--as-of', asOf, '--format', 'ics', ...extra]);
const report = async (asOf: string) =>
  JSON.parse((await cliIn(['check', SHEET, '--as-of', asOf, '--format', 'json', '--detail', 'full'])).stdout) as Report;

/** The events the report calls for, worked out from the JSON report. */
function expected(r: Report): string[] {
  return r.results.flatMap((result) =>
    !result.valid
      ? []
      : result.programmes
          .filter(
            (p) => ['open', 'upcoming'].includes(p.window.state) && !p.supersededBy && p.measures.some((m) => m.verdict !== 'ineligible'),
          )
          .flatMap((p) =>
            p.windows.filter((w) => w.closes && w.closes >= r.asOf).map((w) => `${result.company.name} ${w.opens}..${w.closes}`),
          ),
  );
}
const shown = (events: Parsed[]) => events.map((e) => `${e.summary.split(':')[0]} ${e.start}..${addDays(e.end, -1)}`);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('--format ics, as of 2022-07-05 (the digital-transformation round open)', () => {
  let first: Run;
  let events: Parsed[];
  beforeAll(async () => {
    first = await run('2022-07-05');
    events = parse(first.stdout);
  });

  it('has one all-day event per eligible company and open window: not the invalid row, nor the closed 2020 round', async () => {
    expect(first.code).toBe(3);
    expect(shown(events)).toEqual(['上海桃浦智造新材料有限公司 2022-07-01..2022-07-15', '上海华信智联物流有限公司 2022-07-01..2022-07-15']);
    expect(shown(events)).toEqual(expected(await report('2022-07-05')));
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events.map((e) => e.end)).toEqual(['2022-07-16', '2022-07-16']);
  });

  it('reminds on the day check says the window closes in 7 days', async () => {
    const taopu = events[0]!;
    const days = Number(/^-P(\d+)D$/.exec(taopu.trigger)![1]);
    expect(taopu.related).toBe('END');
    const fires = addDays(taopu.end, -days);
    const table = await cliIn(['check', `${SHEET}:clients!2`, '--as-of', fires, '--no-color']);
    expect(table.stdout).toContain('closes in 7 days (2022-07-15)');
  });

  it('describes the measures, the most it can receive, the documents and the source, and reminds 7 days before closing', () => {
    const taopu = events[0]!;
    expect(taopu.summary).toContain('上海桃浦智造新材料有限公司: Putuo implementation opinions supporting digital transformation');
    expect(taopu.description).toContain('(p1): eligible, up to 1,800,000');
    expect(taopu.description).toContain('The most it can receive: 1,800,000');
    expect(taopu.description).toContain('Documents to prepare:');
    expect(taopu.description).toContain('S5 Consultancy repost');
    expect(taopu.description).toContain('fixtures/sheets/clients.csv:clients!2');
    // The window closes on 2022-07-15 (DTEND 07-16): the reminder goes off on 07-08, when check says "closes in 7 days".
    expect([taopu.trigger, taopu.related]).toEqual(['-P8D', 'END']);
  });

  it('gives the same UIDs on a second run, and on a later as-of date inside the window', async () => {
    const again = parse((await run('2022-07-05')).stdout);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(parse((await run('2022-07-10')).stdout).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('writes summaries in --lang zh', async () => {
    const zh = parse((await run('2022-07-05', ['--lang', 'zh'])).stdout);
    expect(zh[0]!.summary).toMatch(/^上海桃浦智造新材料有限公司：/);
    expect(zh[0]!.description).toContain('最高可获');
    expect(zh.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('keeps every physical line within 75 octets, ending in CRLF', () => {
    const lines = first.stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(first.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
  });
});

describe('--format ics, as of 2021-03-15 (the 2020 round open)', () => {
  it('has the AI company’s event for the 2020 round, and every event the report calls for', async () => {
    const events = parse((await run('2021-03-15')).stdout);
    expect(shown(events)).toContain('上海智远人工智能科技有限公司 2021-03-01..2021-03-31');
    expect(shown(events)).toEqual(expected(await report('2021-03-15')));
  });
});

describe('formatIcs follows the window state the report gives', () => {
  let base: Report;
  beforeAll(async () => {
    base = await report('2022-07-05');
  });
  const withState = (state: 'open' | 'upcoming' | 'closed' | 'unknown') =>
    ({
      ...base,
      results: base.results.map((r) => ({ ...r, programmes: r.programmes.map((p) => ({ ...p, window: { ...p.window, state } })) })),
    }) as Report;
  const count = (r: Report) => parse(formatIcs(r, { lang: 'en', color: false, width: 80 })).length;

  it('an upcoming round has events; a closed or unknown one none', () => {
    expect(count(withState('upcoming'))).toBe(2);
    expect(count(withState('closed'))).toBe(0);
    expect(count(withState('unknown'))).toBe(0);
  });

  it('a superseded round has none', () => {
    const superseded = {
      ...base,
      results: base.results.map((r) => ({ ...r, programmes: r.programmes.map((p) => ({ ...p, supersededBy: 'x@1' })) })),
    } as Report;
    expect(count(superseded)).toBe(0);
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'上海普陀'.repeat(30)}abc`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
