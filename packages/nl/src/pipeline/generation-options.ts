import type { LlmClient } from '@couler/llm';

/** What the pipeline reports as it works, for progress views (`couler generate`) and logs. */
export type NlProgressEvent =
  | { readonly type: 'decomposed'; readonly subtasks: ReadonlyArray<{ readonly id: string; readonly title: string }> }
  /**
   * How the code lake is searched, said once per generation before the first `retrieved`:
   * `hybrid` (BM25 and embeddings, fused) when the endpoint embeds, else `bm25` with the reason.
   */
  | { readonly type: 'retrieval'; readonly mode: 'hybrid'; readonly embeddingModel: string; readonly documents: number }
  | { readonly type: 'retrieval'; readonly mode: 'bm25'; readonly reason: string }
  | { readonly type: 'retrieved'; readonly subtask: string; readonly documents: ReadonlyArray<string> }
  | { readonly type: 'checked'; readonly subtask: string; readonly attempt: number; readonly ok: boolean; readonly problems: ReadonlyArray<string> }
  | { readonly type: 'scored'; readonly subtask: string; readonly score: number; readonly baselineScore: number; readonly critique: string }
  | { readonly type: 'assembled'; readonly steps: number };

export interface NlGenerateOptions {
  readonly llm: LlmClient;
  /**
   * S_b of Algorithm 1: code the model scores below this is regenerated with its critique
   * (default 0.8). Lower it when a description asks for more than the model can reach.
   */
  readonly baselineScore?: number;
  /** Regenerations for a score below S_b, per subtask (default 2); then the best-scored code is kept. */
  readonly maxCalibrations?: number;
  /** Answers that fail the hard checks, per subtask, before generation gives up (default 4). */
  readonly maxCheckFailures?: number;
  /**
   * Code-lake documents per prompt (default 4). They are found by BM25 fused with the cosine
   * similarity of `llm.embed` when the client has an embedding model the endpoint serves.
   */
  readonly references?: number;
  /** Sampling temperature of the plan and the code (default: the client's); scoring keeps the client's. */
  readonly temperature?: number;
  readonly onProgress?: (event: NlProgressEvent) => void;
  readonly signal?: AbortSignal;
}

export const NL_DEFAULTS = { baselineScore: 0.8, maxCalibrations: 2, maxCheckFailures: 4, references: 4 } as const;
