import { CoulerError } from '@couler/ir';
import { bagOfWordsVectors } from '@couler/llm/test';
import ts from 'typescript';
import { afterEach, describe, expect, test } from 'vitest';
import { CodeLake, generateWorkflow, ReferenceRetriever, reciprocalRankFusion, tokenizeCode, type NlProgressEvent } from '../src/index';
import { COMPARE_MODELS, IMAGE_CLASSIFICATION_DESCRIPTION, IMAGE_CLASSIFICATION_PLAN, LOAD_DATA, SELECT_MODEL, TRAIN_MODELS } from './support/image-classification-script';
import { startScriptedLlm, type ModelScript, type ScriptedLlm } from './support/scripted-llm';

const lake = CodeLake.create(ts);
// The stand-in model knows that Amazon and AWS mean S3, and a deliverable an artifact (which tells
// the S3 artifact from the S3 sources of datasets).
const vectorize = bagOfWordsVectors({ synonyms: { s3: ['amazon', 'aws'], artifact: ['deliverable'] } });
// A paraphrase: not one word of it is in the S3 artifact's document.
const PARAPHRASE = 'upload a deliverable to Amazon AWS by cron';
const TARGET = 'api:createS3Artifact';

let scripted: ScriptedLlm | undefined;
afterEach(async () => {
  await scripted?.server.close();
  scripted = undefined;
});

async function start(embeddings: ModelScript['embeddings'], script: Partial<ModelScript> = {}): Promise<ScriptedLlm> {
  scripted = await startScriptedLlm({ plan: IMAGE_CLASSIFICATION_PLAN, ...script, ...(embeddings && { embeddings }) });
  return scripted;
}

function retrieverFor(llm: ScriptedLlm['llm'], events: NlProgressEvent[] = []): ReferenceRetriever {
  return new ReferenceRetriever(lake, { llm, onProgress: (event) => events.push(event) });
}

const ids = (hits: ReadonlyArray<{ document: { id: string } }>) => hits.map((hit) => hit.document.id);

describe('hybrid retrieval from the code lake, against a real embeddings endpoint', () => {
  test('finds by meaning what BM25 misses when the query shares no word with it', async () => {
    const target = lake.documents.find((document) => document.id === TARGET)!;
    const words = new Set(tokenizeCode(CodeLake.embeddingText(target)).map((word) => word.toLowerCase()));
    expect(tokenizeCode(PARAPHRASE).filter((word) => words.has(word.toLowerCase()))).toEqual([]);
    expect(ids(lake.search(PARAPHRASE, 4))).not.toContain(TARGET);

    const { llm, server } = await start({ vectorize });
    const events: NlProgressEvent[] = [];
    const hits = await retrieverFor(llm, events).retrieve(PARAPHRASE);
    // The embeddings bring what BM25 missed, and the fusion keeps BM25's best as well.
    expect(ids(hits)).toContain(TARGET);
    expect(ids(hits)).toContain(ids(lake.search(PARAPHRASE, 4))[0]);
    expect(events).toEqual([{ type: 'retrieval', mode: 'hybrid', embeddingModel: 'scripted-embedder', documents: lake.documents.length }]);
    // The lake in batches of 64 (the last one holds the rest), then the query.
    const batches = Array.from({ length: Math.ceil(lake.documents.length / 64) }, (_, index) => Math.min(64, lake.documents.length - index * 64));
    expect(batches.length).toBeGreaterThan(1);
    expect(server.embeddingRequests.map((request) => (request.body.input as string[]).length)).toEqual([...batches, 1]);
    expect(llm.usage.embeddingTokens).toBeGreaterThan(0);
  });

  test('embeds the lake once per process: a second generation asks only for queries it has not seen', async () => {
    const { llm, server } = await start({ vectorize });
    await retrieverFor(llm).retrieve(PARAPHRASE);
    const asked = server.embeddingRequests.length;
    const again = retrieverFor(llm);
    expect(ids(await again.retrieve(PARAPHRASE))).toContain(TARGET);
    expect(server.embeddingRequests).toHaveLength(asked);
    await again.retrieve('train a model on the penguins table');
    expect(server.embeddingRequests.slice(asked).map((request) => request.body.input)).toEqual([['train a model on the penguins table']]);
  });

  test('falls back to BM25 alone when the endpoint refuses to embed, saying so once', async () => {
    const { llm, server } = await start({ refuse: 'llama.cpp' });
    const events: NlProgressEvent[] = [];
    const retriever = retrieverFor(llm, events);
    expect(ids(await retriever.retrieve(PARAPHRASE))).toEqual(ids(lake.search(PARAPHRASE, 4)));
    expect(ids(await retriever.retrieve('repeat flipping a coin'))).toEqual(ids(lake.search('repeat flipping a coin', 4)));
    expect(events).toEqual([{ type: 'retrieval', mode: 'bm25', reason: expect.stringContaining('does not embed text with model "scripted-embedder" (HTTP 501 on /embeddings)') }]);
    expect(server.embeddingRequests).toHaveLength(1);
  });

  test('uses BM25 alone, asking nothing, when no embedding model is configured', async () => {
    const { llm, server } = await start(undefined);
    const events: NlProgressEvent[] = [];
    await retrieverFor(llm, events).retrieve(PARAPHRASE);
    expect(events).toEqual([{ type: 'retrieval', mode: 'bm25', reason: 'No embedding model is configured.' }]);
    expect(server.embeddingRequests).toHaveLength(0);
  });

  test('an embeddings endpoint that fails is an error, not a silent fallback', async () => {
    // Every batch of the lake fails through its 4 retries: 5 requests a batch.
    const batchCount = Math.ceil(lake.documents.length / 64);
    const { llm, server } = await start({ answers: Array(5 * batchCount).fill({ status: 503, message: 'embedder overloaded' }) });
    const failure = await retrieverFor(llm).retrieve(PARAPHRASE).catch((error: unknown) => error);
    expect(CoulerError.isInstance(failure) && [failure.code, failure.message]).toEqual(['LLM_REQUEST_FAILED', expect.stringContaining('HTTP 503: embedder overloaded (gave up after 4 retries)')]);
    expect(server.embeddingRequests.length).toBeGreaterThanOrEqual(5);
    expect(llm.embeddingsAvailable).toBe(true);
  });

  test('generateWorkflow retrieves with embeddings and says so once, before the first references', async () => {
    const { llm } = await start({ vectorize }, { code: { 'load-data': [LOAD_DATA], 'train-models': [TRAIN_MODELS], 'compare-models': [COMPARE_MODELS], 'select-model': [SELECT_MODEL] } });
    const events: NlProgressEvent[] = [];
    await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm, onProgress: (event) => events.push(event) });
    const kinds = events.map((event) => event.type);
    expect(kinds.filter((kind) => kind === 'retrieval')).toHaveLength(1);
    expect(kinds.indexOf('retrieval')).toBeLessThan(kinds.indexOf('retrieved'));
    expect(events.find((event) => event.type === 'retrieval')).toMatchObject({ mode: 'hybrid' });
    expect(events.filter((event) => event.type === 'retrieved')).toHaveLength(4);
  });
});

describe('reciprocal rank fusion', () => {
  test('ranks first what is high in both lists, then what one list puts first', () => {
    expect(reciprocalRankFusion([['a', 'b', 'c'], ['b', 'c', 'd']]).map((entry) => entry.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(reciprocalRankFusion([['a'], []])[0]!.score).toBeCloseTo(1 / 61);
  });
});
