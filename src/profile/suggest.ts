/**
 * "Did you mean" for misspelt keys, fact names and ids. Transposed neighbours count as one edit
 * (optimal string alignment), since swapping two letters is the commonest typing slip.
 */

/** Most edits a suggestion may be away from the word, whatever its length. */
const MAX_EDITS = 3;

/**
 * The closest candidate within about a third of the word's length (at least 1, at most 3 edits),
 * ignoring case; ties go to the earlier candidate. Undefined when nothing is close enough.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const length = Array.from(word).length;
  if (length === 0) return undefined;
  const threshold = Math.min(MAX_EDITS, Math.max(1, Math.floor(length / 3)));
  let best: string | undefined;
  let bestDistance = threshold + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a far longer word costs no table at all.
    if (Math.abs(Array.from(candidate).length - length) >= bestDistance) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent
 * characters each cost 1. Counts code points, so each Chinese character is one edit.
 */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  // distances[i][j] is the distance between the first i characters of left and the first j of right;
  // row 0 and column 0 are the cost of building a prefix from nothing.
  const distances = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => distances[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= left.length; i++) {
    const row = distances[i] ?? [];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(left.length, right.length);
}
