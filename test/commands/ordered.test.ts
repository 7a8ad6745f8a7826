/** Results in input order, whatever order the calls settle in, and each out as soon as those before it are. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { orderedMap } from '../../src/batch/ordered.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('orderedMap', () => {
  it('yields every result in input order, with any window and any order of settling', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3 }), { maxLength: 20 }), fc.integer({ min: 1, max: 6 }), async (delays, window) => {
        let inFlight = 0;
        let most = 0;
        const out: number[] = [];
        const call = async (i: number) => {
          most = Math.max(most, ++inFlight);
          await later(delays[i]!);
          inFlight -= 1;
          return i;
        };
        for await (const r of orderedMap(delays.keys(), call, window)) out.push(r);
        expect(out).toEqual([...delays.keys()]);
        expect(most).toBeLessThanOrEqual(window);
      }),
      { numRuns: 30 },
    );
  });

  it('gives a result while the next item has not come (a pipe that waits for the answer to its line)', async () => {
    let release: () => void = () => undefined;
    async function* waiting() {
      yield 1;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      yield 2;
    }
    const results = orderedMap(waiting(), async (n) => n * 10, 8);
    expect((await results.next()).value).toBe(10);
    release();
    expect((await results.next()).value).toBe(20);
    expect((await results.next()).done).toBe(true);
  });

  it('surfaces a failed call where its result would have been, after the results before it', async () => {
    const out: number[] = [];
    const failing = orderedMap([1, 2, 3], async (n) => (n === 2 ? Promise.reject(new Error('a worker thread stopped')) : n), 4);
    await expect(
      (async () => {
        for await (const r of failing) out.push(r);
      })(),
    ).rejects.toThrow('a worker thread stopped');
    expect(out).toEqual([1]);
  });
});
