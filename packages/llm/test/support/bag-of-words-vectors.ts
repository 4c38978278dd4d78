export interface BagOfWordsOptions {
  /** Length of every vector (default 1024: few words of a small corpus share a dimension by chance). */
  readonly dimensions?: number;
  /**
   * Words that mean the same: each key names a concept and lists its words, so `repeat` and
   * `again` land in one dimension as they would be near each other in a real model's space.
   */
  readonly synonyms?: Readonly<Record<string, ReadonlyArray<string>>>;
}

// Words every text has; left in, they would make any two texts alike.
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'if', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'then', 'this', 'to', 'with']);

/**
 * A deterministic stand-in for an embedding model: a text's vector counts its words (lower
 * case, identifiers also split at case changes: `execWhile` gives `while`), each word in the
 * dimension its concept hashes to (FNV-1a), log-damped and scaled to length 1. Texts that share
 * words or synonyms point the same way; others are near orthogonal.
 */
export function bagOfWordsVectors(options: BagOfWordsOptions = {}): (text: string) => number[] {
  const dimensions = options.dimensions ?? 1024;
  const concept = new Map<string, string>();
  for (const [name, words] of Object.entries(options.synonyms ?? {})) for (const word of [name, ...words]) concept.set(word.toLowerCase(), name.toLowerCase());
  return (text) => {
    const counts = new Array<number>(dimensions).fill(0);
    for (const word of wordsOf(text)) {
      if (STOP_WORDS.has(word)) continue;
      counts[fnv1a(concept.get(word) ?? word) % dimensions]! += 1;
    }
    const damped = counts.map((count) => (count === 0 ? 0 : 1 + Math.log(count)));
    const norm = Math.hypot(...damped);
    // A text with no words still needs a direction: a real model never answers a zero vector.
    return norm === 0 ? damped.map((_, index) => (index === 0 ? 1 : 0)) : damped.map((value) => value / norm);
  };
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const word of text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) {
    const parts = word.split(/(?<=[a-z0-9])(?=[A-Z])/);
    words.push(...(parts.length > 1 ? parts : [word]).map((part) => part.toLowerCase()));
  }
  return words;
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
