/**
 * Rounds in time and unpublished amounts, through the report and every format, on small rounds built
 * in the test: `old` (2020, window in March 2020) and `next` (known from 2023-04-03, window
 * 2023-04-03..2023-05-12, one unpublished measure and one of 500,000), next superseding old.
 */
import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { Report } from '../../src/contracts/report.js';
import { loadFormatter, type FormatName } from '../../src/formats/registry.js';
import { parseGate, type Gate } from '../../src/report/gates.js';
import type { Lang } from '../../src/text/lang.js';
import { buildReport, fileResult } from '../../src/report/model.js';
import { rounds } from '../builders.js';

const versions = rounds(
  { id: 'old', version: '2020', from: '2020-01-01', windows: [['2020-03-01', '2020-03-31']], measures: { grant: 1_000_000 } },
  {
    id: 'next',
    version: '2023',
    from: '2023-04-03',
    windows: [['2023-04-03', '2023-05-12']],
    supersedes: 'old',
    measures: { rd: null, item: 500_000 },
  },
);
const good = 'company: { name: Acme, credit: good }\n';

function report(asOf: string, o: { pins?: string[]; failOn?: string[]; lang?: Lang; programmes?: string[] } = {}): Report {
  const pins = (o.pins ?? []).map((p) => ({ programme: p.split('@')[0]!, version: p.split('@')[1]! }));
  const prepared = prepare(versions, asOf, o.programmes ?? [], pins) as Prepared;
  const gates = (o.failOn ?? []).map((g) => parseGate(g) as Gate);
  const lang = o.lang ?? 'en';
  const result = fileResult(checkText(prepared, 'acme.yaml', 'yaml', good, { detail: true }), lang, gates);
  const input = {
    tool: { name: 'subsidy-check', version: 'test' },
    asOf,
    selected: prepared.selected,
    skipped: prepared.skipped,
    lang,
    failOn: o.failOn ?? [],
    rounds: prepared.rounds,
    bundled: true,
  };
  return Report.parse(buildReport(input, [result]));
}

const format = async (r: Report, name: FormatName, lang: Lang = 'en') => (await loadFormatter(name))(r, { lang, color: false, width: 120 });
const SENTENCE = 'No bundled round is open or upcoming on 2026-12-01: the newest, next@2023, closed on 2023-05-12';

describe('a date after every round closed', () => {
  const r = report('2026-12-01', { failOn: ['not-eligible'] });
  const [file] = r.results;

  it('reports every round as history, counted nowhere, with one sentence naming the newest', () => {
    expect(file!.programmes.map((p) => [p.id, p.round, p.maxTotal])).toEqual([
      ['next', 'history', 0],
      ['old', 'history', 0],
    ]);
    expect(file!.programmes.flatMap((p) => p.measures).every((m) => !m.counted && m.toQualify === null)).toBe(true);
    expect(file!.maxTotal).toBe(0);
    expect(r.noOpenRound).toMatchObject({ programme: 'next', version: '2023', closedOn: '2023-05-12' });
    expect(r.noOpenRound!.message).toContain(SENTENCE);
    expect(r.noOpenRound!.message).toContain('--rules <dir>');
  });

  it('fails not-eligible: eligible only in history is not eligible', () => {
    expect(file!.gateHits).toEqual(['not-eligible']);
    expect(r.summary).toMatchObject({ eligible: 0, maxTotal: 0, gateHits: 1 });
  });

  it('says so in every format', async () => {
    const table = await format(r, 'table');
    expect(table).toContain(SENTENCE);
    expect(table).toContain('Company total: 0 — no round is open or upcoming on this date');
    expect(table).toContain(
      'History: this round closed on 2023-05-12; not counted in any total (to count it, pin it with --rules-version next@2023)',
    );
    const checklist = await format(r, 'checklist');
    expect(checklist).toContain(SENTENCE);
    expect(checklist).not.toContain('Apply for');
    expect(checklist).not.toContain('[ ]');
    expect(await format(r, 'markdown')).toContain(`> ${SENTENCE}`);
    expect(await format(r, 'github')).toMatch(/^::notice title=no open round::No bundled round is open/);
    expect(await format(r, 'junit')).toContain('<property name="noOpenRound" value="No bundled round is open or upcoming');
    expect(await format(r, 'csv')).toMatch(/,false,.*,closed,history\r\n/);
    expect(await format(r, 'html')).toContain('<p class="notice">No bundled round is open');
    expect(JSON.parse(await format(r, 'json')).noOpenRound.closedOn).toBe('2023-05-12');
    expect(await format(report('2026-12-01', { lang: 'zh' }), 'table', 'zh')).toContain(
      '没有正在受理或即将受理的内置申报批次：最新的 “小规则” 已于 2023年5月12日 截止',
    );
  });
});

