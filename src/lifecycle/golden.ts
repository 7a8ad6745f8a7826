/**
 * Golden cases written next to each rule set (`rules/<programme>/tests/*.yaml`): a profile, an as-of
 * date and the verdicts, amounts and missing facts expected. Running one returns its mismatches.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { VERDICTS, type Caveat, type ProgrammeResult } from '../engine/types.js';
import { checkText, prepare } from '../pipeline.js';
import type { RuleVersion } from '../rules/load.js';

const ExpectedMeasure = z.strictObject({
  id: z.string(),
  /** The project id for per-project measures. */
  project: z.string().optional(),
  verdict: z.enum(VERDICTS),
  /** Integer yuan, or null for an unpublished amount; omitted: not checked. */
  maxAmount: z.number().int().nullable().optional(),
  /** Exactly these missing fact paths, in any order; omitted: not checked. */
  missing: z.array(z.string()).optional(),
  /** Whether the programme total counts this result (stacking may leave it out); omitted: not checked. */
  counted: z.boolean().optional(),
  /** Caveats the result must carry, each a rule caveat's `id` or a caveat code; others may be present. */
  caveats: z.array(z.string()).optional(),
});

export const GoldenCase = z.strictObject({
  name: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Inline profile, in the profile vocabulary. */
  profile: z.record(z.string(), z.unknown()).optional(),
  /** Or a profile file, relative to the case file. */
  profileFile: z.string().optional(),
  expect: z.strictObject({
    /** The version that answers on `asOf`, or null when none is in force then; omitted: any. */
    version: z.string().nullable().optional(),
    measures: z.array(ExpectedMeasure).optional(),
    /** The programme's maxTotal. */
    maxTotal: z.number().int().optional(),
    /** Expected profile diagnostics codes, for a case about an invalid profile. */
    invalid: z.array(z.string()).optional(),
    /** Caveats the programme's result must carry, each a rule caveat's `id` or a caveat code. */
    caveats: z.array(z.string()).optional(),
  }),
});
export type GoldenCase = z.infer<typeof GoldenCase>;

export const GoldenFile = z.strictObject({ cases: z.array(GoldenCase).min(1) });

export interface Mismatch {
  what: string;
  expected: unknown;
  actual: unknown;
}

/** Run one case for one programme; `profileText` is the referenced file's text when the case names one. */
export function runGoldenCase(versions: readonly RuleVersion[], programme: string, c: GoldenCase, profileText?: string): Mismatch[] {
  return evaluateGoldenCase(versions, programme, c, profileText).mismatches;
}

/** What a case produced: its mismatches and, when the profile was evaluated, the programme's result (with every leaf trace). */
export interface GoldenRun {
  mismatches: Mismatch[];
  result?: ProgrammeResult;
}

export function evaluateGoldenCase(versions: readonly RuleVersion[], programme: string, c: GoldenCase, profileText?: string): GoldenRun {
  const prepared = prepare(versions, c.asOf, [programme]);
  if ('diagnostics' in prepared) return { mismatches: [{ what: 'programme', expected: programme, actual: 'not in the rules' }] };
  const text = profileText ?? stringify(c.profile ?? {});
  const outcome = checkText(prepared, c.profileFile ?? '(inline)', c.profileFile?.endsWith('.json') ? 'json' : 'yaml', text, {
    detail: true,
  });
  const errors = outcome.read.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  const result = outcome.evaluation?.programmes.find((p) => p.version.rule.programme.id === programme);
  if (c.expect.invalid) return { mismatches: same('invalid', [...c.expect.invalid].sort(), [...errors].sort()), result };
  const answering = prepared.selected.find((v) => v.rule.programme.id === programme)?.rule.programme.version ?? null;
  if (c.expect.version === null && answering === null) return { mismatches: [] };
  if (c.expect.version !== undefined && c.expect.version !== answering) {
    return {
      mismatches: [{ what: 'version', expected: c.expect.version ?? 'none in force', actual: answering ?? 'none in force' }],
      result,
    };
  }
  if (!result)
    return {
      mismatches: [{ what: 'evaluation', expected: `${programme} in force on ${c.asOf}`, actual: errors.length ? errors : 'not in force' }],
    };
  const mismatches: Mismatch[] = [];
  for (const want of c.expect.measures ?? []) {
    const label = `${want.id}${want.project ? `@${want.project}` : ''}`;
    const got = result.measures.find((m) => m.measure.id === want.id && (m.project?.id ?? undefined) === want.project);
    if (!got) {
      mismatches.push({ what: label, expected: 'a result', actual: 'none' });
      continue;
    }
    mismatches.push(...same(`${label} verdict`, want.verdict, got.verdict));
    if (want.maxAmount !== undefined) mismatches.push(...same(`${label} maxAmount`, want.maxAmount, got.maxAmount));
    if (want.missing) mismatches.push(...same(`${label} missing`, [...want.missing].sort(), [...got.missing].sort()));
    if (want.counted !== undefined) mismatches.push(...same(`${label} counted`, want.counted, got.counted));
    if (want.caveats) mismatches.push(...carried(`${label} caveats`, want.caveats, got.caveats));
  }
  if (c.expect.maxTotal !== undefined) mismatches.push(...same('maxTotal', c.expect.maxTotal, result.maxTotal));
  if (c.expect.caveats) mismatches.push(...carried('caveats', c.expect.caveats, result.caveats));
  return { mismatches, result };
}

/** Each wanted name is a caveat's rule id or its code; the actual list shows ids where there are. */
function carried(what: string, wanted: readonly string[], caveats: readonly Caveat[]): Mismatch[] {
  const names = caveats.map((c) => (typeof c.args.id === 'string' ? c.args.id : c.code));
  const absent = wanted.filter((w) => !caveats.some((c) => c.code === w || c.args.id === w));
  return absent.length === 0 ? [] : [{ what, expected: `including ${absent.join(', ')}`, actual: names }];
}

function same(what: string, expected: unknown, actual: unknown): Mismatch[] {
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [{ what, expected, actual }];
}
