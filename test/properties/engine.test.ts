/**
 * Properties of checking, over generated rule sets and profiles (see arbitraries.ts): nothing throws,
 * amounts stay within [0, cap], a rate grows with its base, the programme total is the best
 * admissible combination, and no result depends on the order profiles are checked in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './settings.js';
import { compileAmount } from '../../src/engine/amounts.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { counts } from '../../src/engine/rounds.js';
import { settledTotal, stack } from '../../src/engine/stacking.js';
import type { LeafTrace, MeasureResult } from '../../src/engine/types.js';
import { checkText, prepare, type Prepared } from '../../src/pipeline.js';
import { loadFormatter } from '../../src/formats/registry.js';
import { buildReport, fileResult } from '../../src/report/model.js';
import { Report } from '../../src/contracts/report.js';
import type { Amount, Condition, RuleFile } from '../../src/rules/schema.js';
import { isLeaf } from '../../src/rules/walk.js';
import { bundledVersions } from '../helpers.js';
import { profile, profileText, ruleFile, vocabularyProfile, type GeneratedProfile } from './arbitraries.js';
import { AS_OF, format, prepared } from './prepared.js';

const check = (ready: Prepared, p: GeneratedProfile, f: 'yaml' | 'json', name = `x.${f}`, detail = true) =>
  checkText(ready, name, f, profileText(p, f), { detail });

/** What a decision keeps of a measure: everything but the detail (traces, trees, what it would take). */
const decisionOf = ({ trace: _t, tree: _tree, toQualify: _q, ...rest }: MeasureResult) => rest;

describe('checking generated profiles against generated rules', () => {
  it('never throws, and every amount is a whole number of yuan between 0 and its cap', () => {
    fc.assert(
      fc.property(ruleFile(), fc.array(fc.tuple(profile, format), { minLength: 1, maxLength: 3 }), (rule, profiles) => {
        const ready = prepared(rule);
        for (const [p, f] of profiles) {
          const outcome = check(ready, p, f);
          fileResult(outcome, 'en');
          for (const programme of outcome.evaluation?.programmes ?? []) {
            const companyCap = 'amount' in rule.stacking.companyCap ? rule.stacking.companyCap.amount : Infinity;
            expect(Number.isInteger(programme.maxTotal) && programme.maxTotal >= 0 && programme.maxTotal <= companyCap).toBe(true);
            for (const m of programme.measures) {
              if (m.maxAmount === null) continue;
              expect(Number.isSafeInteger(m.maxAmount), `${m.measure.id}: ${m.maxAmount}`).toBe(true);
              expect(m.maxAmount).toBeGreaterThanOrEqual(0);
              const cap = m.measure.amount.kind === 'unpublished' ? undefined : m.measure.amount.cap;
              if (cap !== undefined) expect(m.maxAmount).toBeLessThanOrEqual(cap);
            }
          }
        }
      }),
    );
  });

  it('gives as the programme total the best admissible combination, found by brute force', () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, (rule, p, f) => {
        const outcome = check(prepared(rule), p, f);
        const programme = outcome.evaluation?.programmes[0];
        if (!programme) return;
        expect(programme.maxTotal).toBe(bruteForceTotal(programme.measures, rule));
        expect(outcome.evaluation!.maxTotal).toBe(programme.maxTotal);
      }),
    );
  });

  it('gives each profile the same result whatever order a list of them is checked in', () => {
    fc.assert(
      fc.property(
        ruleFile(),
        fc.array(fc.tuple(profile, format), { minLength: 2, maxLength: 5 }).chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length },
            ),
          ),
        ),
        (rule, [list, order]) => {
          const ready = prepared(rule);
          const results = (indices: number[]) =>
            new Map(indices.map((i) => [i, JSON.stringify(fileResult(check(ready, list[i]![0], list[i]![1], `p${i}`), 'en'))]));
          const inOrder = results(list.map((_, i) => i));
          const shuffled = results(order);
          for (const [i, json] of inOrder) expect(shuffled.get(i)).toBe(json);
        },
      ),
    );
  });

  it('renders every report as JSON that parses and matches the report schema', async () => {
    const json = await loadFormatter('json');
    fc.assert(
      fc.property(ruleFile(), fc.array(fc.tuple(profile, format), { minLength: 1, maxLength: 3 }), (rule, profiles) => {
        const ready = prepared(rule);
        const results = profiles.map(([p, f], i) => fileResult(check(ready, p, f, `p${i}.${f}`), 'en'));
        const report = buildReport(
          { tool: { name: 'subsidy-check', version: 'test' }, asOf: AS_OF, selected: ready.selected, skipped: ready.skipped, lang: 'en' },
          results,
        );
        const parsed = Report.safeParse(JSON.parse(json(report, { lang: 'en', color: false, width: 120 })));
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
    );
  });
});

