import { CoulerError } from '@couler/ir';
import { APIError } from 'openai';
import type { CreateEmbeddingResponse } from 'openai/resources/embeddings';
import { LLM_ENV } from './resolve-llm-config';
import { apiMessage } from './to-llm-error';

/** Vectors of texts, in the order of the texts, from one embedding model. */
export interface LlmEmbeddings {
  /** One vector per text, all of one length. */
  readonly vectors: ReadonlyArray<ReadonlyArray<number>>;
  /** Tokens the endpoint counted, over every request. */
  readonly tokens: number;
  /** The embedding model, as the endpoint names it. */
  readonly model: string;
}

export interface LlmEmbeddingOptions {
  readonly signal?: AbortSignal;
}

/** What to tell a user whose endpoint does not embed; every such outcome leaves retrieval to BM25. */
export const EMBEDDING_SETUP_HINT =
  `Set ${LLM_ENV.embeddingModel} (or embeddingModel in the LLM config) to an embedding model the endpoint serves: text-embedding-3-small on OpenAI, ` +
  'nomic-embed-text on Ollama (ollama pull nomic-embed-text), or the model of a llama.cpp server started with --embeddings. Without it, retrieval uses BM25 alone.';

// 404: no /embeddings route or no such model; 405: the route takes no POST; 501: llama.cpp's
// server (and Ollama on it) without --embeddings.
const REFUSAL_STATUSES = new Set([404, 405, 501]);
// The same refusal with another status: Ollama answers 400 or 500 "this model does not support
// embeddings", vLLM 400 "The model does not support Embeddings API", Azure 400 "The embeddings
// operation does not work with the specified model". A 400 about the input stays a failure.
const REFUSAL_MESSAGE = /(does not|doesn't|do not|not) (support|work|serve)[^.]*embedding|embeddings?[^.]*(not supported|unsupported|not enabled|does not work)|not an embedding model/i;

/** `LLM_EMBEDDINGS_UNAVAILABLE` when `error` is the endpoint refusing to embed, else undefined (a failure to report or retry). */
export function embeddingsRefusal(error: unknown, endpoint: { baseUrl: string }, model: string): CoulerError | undefined {
  if (!(error instanceof APIError) || error.status === undefined) return undefined;
  const detail = apiMessage(error);
  if (!REFUSAL_STATUSES.has(error.status) && !REFUSAL_MESSAGE.test(detail)) return undefined;
  return new CoulerError('LLM_EMBEDDINGS_UNAVAILABLE', `The LLM endpoint ${endpoint.baseUrl} does not embed text with model "${model}" (HTTP ${error.status} on /embeddings)${detail}.`, {
    hint: EMBEDDING_SETUP_HINT,
    cause: error,
  });
}

export function noEmbeddingModelError(): CoulerError {
  return new CoulerError('LLM_EMBEDDINGS_UNAVAILABLE', 'No embedding model is configured.', { hint: EMBEDDING_SETUP_HINT });
}

/** The texts to embed, or INVALID_FIELD naming the first that is not a non-empty string (endpoints refuse empty input). */
export function checkEmbeddingTexts(texts: unknown): ReadonlyArray<string> {
  if (!Array.isArray(texts)) throw new CoulerError('INVALID_FIELD', `embed takes an array of strings; got ${typeof texts}.`, { path: ['texts'] });
  const bad = texts.findIndex((text) => typeof text !== 'string' || text.trim() === '');
  if (bad >= 0) {
    throw new CoulerError('INVALID_FIELD', `Text ${bad + 1} of ${texts.length} to embed is ${typeof texts[bad] === 'string' ? 'blank' : `not a string (${typeof texts[bad]})`}.`, {
      path: ['texts', bad],
      hint: 'Leave blank texts out: embedding endpoints refuse empty input.',
    });
  }
  return texts as ReadonlyArray<string>;
}

/**
 * The vectors of one `/embeddings` answer in the order of its `count` inputs (the wire format
 * numbers them by `index`), or LLM_INVALID_ANSWER when any is missing, repeated or not numbers.
 */
export function readEmbeddingAnswer(answer: CreateEmbeddingResponse, count: number, where: string): number[][] {
  const vectors: Array<number[] | undefined> = new Array(count).fill(undefined);
  for (const [position, item] of (Array.isArray(answer?.data) ? answer.data : []).entries()) {
    const index = typeof item?.index === 'number' ? item.index : position;
    const vector = item?.embedding as unknown;
    if (index < 0 || index >= count || vectors[index] !== undefined || !Array.isArray(vector) || vector.length === 0 || !vector.every((value) => typeof value === 'number' && Number.isFinite(value))) {
      throw invalidEmbeddings(where, `item ${position} (index ${index}) is not a new vector of finite numbers for one of the ${count} texts`);
    }
    vectors[index] = vector as number[];
  }
  const missing = vectors.indexOf(undefined);
  if (missing >= 0) throw invalidEmbeddings(where, `it holds ${vectors.filter(Boolean).length} vectors for ${count} texts (none for text ${missing + 1})`);
  return vectors as number[][];
}

export function invalidEmbeddings(where: string, problem: string): CoulerError {
  return new CoulerError('LLM_INVALID_ANSWER', `The /embeddings answer of ${where} cannot be used: ${problem}.`, {
    hint: 'The endpoint may not speak the OpenAI embeddings format; check the base URL and the embedding model.',
  });
}
