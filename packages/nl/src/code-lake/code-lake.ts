import MiniSearch from 'minisearch';
import type * as TypeScript from 'typescript';
import type { CodeLakeDocument } from './code-lake-document';
import { readDslApiReference, type DslExports } from './dsl-api-reference';
import { EXAMPLE_DOCUMENTS } from './examples.generated';
import { cosineSimilarity, reciprocalRankFusion } from './reciprocal-rank-fusion';

// Words of every description that say nothing about which code fits (`inList` is not about "in").
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'from', 'if', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'then', 'to', 'with']);

/** A document found for a query, with its BM25 score, or its fused score in a hybrid search. */
export interface CodeLakeHit {
  readonly document: CodeLakeDocument;
  readonly score: number;
}

/** Vectors of one embedding model: the query's and every document's, by id. */
export interface CodeLakeVectors {
  readonly query: ReadonlyArray<number>;
  readonly documents: ReadonlyMap<string, ReadonlyArray<number>>;
}

// Each ranking enters the fusion this deep: past it a document is noise in that ranking.
const FUSION_DEPTH = 50;
// Embedding models read a few thousand tokens at most; the head of a document says what it is.
const EMBEDDED_CHARS = 2000;

/**
 * The code lake of Algorithm 1 (paper §III, step 2): the example workflows, the step zoo and the
 * API reference of `@couler/dsl`, indexed with MiniSearch (BM25+) so that each subtask's prompt
 * carries the few pieces of real Couler code closest to it.
 */
export class CodeLake {
  private readonly index: MiniSearch<CodeLakeDocument>;
  private readonly byId: Map<string, CodeLakeDocument>;

  constructor(
    readonly documents: ReadonlyArray<CodeLakeDocument>,
    /** What `@couler/dsl` exports, for import lines. */
    readonly dslExports: DslExports,
  ) {
    this.byId = new Map(documents.map((document) => [document.id, document]));
    this.index = new MiniSearch<CodeLakeDocument>({
      fields: ['title', 'text'],
      tokenize: tokenizeCode,
      processTerm: (term) => (STOP_WORDS.has(term.toLowerCase()) ? null : term.toLowerCase()),
      searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.1 },
    });
    this.index.addAll(documents);
  }

  /** The lake of the installed `@couler/dsl` and the repository's examples. */
  static create(ts: typeof TypeScript): CodeLake {
    const reference = readDslApiReference(ts);
    return new CodeLake([...EXAMPLE_DOCUMENTS, ...reference.documents], reference.exports);
  }

  /**
   * The `limit` documents that match `query` best, best first: by BM25 (any of its words), or,
   * given `vectors`, by reciprocal rank fusion of the BM25 ranking and the ranking by cosine
   * similarity to the query, so a document worded differently from the query can still be found.
   */
  search(query: string, limit: number, vectors?: CodeLakeVectors): CodeLakeHit[] {
    const bm25 = this.index.search(query, { combineWith: 'OR' });
    if (!vectors) return bm25.slice(0, limit).map((result) => ({ document: this.byId.get(String(result.id))!, score: result.score }));
    const similar = this.documents
      .map((document) => ({ id: document.id, similarity: cosineSimilarity(vectors.query, vectors.documents.get(document.id) ?? []) }))
      .sort((a, b) => b.similarity - a.similarity);
    const rankings = [bm25.slice(0, FUSION_DEPTH).map((result) => String(result.id)), similar.slice(0, FUSION_DEPTH).map((entry) => entry.id)];
    return reciprocalRankFusion(rankings)
      .slice(0, limit)
      .map(({ id, score }) => ({ document: this.byId.get(id)!, score }));
  }

  /** What of a document is embedded: its title and the head of its text. */
  static embeddingText(document: CodeLakeDocument): string {
    return `${document.title}\n${document.text.slice(0, EMBEDDED_CHARS)}`;
  }
}

/**
 * Words of code and prose alike: `createParameterArtifact` also gives `create`, `parameter`,
 * `artifact`, so a subtask that asks for "a parameter artifact" finds it.
 */
export function tokenizeCode(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z0-9]*|[0-9]+/g) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    tokens.push(word);
    const parts = word.split(/(?<=[a-z0-9])(?=[A-Z])/);
    if (parts.length > 1) tokens.push(...parts);
  }
  return tokens;
}
