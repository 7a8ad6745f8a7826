/**
 * Map an async stream through an async function with up to `window` calls in flight, yielding
 * results in input order. Memory stays bounded by the window, whatever the stream's length.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const result = fn(item);
    result.catch(() => undefined); // surfaced when awaited in order, not as an unhandled rejection
    pending.push(result);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

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
