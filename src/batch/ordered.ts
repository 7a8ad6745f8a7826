/**
 * Map an async stream through an async function with up to `window` calls in flight, yielding
 * results in input order. Memory stays bounded by the window, whatever the stream's length. A result
 * goes out as soon as those before it have, without waiting for the next item: a stream read from a
 * pipe may not send its next line before it reads this one's result.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  if (window === 1) {
    // One call at a time (one thread): each result before the next item is asked for.
    for await (const item of items) yield await fn(item);
    return;
  }
  const source = iteratorOf(items);
  const pending: { result: Promise<R>; settled: Promise<typeof SETTLED> }[] = [];
  let pull: Promise<IteratorResult<T>> | undefined = source.next();
  try {
    while (pull !== undefined || pending.length > 0) {
      if (pull !== undefined && pending.length < window) {
        // The next item, unless the oldest call settles first.
        const next = pending.length === 0 ? await pull : await Promise.race([pull, pending[0]!.settled]);
        if (next !== SETTLED) {
          if (next.done) pull = undefined;
          else {
            const result = fn(next.value);
            result.catch(() => undefined); // surfaced when awaited in order, not as an unhandled rejection
            pending.push({ result, settled: result.then(settled, settled) });
            pull = source.next();
          }
          continue;
        }
      }
      yield await pending.shift()!.result;
    }
  } finally {
    // Stopped early (a failed write): the stream is let go, not read to its end.
    if (pull !== undefined) void Promise.resolve(source.return?.(undefined)).catch(() => undefined);
  }
}

/** The items' own iterator: wrapping every stream in a generator of its own cost an extra turn per item. */
function iteratorOf<T>(
  items: AsyncIterable<T> | Iterable<T>,
): AsyncIterator<T> | { next(): Promise<IteratorResult<T>>; return?: () => unknown } {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const sync = items[Symbol.iterator]();
  return { next: async () => sync.next(), return: () => sync.return?.() };
}

const SETTLED: unique symbol = Symbol('settled');
const settled = (): typeof SETTLED => SETTLED;

/** Group a stream into arrays of up to `size`, so work crosses a thread boundary in batches. */
export async function* chunks<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Where work can be sent away (worker threads): `send` one item, and how many sent are not yet answered. */
interface Away<T, R> {
  send(item: T): Promise<R>;
  queued(): number;
}

/**
 * `orderedMap` on this thread and on others at once. Items wait in input order; the oldest goes away
 * whenever fewer than `keep` wait there (at once, and each time an answer comes back), and this
 * thread takes the oldest when it is free and the others are kept busy: a worker must not sit idle
 * while this thread works through a queue. Before each item made here the answers that came meanwhile
 * are taken in (setImmediate runs after pending messages). Results in input order, up to `window` in
 * flight, whichever thread made them.
 */
export function sharedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  here: (item: T) => Promise<R>,
  away: Away<T, R>,
  keep: number,
  window: number,
): AsyncGenerator<R> {
  const waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const feed = () => {
    while (waiting.length > 0 && away.queued() < keep) {
      const next = waiting.shift()!;
      away.send(next.item).then(next.resolve, next.reject);
    }
  };
  let working = false;
  const work = async () => {
    if (working) return;
    working = true;
    try {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        feed();
        const next = waiting.shift();
        if (!next) break;
        try {
          next.resolve(await here(next.item));
        } catch (error) {
          next.reject(error);
        }
      }
    } finally {
      working = false;
    }
  };
  return orderedMap(
    items,
    (item) => {
      const result = new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
      });
      result.then(feed, feed);
      feed();
      void work();
      return result;
    },
    window,
  );
}