describe('decisions without traces', () => {
  it('agree with the traced evaluation on every measure, and name the leaf the trace would', () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, (rule, p, f) => {
        const ready = prepared(rule);
        const decided = check(ready, p, f, 'x', false).evaluation;
        const traced = check(ready, p, f, 'x', true).evaluation;
        expect(decided?.maxTotal).toBe(traced?.maxTotal);
        for (const [i, programme] of (traced?.programmes ?? []).entries()) {
          const fast = decided!.programmes[i]!;
          expect(fast.measures.map(decisionOf)).toEqual(programme.measures.map(decisionOf));
          expect(fast.measures.every((m) => m.trace === undefined && m.toQualify === undefined)).toBe(true);
          for (const m of programme.measures) {
            // The one-line reason's leaf, as it was found in the full trace before decisions existed.
            const against = (t: LeafTrace) => (t.negated ? t.result === 'pass' : t.result === 'fail');
            const first =
              m.verdict === 'eligible'
                ? null
                : (m.trace!.find((t) => (m.verdict === 'ineligible' ? against(t) : t.result === 'unknown')) ?? null);
            expect(m.decisive).toEqual(first);
            expect(m.conditions).toBe(m.trace!.length);
          }
        }
      }),
    );
  });
});

describe('leaves tested inside their all or any', () => {
  /** Every leaf under two `not`s: the same result, evidence and recording, but each leaf called through its own closure. */
  const doubled = (c: Condition): Condition =>
    isLeaf(c)
      ? { not: { not: c } }
      : 'all' in c
        ? { all: c.all.map(doubled) }
        : 'any' in c
          ? { any: c.any.map(doubled) }
          : { not: doubled(c.not) };
  const decided = ({ verdict, maxAmount, evidence, decisive, missing, amountSteps, caveats, counted, conditions }: MeasureResult) => ({
    verdict,
    maxAmount,
    evidence,
    decisive,
    missing,
    amountSteps,
    caveats,
    counted,
    conditions,
  });
  it('decide as the same leaves called one by one (an eq or ne compared in the loop as its own test would)', () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, (rule, p, f) => {
        const ready = prepared(rule);
        const general = prepared({
          ...rule,
          gate: doubled(rule.gate),
          measures: rule.measures.map((m) => (m.when ? { ...m, when: doubled(m.when) } : m)),
        });
        const inline = check(ready, p, f, 'x', false).evaluation;
        const called = check(general, p, f, 'x', false).evaluation;
        expect(inline?.maxTotal).toBe(called?.maxTotal);
        for (const [i, programme] of (called?.programmes ?? []).entries())
          expect(inline!.programmes[i]!.measures.map(decided)).toEqual(programme.measures.map(decided));
      }),
    );
  });
});

describe('the gate evaluated once per profile', () => {
  it('gives, where the gate reads company facts only, what evaluating it once per project gives', () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, fc.boolean(), (rule, p, f, detail) => {
        const ready = prepared(rule);
        const read = checkText(ready, 'x', f, profileText(p, f)).read.profile;
        if (!read) return;
        // The general path: the gate evaluated for every context, as for a gate that reads project facts.
        const perContext = ready.compiled.map((c) => ({ ...c, gateReadsCompanyOnly: false }));
        const once = evaluate(ready.compiled, read, AS_OF, { detail });
        const each = evaluate(perContext, read, AS_OF, { detail });
        expect(JSON.parse(JSON.stringify(once))).toEqual(JSON.parse(JSON.stringify(each)));
      }),
    );
  });
});

describe('stacking groups looked up once per compiled measure', () => {
  it("give what searching the stacking section's group lists for each result gives", () => {
    fc.assert(
      fc.property(ruleFile(), profile, format, (rule, p, f) => {
        const ready = prepared(rule);
        const read = checkText(ready, 'x', f, profileText(p, f)).read.profile;
        if (!read) return;
        const programme = evaluate(ready.compiled, read, AS_OF).programmes[0]!;
        // The general path: every result's groups found in the rule's lists, as stack() does without them.
        const general = stack(programme.measures, rule.stacking);
        const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
        expect(plain(programme.stacking)).toEqual(plain(general.decision));
        expect(plain(programme.choices)).toEqual(plain(general.choices));
        if (!counts(programme.round)) return;
        expect(programme.maxTotal).toBe(general.maxTotal);
        expect(programme.measures.filter((m) => m.counted)).toEqual(
          general.counted.slice().sort((a, b) => programme.measures.indexOf(a) - programme.measures.indexOf(b)),
        );
        expect(programme.potentialTotal).toBe(settledTotal(programme.measures, rule.stacking));
        // The settled total, summed without lists, is the stacked total with every undetermined pair taken as eligible.
        const settled = programme.measures.map((m): MeasureResult => (m.verdict === 'undetermined' ? { ...m, verdict: 'eligible' } : m));
        expect(programme.potentialTotal).toBe(stack(settled, rule.stacking).maxTotal);
      }),
    );
  });
});

