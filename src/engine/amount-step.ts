/** One step of an amount computation; part of the public report, so defined once as a schema. */
import { z } from 'zod';

export const AmountStep = z.discriminatedUnion('step', [
  /** The guideline publishes no amount. */
  z.strictObject({ step: z.literal('unpublished') }),
  /** The fact the amount is computed from is missing. */
  z.strictObject({ step: z.literal('missing-base'), fact: z.string() }),
  z.strictObject({ step: z.literal('fixed'), value: z.number() }),
  z.strictObject({ step: z.literal('rate'), fact: z.string(), base: z.number(), rate: z.string(), value: z.number() }),
  z.strictObject({ step: z.literal('match'), fact: z.string(), base: z.number(), value: z.number() }),
  z.strictObject({ step: z.literal('per-unit'), fact: z.string(), units: z.number(), perUnit: z.number(), value: z.number() }),
  z.strictObject({ step: z.literal('tier'), fact: z.string(), base: z.number(), min: z.number(), value: z.number() }),
  /** `binding` when the cap, not the computed amount, decides the result. */
  z.strictObject({
    step: z.literal('cap'),
    cap: z.number(),
    scope: z.string(),
    before: z.number(),
    value: z.number(),
    binding: z.boolean(),
  }),
]);
export type AmountStep = z.infer<typeof AmountStep>;
