import { afterEach, describe, expect, it } from 'vitest';
import { startChatCompletionsServer, type ChatCompletionsServer, type ChatCompletionsServerOptions } from '../test/support/index';
import { createLlmClient, type LlmClientOptions } from './llm-client';
import type { LlmEvent } from './llm-messages';
import { LLM_DEFAULTS, type LlmConfig } from './llm-settings';

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
