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
