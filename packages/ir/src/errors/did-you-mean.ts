/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours
 * as one edit (optimal string alignment), so that the commonest typo, `trian` for `train`, is
 * one edit away. Names are short, so the quadratic table is fine; three rolling rows of it.
 */
function editDistance(a: string, b: string, rows: Int32Array[]): number {
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current[j] = distance;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** ` Did you mean "train"?` for the closest known name, or `''` when none is close. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const threshold = Math.max(1, Math.floor(input.length / 3));
  const lowerInput = input.toLowerCase();
  // Candidates that get a table are at most `threshold` longer than the input.
  const rows = [0, 1, 2].map(() => new Int32Array(lowerInput.length + threshold + 1));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length: skip the table when that is too far.
    const lowerCandidate = candidate.toLowerCase();
    if (Math.abs(lowerCandidate.length - lowerInput.length) > threshold) continue;
    const distance = editDistance(lowerInput, lowerCandidate, rows);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= threshold ? ` Did you mean "${best}"?` : '';
}
