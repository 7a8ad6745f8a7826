/**
 * `--shard k/n`: a deterministic partition of the inputs by a hash of each input's name, so a CI matrix
 * of n jobs covers every input exactly once, and adding a file moves no other file between shards.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(name: string, shard: Shard | undefined): boolean {
  return shard === undefined || fnv1a(name) % shard.count === shard.index - 1;
}

/** FNV-1a, 32 bits: fast, stable across platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
