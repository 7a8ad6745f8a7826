/**
 * A small seeded pseudo-random generator (sfc32), so the same seed gives the same profiles, byte for
 * byte, on any machine. Each profile gets its own stream from (seed, index): profile i is the same
 * whatever the size of the set it is written into, so the 1k set is a prefix of the 10k set, and so on.
 */

/** @param {number} seed @param {number} index */
export function rngFor(seed, index) {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  let b = (index ^ 0x243f6a88) >>> 0;
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // mix the seed in
  return new Random(next);
}

class Random {
  /** @param {() => number} next a uniform number in [0, 1) */
  constructor(next) {
    this.next = next;
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @template T @param {readonly T[]} list @returns {T} */
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /**
   * One key of a table of weights: `weighted({ a: 3, b: 1 })` is 'a' three times in four.
   * @template {string} K @param {Record<K, number>} weights @returns {K}
   */
  weighted(weights) {
    const entries = Object.entries(weights);
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return /** @type {K} */ (key);
    }
    return /** @type {K} */ (entries[entries.length - 1][0]);
  }
}
