import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startChatCompletionsServer, type ChatCompletionsServer, type ChatCompletionsServerOptions } from '../test/support/index';
import { completeObject } from './complete-object';
import { createLlmClient } from './llm-client';
import type { LlmEvent } from './llm-messages';
import { LLM_DEFAULTS, type LlmConfig } from './llm-settings';

const TrainingLog = z.strictObject({ epochs: z.array(z.number()).min(1), final: z.number() });
const request = { messages: [{ role: 'user' as const, content: 'Predict the training log.' }], schema: TrainingLog, schemaName: 'training-log' };
const good = { epochs: [0.6, 0.8], final: 0.8 };

let server: ChatCompletionsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(serverOptions: ChatCompletionsServerOptions, config: Partial<LlmConfig> = {}) {
  server = await startChatCompletionsServer(serverOptions);
  const events: LlmEvent[] = [];
  const client = createLlmClient({ ...LLM_DEFAULTS, baseUrl: server.baseUrl, model: 'test-model', ...config }, { onEvent: (event) => events.push(event), sleep: async () => {} });
  return { client, events, server };
}

describe('completeObject', () => {
  it('asks for the schema as structured output and in the prompt, and returns the parsed object', async () => {
    const { client, server } = await clientFor({ answers: [JSON.stringify(good)] });
    const result = await completeObject(client, request);
    expect(result).toMatchObject({ object: good, attempts: 1, problems: [] });
    const sent = server.requests[0]!.body;
    expect(sent.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'training-log', schema: { type: 'object', required: ['epochs', 'final'] } } });
    expect(sent.messages!.at(-1)!.content).toContain('"epochs"');
  });

  it('falls back to the prompt alone, for good, when the endpoint refuses response_format', async () => {
    const { client, events, server } = await clientFor({ rejectResponseFormat: true, answers: (_, index) => (index === 0 ? 'unused' : JSON.stringify(good)) });
    expect((await completeObject(client, request)).object).toEqual(good);
    expect((await completeObject(client, request)).object).toEqual(good);
    expect(server.requests.map((sent) => sent.body.response_format?.type)).toEqual(['json_schema', undefined, undefined]);
    expect(client.structuredOutput).toBe('prompt');
    expect(events.filter((event) => event.type === 'structured-output-fallback')).toHaveLength(1);
  });

  it('reads JSON out of prose and fences, and mends what is almost JSON, without asking again', async () => {
    const { client } = await clientFor({ answers: ['Sure! Here it is:\n```json\n{"epochs": [0.5, 0.7], "final": 0.7}\n```\nGood luck.', "{'epochs': [0.5, 0.9,], 'final': 0.9}"] }, { structuredOutput: 'prompt' });
    expect((await completeObject(client, request)).object).toEqual({ epochs: [0.5, 0.7], final: 0.7 });
    expect(await completeObject(client, request)).toMatchObject({ object: { epochs: [0.5, 0.9], final: 0.9 }, attempts: 1 });
  });

  it('sends a wrong or cut-off answer back with what is wrong, in the same conversation', async () => {
    const { client, events, server } = await clientFor({ answers: ['{"epochs": [], "final": "high"}', { truncate: '{"epochs": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], "final": 0.8}' }, JSON.stringify(good)] }, { structuredOutput: 'json-schema' });
    const streamed: string[] = [];
    const result = await completeObject(client, { ...request, onText: (piece) => streamed.push(piece) });
    expect(result.object).toEqual(good);
    expect(result.attempts).toBe(3);
    expect(result.problems[0]).toMatch(/epochs: Too small.*final: Invalid input: expected number/);
    expect(result.problems[1]).toMatch(/cut off \(truncated\)/);
    const last = server.requests[2]!.body.messages!;
    expect(last.map((message) => message.role)).toEqual(['user', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(last[3]!.content).toContain('That answer cannot be used');
    expect(events.filter((event) => event.type === 'usage')).toHaveLength(3);
    expect(events.filter((event) => event.type === 'repair').map((event) => event.type === 'repair' && event.attempt)).toEqual([1, 2]);
    expect(result.usage.totalTokens).toBe(client.usage.totalTokens);
  });

  it('gives up after maxRepairs with the last problem and the start of the answer', async () => {
    const { client, server } = await clientFor({ answers: () => 'I cannot predict that.' }, { maxRepairs: 1 });
    await expect(completeObject(client, request)).rejects.toMatchObject({
      code: 'LLM_INVALID_ANSWER',
      message: 'The model test-model gave no usable "training-log" answer in 2 attempts: the answer holds no JSON value.',
      hint: expect.stringContaining('"I cannot predict that."'),
    });
    expect(server.requests).toHaveLength(2);
  });
});
