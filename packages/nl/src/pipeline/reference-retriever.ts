import { CoulerError } from '@couler/ir';
import { CodeLake, type CodeLakeHit } from '../code-lake/code-lake';
import { embedWithCache } from '../code-lake/embedding-cache';
import { NL_DEFAULTS, type NlGenerateOptions } from './generation-options';

/**
 * Retrieval from the code lake for one generation (Algorithm 1, lines 3–4): hybrid — BM25 and
 * the embedding model's cosine similarity fused by reciprocal rank — when the endpoint embeds,
 * else BM25 alone. Which of the two is said once, in a `retrieval` progress event.
 */
export class ReferenceRetriever {
  private lakeVectors: Promise<ReadonlyMap<string, ReadonlyArray<number>> | undefined> | undefined;
  private fellBack = false;

  constructor(
    private readonly lake: CodeLake,
    private readonly options: NlGenerateOptions,
  ) {}

  /**
   * The references for `query`, best first.
   * @throws the `LLM_*` errors of embedding other than `LLM_EMBEDDINGS_UNAVAILABLE`, which falls back to BM25.
   */
  async retrieve(query: string): Promise<CodeLakeHit[]> {
    const limit = this.options.references ?? NL_DEFAULTS.references;
    this.lakeVectors ??= this.embedLake();
    const documents = await this.lakeVectors;
    if (!documents) return this.lake.search(query, limit);
    const vector = await this.embed([query]);
    return vector ? this.lake.search(query, limit, { query: vector[0]!, documents }) : this.lake.search(query, limit);
  }

  private async embedLake(): Promise<ReadonlyMap<string, ReadonlyArray<number>> | undefined> {
    const { llm, onProgress } = this.options;
    const vectors = await this.embed(this.lake.documents.map(CodeLake.embeddingText));
    if (!vectors) return undefined;
    onProgress?.({ type: 'retrieval', mode: 'hybrid', embeddingModel: llm.config.embeddingModel!, documents: vectors.length });
    return new Map(this.lake.documents.map((document, index) => [document.id, vectors[index]!]));
  }

  /** The vectors, or undefined when the endpoint does not embed: then BM25 alone, said once. */
  private async embed(texts: ReadonlyArray<string>): Promise<Array<ReadonlyArray<number>> | undefined> {
    try {
      return await embedWithCache(this.options.llm, texts, this.options.signal);
    } catch (error) {
      if (!CoulerError.isInstance(error) || error.code !== 'LLM_EMBEDDINGS_UNAVAILABLE') throw error;
      if (!this.fellBack) this.options.onProgress?.({ type: 'retrieval', mode: 'bm25', reason: error.message });
      this.fellBack = true;
      // A refusal after the lake was embedded leaves the rest of this generation to BM25 too.
      this.lakeVectors = Promise.resolve(undefined);
      return undefined;
    }
  }
}
