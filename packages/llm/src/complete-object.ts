import { CoulerError } from '@couler/ir';
import { z } from 'zod';
import type { LlmClient, ResponseFormat } from './llm-client';
import type { LlmCompletionRequest, LlmMessage } from './llm-messages';
import { parseJsonAnswer } from './parse-json-answer';
import { addUsage, NO_USAGE, type TokenUsage } from './token-usage';

export interface LlmObjectRequest<T> extends LlmCompletionRequest {
  /** The shape of the answer. Its JSON Schema goes into `response_format` and the prompt. */
  readonly schema: z.ZodType<T>;
  /** Names the schema for the endpoint: letters, digits, `_`, `-`. */
  readonly schemaName: string;
  /** Default: the client's `maxRepairs`. */
  readonly maxRepairs?: number;
}

export interface LlmObjectResult<T> {
  readonly object: T;
  /** The text the object was read from. */
  readonly text: string;
  /** Summed over every attempt. */
  readonly usage: TokenUsage;
  /** 1 when the first answer was good. */
  readonly attempts: number;
  /** Why each earlier answer was sent back. */
  readonly problems: ReadonlyArray<string>;
}

/**
 * Asks for a JSON answer matching `schema`: structured output where the endpoint offers it,
 * else the schema in the prompt. An answer that does not parse or match (after `jsonrepair`)
 * goes back to the model with what is wrong, up to `maxRepairs` times.
 * @throws CoulerError `LLM_INVALID_ANSWER` when no answer matches, with the last problem.
 */
export async function completeObject<T>(client: LlmClient, request: LlmObjectRequest<T>): Promise<LlmObjectResult<T>> {
  const schema = z.toJSONSchema(request.schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  const format: ResponseFormat = { type: 'json_schema', json_schema: { name: request.schemaName, schema, strict: false } };
  const messages: LlmMessage[] = withSchemaInstruction(request.messages, schema);
  const maxRepairs = request.maxRepairs ?? client.config.maxRepairs;
  const problems: string[] = [];
  let usage = NO_USAGE;
  for (let attempt = 1; ; attempt += 1) {
    const answer = await client.send({ ...request, messages }, format);
    usage = addUsage(usage, answer.usage);
    const parsed = parseJsonAnswer(answer.text, request.schema);
    if (parsed.ok) return { object: parsed.value, text: answer.text, usage, attempts: attempt, problems };
    const problem = answer.finishReason === 'length' || answer.finishReason === 'truncated' ? `${parsed.problem}; the answer was cut off (${answer.finishReason})` : parsed.problem;
    problems.push(problem);
    if (attempt > maxRepairs) {
      throw new CoulerError('LLM_INVALID_ANSWER', `The model ${client.config.model} gave no usable "${request.schemaName}" answer in ${attempt} attempt${attempt === 1 ? '' : 's'}: ${problem}.`, {
        hint: `The last answer began: ${JSON.stringify(answer.text.slice(0, 200))}. A larger model, a lower temperature or maxRepairs in the LLM config may help.`,
      });
    }
    client.emit({ type: 'repair', attempt, problem });
    // Repairs go on from the last answer, in the conversation, so the model sees what it wrote.
    messages.push({ role: 'assistant', content: answer.text }, { role: 'user', content: `That answer cannot be used: ${problem}. Reply again with only the corrected JSON value, nothing else.` });
  }
}

function withSchemaInstruction(messages: ReadonlyArray<LlmMessage>, schema: Record<string, unknown>): LlmMessage[] {
  const instruction = `Answer with only one JSON value, no prose and no code fence, matching this JSON Schema:\n${JSON.stringify(schema)}`;
  return [...messages, { role: 'user', content: instruction }];
}
