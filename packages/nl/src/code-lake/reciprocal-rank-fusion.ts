/**
 * The constant of reciprocal rank fusion: 60, as Cormack, Clarke and Büttcher found best
 * ("Reciprocal Rank Fusion outperforms Condorcet and individual rank learning methods", SIGIR
 * 2009). It keeps one list's first place from outweighing a document high in every list.
 */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: each id scores Σ 1 / (k + its rank) over the rankings it appears in
 * (rank 1 first), best first, ties in the order first seen. Rankings of different scales (BM25
 * scores, cosine similarities) fuse without calibrating one against the other.
 */
export function reciprocalRankFusion(rankings: ReadonlyArray<ReadonlyArray<string>>, k = RRF_K): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    for (const [index, id] of ranking.entries()) scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** Cosine of the angle between two vectors of one length: 1 alike, 0 unrelated; 0 for a zero vector. */
export function cosineSimilarity(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index += 1) {
    dot += a[index]! * b[index]!;
    normA += a[index]! * a[index]!;
    normB += b[index]! * b[index]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