describe('checking profiles of the public vocabulary against the bundled rules', () => {
  const versions = bundledVersions();
  const asOf = fc.constantFrom('2021-03-15', '2022-07-05', '2023-04-10', '2025-01-01');

  it('never throws; amounts within [0, cap]; each total the best admissible combination; the report conforms', async () => {
    const json = await loadFormatter('json');
    fc.assert(
      fc.property(asOf, vocabularyProfile, format, (date, p, f) => {
        const ready = prepare(versions, date);
        if ('diagnostics' in ready) throw new Error('prepare');
        const outcome = check(ready, p, f);
        for (const programme of outcome.evaluation?.programmes ?? []) {
          const rule = programme.version.rule;
          for (const m of programme.measures) {
            const cap = m.measure.amount.kind === 'unpublished' ? undefined : m.measure.amount.cap;
            if (m.maxAmount !== null)
              expect(m.maxAmount >= 0 && Number.isSafeInteger(m.maxAmount) && m.maxAmount <= (cap ?? Infinity)).toBe(true);
          }
          // A history round (closed or superseded) counts nothing, and says so measure by measure.
          if (programme.round === 'history') {
            expect(programme.maxTotal).toBe(0);
            expect(programme.measures.some((m) => m.counted)).toBe(false);
          } else expect(programme.maxTotal).toBe(bruteForceTotal(programme.measures, rule));
        }
        const counted = (outcome.evaluation?.programmes ?? []).filter((x) => x.round !== 'history').reduce((sum, x) => sum + x.maxTotal, 0);
        if (outcome.evaluation) expect(outcome.evaluation.maxTotal).toBe(counted);
        const report = buildReport(
          { tool: { name: 'subsidy-check', version: 'test' }, asOf: date, selected: ready.selected, skipped: ready.skipped, lang: 'en' },
          [fileResult(outcome, 'en')],
        );
        const parsed = Report.safeParse(JSON.parse(json(report, { lang: 'en', color: false, width: 120 })));
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
    );
  });
});

/**
 * The most an applicant can take: any set of eligible, priced results with at most one from each
 * stacking group, summed, then held to the company cap. Exhaustive, so only for small cases.
 */
function bruteForceTotal(measures: readonly MeasureResult[], rule: RuleFile): number {
  const priced = measures.filter((m) => m.verdict === 'eligible' && m.maxAmount !== null);
  const groupOf = (m: MeasureResult) => rule.stacking.groups.find((g) => g.measures.includes(m.measure.id))?.id;
  let best = 0;
  for (let set = 0; set < 2 ** priced.length; set++) {
    const chosen = priced.filter((_, i) => set & (1 << i));
    const groups = chosen.map(groupOf).filter((g) => g !== undefined);
    if (new Set(groups).size < groups.length) continue;
    best = Math.max(
      best,
      chosen.reduce((sum, m) => sum + m.maxAmount!, 0),
    );
  }
  return 'amount' in rule.stacking.companyCap ? Math.min(best, rule.stacking.companyCap.amount) : best;
}

describe('a rate amount', () => {
  const rateAmount = fc.record({
    rate: fc.oneof(
      fc.integer({ min: 1, max: 10_000 }).map((bp) => `${bp / 100}%`),
      fc.integer({ min: 1, max: 1000 }).map((pm) => pm / 1000),
    ),
    cap: fc.option(fc.integer({ min: 1, max: 1e12 }), { nil: undefined }),
    rounding: fc.constantFrom('down' as const, 'nearest' as const),
  });
  // Money has at most two decimals and at most one trillion yuan.
  const base = fc.integer({ min: 0, max: 100_000_000_000_000 }).map((fen) => fen / 100);

  it('never falls when its base grows, and never passes its cap', () => {
    fc.assert(
      fc.property(rateAmount, base, base, ({ rate, cap, rounding }, a, b) => {
        const amount = compileAmount({
          kind: 'rate',
          base: 'company.revenue',
          rate,
          ...(cap ? { cap } : {}),
          rounding,
          cite: 'S1',
          evidence: 'stated',
        } as Amount);
        const at = (revenue: number) => amount({ company: { revenue }, project: null, noProject: false }).value!;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(at(low)).toBeLessThanOrEqual(at(high));
        expect(at(high)).toBeLessThanOrEqual(cap ?? Infinity);
        expect(Number.isSafeInteger(at(high))).toBe(true);
      }),
    );
  });
});
