/** Results in input order, whatever order the calls settle in, and each out as soon as those before it are. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../properties/settings.js';
import { orderedMap, sharedMap } from '../../src/batch/ordered.js';

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

/** Work sent away as to worker threads: each answer after its delay, counting what waits there. */
function awayAfter(delay: (n: number) => number) {
  const away = {
    sent: [] as number[],
    waiting: 0,
    most: 0,
    queued: () => away.waiting,
    send: async (n: number) => {
      away.sent.push(n);
      away.most = Math.max(away.most, ++away.waiting);
      await later(delay(n));
      away.waiting -= 1;
      if (n < 0) throw new Error('a worker thread stopped');
      return n * 10;
    },
  };
  return away;
}

/** Work made here as this thread does it: at once, holding the thread while it runs. */
function hereBusy(ms: number) {
  const made: number[] = [];
  const here = async (n: number) => {
    made.push(n);
    const until = Date.now() + ms;
    while (Date.now() < until);
    return n * 10;
  };
  return { made, here };
}

describe('sharedMap: this thread and workers at once', () => {
  it('yields every result in input order, whichever side made it, within the window and keeping at most `keep` away', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 3 }), { maxLength: 24 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        async (delays, keep, window) => {
          // In flight: begun on either side, and not yet taken by the reader.
          let inFlight = 0;
          let most = 0;
          const begun = <R>(made: Promise<R>) => {
            most = Math.max(most, ++inFlight);
            return made;
          };
          const sent = awayAfter((n) => delays[n]!);
          const away = { queued: sent.queued, send: (n: number) => begun(sent.send(n)) };
          const { made, here } = hereBusy(0);
          const out: number[] = [];
          for await (const r of sharedMap(delays.keys(), (n) => begun(here(n)), away, keep, window)) {
            inFlight -= 1;
            out.push(r);
          }
          expect(out).toEqual([...delays.keys()].map((n) => n * 10));
          expect([...made, ...sent.sent].sort((a, b) => a - b)).toEqual([...delays.keys()]);
          expect(sent.most).toBeLessThanOrEqual(keep);
          expect(most).toBeLessThanOrEqual(window);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("sends the next item away as soon as an answer comes back, not at this thread's next turn", async () => {
    const away = awayAfter(() => 1);
    const made: number[] = [];
    // This thread's item takes long, but lets answers in meanwhile (as it does between slices).
    const here = async (n: number) => {
      made.push(n);
      await later(25);
      return n * 10;
    };
    const out: number[] = [];
    for await (const r of sharedMap(
      Array.from({ length: 40 }, (_, n) => n),
      here,
      away,
      1,
      16,
    ))
      out.push(r);
    expect(out).toEqual(Array.from({ length: 40 }, (_, n) => n * 10));
    expect(made.length).toBeGreaterThan(0);
    expect(away.sent.length).toBeGreaterThan(2 * made.length);
  });

  it('makes everything here while nothing is answered away, and keeps only `keep` there', async () => {
    let answer: () => void = () => undefined;
    const away = {
      sent: 0,
      queued: () => away.sent,
      send: (n: number) => {
        away.sent += 1;
        return new Promise<number>((resolve) => {
          answer = () => resolve(n * 10);
        });
      },
    };
    const { made, here } = hereBusy(0);
    const results = sharedMap([0, 1, 2, 3, 4], here, away, 1, 8);
    const first = results.next();
    // The first item went away; the next four are made here while it is out.
    await later(20);
    expect(away.sent).toBe(1);
    expect(made).toEqual([1, 2, 3, 4]);
    answer();
    expect((await first).value).toBe(0);
    const rest: number[] = [];
    for await (const r of results) rest.push(r);
    expect(rest).toEqual([10, 20, 30, 40]);
  });

  it('surfaces a failed worker where its result would have been, after the results before it', async () => {
    // Every item goes away (`keep` covers them all): the second fails there.
    const away = awayAfter(() => 2);
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const r of sharedMap([0, -1, 2], hereBusy(0).here, away, 8, 4)) out.push(r);
      })(),
    ).rejects.toThrow('a worker thread stopped');
    expect(away.sent).toEqual([0, -1, 2]);
    expect(out).toEqual([0]);
  });

  it('surfaces a failure made here in its place, without hanging the items after it', async () => {
    let answer: () => void = () => undefined;
    const away = {
      out: 0,
      queued: () => away.out,
      send: () => {
        away.out += 1;
        return new Promise<number>((resolve) => {
          answer = () => resolve(0);
        });
      },
    };
    const here = async (n: number) => {
      if (n === 1) throw new Error('cannot make this slice');
      return n * 10;
    };
    const results = sharedMap([0, 1, 2], here, away, 1, 4);
    const first = results.next();
    // The first goes away and stays there while the others are made here.
    await later(10);
    expect(away.out).toBe(1);
    answer();
    expect((await first).value).toBe(0);
    await expect(results.next()).rejects.toThrow('cannot make this slice');
  });
});
