import { afterEach, describe, expect, it } from 'vitest';
import { bagOfWordsVectors, EMBEDDINGS_REFUSALS, startChatCompletionsServer, type ChatCompletionsServer, type ChatCompletionsServerOptions } from '../test/support/index';
import { createLlmClient, type LlmClientOptions } from './llm-client';
import type { LlmEvent } from './llm-messages';
import { LLM_DEFAULTS, type LlmConfig } from './llm-settings';
import { formatUsage } from './token-usage';

let server: ChatCompletionsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(serverOptions: ChatCompletionsServerOptions, config: Partial<LlmConfig> = {}, options: LlmClientOptions = {}) {
  server = await startChatCompletionsServer(serverOptions);
  const events: LlmEvent[] = [];
  const waits: number[] = [];
  const client = createLlmClient(
    { ...LLM_DEFAULTS, baseUrl: server.baseUrl, model: 'test-model', ...config },
    { onEvent: (event) => events.push(event), sleep: async (milliseconds) => void waits.push(milliseconds), ...options },
  );
  return { client, events, waits, server };
}

const ask = [{ role: 'user' as const, content: 'Say hi.' }];

describe('LlmClient.complete', () => {
  it('sends the chat to the endpoint and returns the answer with its usage, summed over requests with the cost', async () => {
    const { client, server } = await clientFor(
      { answers: [{ content: 'hi', usage: { prompt_tokens: 1000, completion_tokens: 500 } }, { content: 'again', usage: { prompt_tokens: 3000, completion_tokens: 1500 } }], apiKey: 'sk-test' },
      { apiKey: 'sk-test', temperature: 0.2, prices: { inputPerMillionTokens: 2.5, outputPerMillionTokens: 10 } },
    );
    const first = await client.complete({ messages: ask });
    await client.complete({ messages: ask, temperature: 0.7, maxTokens: 50 });
    expect(first).toMatchObject({ text: 'hi', finishReason: 'stop', model: 'test-model', usage: { promptTokens: 1000, completionTokens: 500, totalTokens: 1500 } });
    expect(server.requests.map((request) => [request.authorization, request.body.model, request.body.temperature, request.body.max_tokens])).toEqual([
      ['Bearer sk-test', 'test-model', 0.2, undefined],
      ['Bearer sk-test', 'test-model', 0.7, 50],
    ]);
    expect(client.usage).toEqual({ promptTokens: 4000, completionTokens: 2000, totalTokens: 6000, requests: 2, cost: 0.03, currency: 'USD' });
  });

  it('streams over server-sent events when asked, handing each piece over as it arrives', async () => {
    const { client, server } = await clientFor({ answers: ['{"epochs": [0.5, 0.7, 0.81], "final": 0.81}'] });
    const pieces: string[] = [];
    const answer = await client.complete({ messages: ask, onText: (piece) => pieces.push(piece) });
    expect(answer.text).toBe('{"epochs": [0.5, 0.7, 0.81], "final": 0.81}');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(answer.text);
    expect(answer.usage.totalTokens).toBeGreaterThan(0);
    expect(server.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('retries 429 and 5xx, waiting as long as Retry-After says, else backing off', async () => {
    const { client, events, waits, server } = await clientFor({ answers: [{ status: 429, retryAfter: 2 }, { status: 503 }, { status: 500 }, 'finally'] });
    expect((await client.complete({ messages: ask })).text).toBe('finally');
    expect(server.requests).toHaveLength(4);
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThanOrEqual(750);
    expect(waits[1]).toBeLessThanOrEqual(1000);
    expect(waits[2]).toBeGreaterThanOrEqual(1500);
    expect(events.filter((event) => event.type === 'retry').map((event) => event.type === 'retry' && event.reason)).toEqual(['rate limited (429)', 'HTTP 503', 'HTTP 500']);
  });

  it('waits for real between retries by default', async () => {
    const { client, server } = await clientFor({ answers: [{ status: 429, headers: { 'retry-after-ms': '30' } }, 'ok'] }, {}, { sleep: undefined });
    expect((await client.complete({ messages: ask })).text).toBe('ok');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries, or at once when Retry-After is longer than it may wait, and says what to do', async () => {
    const failing = await clientFor({ answers: () => ({ status: 500, message: 'model crashed' }) }, { maxRetries: 2 });
    await expect(failing.client.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_REQUEST_FAILED', message: expect.stringMatching(/answered HTTP 500: model crashed \(gave up after 2 retries\)\.$/) });
    expect(failing.server.requests).toHaveLength(3);
    await failing.server.close();
    const patient = await clientFor({ answers: () => ({ status: 429, retryAfter: 3600 }) });
    await expect(patient.client.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_REQUEST_FAILED', message: expect.stringContaining('asks to wait 3600 s'), hint: expect.stringContaining('lower concurrency') });
    expect(patient.server.requests).toHaveLength(1);
  });

  it('turns refusals into errors naming the setting to fix', async () => {
    const keyed = await clientFor({ apiKey: 'right' }, { apiKey: 'wrong' });
    await expect(keyed.client.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_AUTH_FAILED', hint: expect.stringContaining('COULER_LLM_API_KEY') });
    await keyed.server.close();
    const models = await clientFor({ models: ['llama3.1:8b'] });
    await expect(models.client.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_REQUEST_FAILED', message: expect.stringContaining('no chat completions for model "test-model"'), hint: expect.stringContaining('COULER_LLM_MODEL') });
  });

  it('reports an endpoint that is not there, or too slow, as unreachable', async () => {
    const { server } = await clientFor({});
    const url = server.baseUrl;
    await server.close();
    const gone = createLlmClient({ ...LLM_DEFAULTS, baseUrl: url, model: 'm', maxRetries: 1 }, { sleep: async () => {} });
    await expect(gone.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_UNREACHABLE', message: expect.stringContaining(url), hint: expect.stringContaining('COULER_LLM_BASE_URL') });
    const slow = await clientFor({ answers: () => ({ delayMs: 2000, answer: 'late' }) }, { timeoutMs: 100, maxRetries: 1 });
    await expect(slow.client.complete({ messages: ask })).rejects.toMatchObject({ code: 'LLM_UNREACHABLE', message: expect.stringContaining('did not answer within 100 ms') });
  });

  it('retries a body that is not JSON or is cut off in transit', async () => {
    const { client, server } = await clientFor({ answers: [{ malformedBody: '{"choices": [' }, { truncate: 'a long answer that will not arrive whole' }, 'whole'] });
    expect((await client.complete({ messages: ask })).text).toBe('whole');
    expect(server.requests).toHaveLength(3);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { client, server } = await clientFor({ answers: () => ({ delayMs: 40, answer: 'done' }) }, { concurrency: 2 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.complete({ messages: ask })));
    expect(answers.map((answer) => answer.text)).toEqual(Array(6).fill('done'));
    expect(server.maxConcurrent).toBe(2);
  });
});

// Each text `t<n>` becomes [n, 1]: which vector answers which text shows at a glance.
const numbered = (text: string) => [Number(text.slice(1)), 1];

describe('LlmClient.embed', () => {
  const embeddingClientFor = (serverOptions: ChatCompletionsServerOptions, config: Partial<LlmConfig> = {}) => clientFor(serverOptions, { embeddingModel: 'embed-model', ...config });

  it('embeds with the embedding model, in order, in batches of 64 within the concurrency limit, and counts the tokens apart', async () => {
    const { client, server } = await embeddingClientFor(
      { embeddings: { vectorize: numbered, tokensPerInput: 10, answers: [{ delayMs: 30, answer: 'vectors' }] } },
      { concurrency: 2, prices: { inputPerMillionTokens: 1, outputPerMillionTokens: 2, embeddingPerMillionTokens: 1000 } },
    );
    const texts = Array.from({ length: 70 }, (_, index) => `t${index}`);
    const embedded = await client.embed(texts);
    expect(embedded.vectors).toEqual(texts.map(numbered));
    expect(embedded).toMatchObject({ tokens: 700, model: 'embed-model' });
    expect(server.embeddingRequests.map((request) => [request.body.model, request.body.encoding_format, (request.body.input as string[]).length])).toEqual([
      ['embed-model', 'float', 64],
      ['embed-model', 'float', 6],
    ]);
    expect(server.maxConcurrent).toBe(2);
    expect(server.requests).toHaveLength(0);
    expect(client.usage).toEqual({ promptTokens: 0, completionTokens: 0, totalTokens: 0, requests: 2, embeddingTokens: 700, cost: 0.7, currency: 'USD' });
    expect(formatUsage(client.usage)).toBe('0 prompt + 0 completion + 700 embedding tokens in 2 requests, 0.7000 USD');
  });

  it('retries 429 and 5xx as chat does, and reports a failure through every retry as a request failure', async () => {
    const { client, server, waits } = await embeddingClientFor({ embeddings: { answers: [{ status: 429, retryAfter: 1 }, { status: 503 }] } });
    expect((await client.embed(['load the table'])).vectors).toHaveLength(1);
    expect(server.embeddingRequests).toHaveLength(3);
    expect(waits[0]).toBe(1000);
    await server.close();
    const failing = await embeddingClientFor({ embeddings: { answers: Array(3).fill({ status: 500, message: 'out of memory' }) } }, { maxRetries: 2 });
    await expect(failing.client.embed(['x'])).rejects.toMatchObject({ code: 'LLM_REQUEST_FAILED', message: expect.stringMatching(/HTTP 500: out of memory \(gave up after 2 retries\)/) });
    expect(failing.client.embeddingsAvailable).toBe(true);
  });

  it.each(Object.keys(EMBEDDINGS_REFUSALS) as Array<keyof typeof EMBEDDINGS_REFUSALS>)('takes a %s server refusing /embeddings as "unavailable", at once and for good', async (refuse) => {
    const { client, server } = await embeddingClientFor({ embeddings: { refuse } });
    const refusal = { code: 'LLM_EMBEDDINGS_UNAVAILABLE', message: expect.stringContaining(`does not embed text with model "embed-model" (HTTP ${EMBEDDINGS_REFUSALS[refuse].status} on /embeddings)`), hint: expect.stringContaining('COULER_LLM_EMBEDDING_MODEL') };
    await expect(client.embed(['a'])).rejects.toMatchObject(refusal);
    await expect(client.embed(['b'])).rejects.toMatchObject(refusal);
    expect(server.embeddingRequests).toHaveLength(1);
    expect(client.embeddingsAvailable).toBe(false);
  });

  it('takes a server without the route, or an embedding model it does not have, as unavailable; a 400 about the input is not', async () => {
    const routeless = await embeddingClientFor({});
    await expect(routeless.client.embed(['a'])).rejects.toMatchObject({ code: 'LLM_EMBEDDINGS_UNAVAILABLE', message: expect.stringContaining('HTTP 404') });
    await routeless.server.close();
    const unknown = await embeddingClientFor({ models: ['test-model'], embeddings: {} });
    await expect(unknown.client.embed(['a'])).rejects.toMatchObject({ code: 'LLM_EMBEDDINGS_UNAVAILABLE', message: expect.stringContaining('The model `embed-model` does not exist') });
    await unknown.server.close();
    const tooLong = await embeddingClientFor({ embeddings: { answers: [{ status: 400, message: "This model's maximum context length is 8192 tokens, however you requested 9000 tokens." }] } });
    await expect(tooLong.client.embed(['a'])).rejects.toMatchObject({ code: 'LLM_REQUEST_FAILED', message: expect.stringContaining('maximum context length') });
    expect(tooLong.client.embeddingsAvailable).toBe(true);
  });

  it('is unavailable without asking when no embedding model is configured', async () => {
    const { client, server } = await clientFor({ embeddings: {} });
    expect(client.embeddingsAvailable).toBe(false);
    await expect(client.embed(['a'])).rejects.toMatchObject({ code: 'LLM_EMBEDDINGS_UNAVAILABLE', message: 'No embedding model is configured.', hint: expect.stringContaining('nomic-embed-text') });
    expect(server.embeddingRequests).toHaveLength(0);
  });

  it('refuses blank texts before asking, and answers with missing or uneven vectors after', async () => {
    const { client, server } = await embeddingClientFor({ embeddings: { answers: [{ vectors: [[1, 0]] }, { vectors: [[1, 0], [1, 0, 0]] }, { vectors: [[1, Number.NaN]] }] } });
    await expect(client.embed(['fine', ' \n'])).rejects.toMatchObject({ code: 'INVALID_FIELD', message: 'Text 2 of 2 to embed is blank.', path: ['texts', 1] });
    expect(server.embeddingRequests).toHaveLength(0);
    await expect(client.embed(['a', 'b'])).rejects.toMatchObject({ code: 'LLM_INVALID_ANSWER', message: expect.stringContaining('1 vectors for 2 texts (none for text 2)') });
    await expect(client.embed(['a', 'b'])).rejects.toMatchObject({ code: 'LLM_INVALID_ANSWER', message: expect.stringContaining('text 1 has 2 dimensions, text 2 3') });
    await expect(client.embed(['a'])).rejects.toMatchObject({ code: 'LLM_INVALID_ANSWER', message: expect.stringContaining('not a new vector of finite numbers') });
    expect(await client.embed([])).toMatchObject({ vectors: [], tokens: 0 });
  });
});

describe('the loopback server /v1/embeddings', () => {
  it('speaks base64 as the OpenAI SDK asks by default: little-endian float32', async () => {
    server = await startChatCompletionsServer({ embeddings: { vectorize: () => [0.5, -2, 3.25] } });
    const answer = await fetch(`${server.baseUrl}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', input: 'x', encoding_format: 'base64' }) });
    const { data } = (await answer.json()) as { data: Array<{ embedding: string }> };
    expect([...new Float32Array(new Uint8Array(Buffer.from(data[0]!.embedding, 'base64')).buffer)]).toEqual([0.5, -2, 3.25]);
  });

  it('bag of words: texts sharing words or synonyms point alike, others apart', () => {
    const vectorize = bagOfWordsVectors({ synonyms: { repeat: ['again', 'loop'] } });
    const cosine = (a: string, b: string) => vectorize(a).reduce((sum, value, index) => sum + value * vectorize(b)[index]!, 0);
    expect(cosine('repeat the flip', 'loop over the flip again')).toBeGreaterThan(0.8);
    expect(cosine('repeat the flip', 'store results in a bucket')).toBeLessThan(0.2);
    expect(vectorize('execWhile')).toEqual(vectorize('exec while'));
  });
});