describe('inside a window', () => {
  it('counts the open round and says nothing of closed rounds', async () => {
    const r = report('2020-03-15');
    expect(r.noOpenRound).toBeNull();
    expect(r.results[0]!.programmes.map((p) => p.round)).toEqual(['current']);
    expect(r.results[0]!.maxTotal).toBe(1_000_000);
    expect(await format(r, 'table')).toContain('Company total: at most 1,000,000\n');
  });

  it('puts a history round under its own heading in a checklist, not under the open one before it', async () => {
    const lines = (await format(report('2023-04-10'), 'checklist')).split('\n');
    const history = lines.findIndex((l) => l.includes('History: this round closed on 2020-03-31'));
    expect(lines.slice(0, history).some((l) => l.includes('[ ]'))).toBe(true);
    expect(lines[history - 1]).toMatch(/^ {2}old@2020\b/);
    expect(lines[history - 2]).toMatch(/^■ /);
    expect(lines[history - 3]).toBe('');
  });

  it('says a round before its effective date is not known', async () => {
    const table = await format(report('2020-03-15'), 'table');
    expect(table).toContain('No round of next is known on 2020-03-15 (its 2023 round is known from 2023-04-03)');
  });
});

describe('--rules-version', () => {
  const r = report('2026-12-01', { pins: ['old@2020'] });

  it('brings a past round back as if open: it counts, and the output says it is pinned', async () => {
    const old = r.results[0]!.programmes.find((p) => p.id === 'old')!;
    expect(old).toMatchObject({ round: 'pinned', maxTotal: 1_000_000 });
    expect(old.measures[0]).toMatchObject({ counted: true });
    expect(r.results[0]!.maxTotal).toBe(1_000_000);
    expect(r.pinned).toEqual(['old@2020']);
    expect(r.noOpenRound).toBeNull();
    const table = await format(r, 'table');
    expect(table).toContain('Pinned with --rules-version: old@2020 (counted as if open)');
    expect(table).toContain('pinned with --rules-version: counted as if open');
  });

  it('says a pinned round that was superseded counts all the same, not that it is left out', async () => {
    const caveat = (rep: Report) => rep.results[0]!.programmes.find((p) => p.id === 'old')!.caveats.find((c) => c.code === 'superseded');
    expect(caveat(r)?.message).toContain('counted all the same: pinned with --rules-version');
    expect(caveat(r)?.message).not.toContain('not counted');
    expect(caveat(report('2026-12-01', { pins: ['old@2020'], lang: 'zh' }))?.message).toContain('仍计入企业合计');
    // Not pinned, the same round is history: left out, and said so.
    expect(caveat(report('2026-12-01'))?.message).toContain('not counted in the company total');
  });
});

describe('an unpublished amount is not zero', () => {
  const open = report('2023-04-10', { failOn: ['below:100万'] });
  const [file] = open.results;

  it('says on the total line what it leaves out', async () => {
    expect(file!.maxTotal).toBe(500_000);
    expect(file!.unpublishedEligible).toBe(1);
    expect(open.summary.unpublishedEligible).toBe(1);
    const table = await format(open, 'table');
    expect(table).toContain('Programme total: at most 500,000 + 1 eligible measure with no published amount');
    expect(table).toContain('Company total: at most 500,000 + 1 eligible measure with no published amount');
    expect(await format(report('2023-04-10', { lang: 'zh' }), 'table', 'zh')).toContain(
      '企业合计：最多 50万元，另有 1 项符合条件的措施金额未公布',
    );
    expect(await format(open, 'html')).toContain('at most 500,000 + 1 eligible measure with no published amount');
  });

  it('never fails below: on it: the gate is reported as not decidable', async () => {
    expect(file!.gateHits).toEqual([]);
    expect(file!.gatesUndecided).toEqual(['below:100万']);
    expect(await format(open, 'github')).toContain(
      '::notice file=acme.yaml,title=fail-on below%3A100万 not decidable::--fail-on below:100万: not decidable',
    );
    expect(await format(open, 'junit')).not.toContain('<failure');
  });

  it('still fails below: when every eligible amount is published', () => {
    const only = report('2023-04-10', { failOn: ['below:100万'] });
    // With the unpublished measure ineligible the gate decides: built from a round without it.
    const priced = rounds({ id: 'p', from: '2020-01-01', windows: [['2023-04-03', '2023-05-12']], measures: { item: 500_000 } });
    const prepared = prepare(priced, '2023-04-10') as Prepared;
    const result = fileResult(checkText(prepared, 'a.yaml', 'yaml', good, { detail: true }), 'en', [parseGate('below:100万') as Gate]);
    expect(result.gateHits).toEqual(['below:100万']);
    expect(only.results[0]!.gateHits).toEqual([]);
  });
});
