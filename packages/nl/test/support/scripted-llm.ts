import { createLlmClient, LLM_DEFAULTS, type LlmClient } from '@couler/llm';
import { startChatCompletionsServer, type ChatCompletionsServer, type EmbeddingsScript, type RecordedChatRequest, type ScriptedAnswer } from '@couler/llm/test';
import type { Decomposition } from '../../src/index';

/**
 * What a scripted model answers, by the prompt it gets: the plan, then per subtask its code
 * answers and its scores in order. A list that runs out repeats its last entry.
 */
export interface ModelScript {
  readonly plan: Decomposition | string;
  readonly code?: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly scores?: Readonly<Record<string, ReadonlyArray<{ score: number; critique?: string }>>>;
  readonly revisions?: ReadonlyArray<string>;
  /** Answers for the plain one-shot prompt of the pass@k baseline. */
  readonly plain?: ReadonlyArray<string>;
  /** Serve `/v1/embeddings` this way, and give the client the embedding model `scripted-embedder` (default: neither). */
  readonly embeddings?: EmbeddingsScript;
}

export type PromptKind = 'plan' | 'code' | 'score' | 'revise' | 'plain';

/** Which of the pipeline's prompts a request is, and for which subtask. */
export function classifyRequest(request: RecordedChatRequest): { kind: PromptKind; subtask?: string } {
  const firstUser = request.body.messages?.find((message) => message.role === 'user')?.content ?? '';
  const code = /Write the statements for subtask "([^"]+)"/.exec(firstUser);
  if (code) return { kind: 'code', subtask: code[1]! };
  const score = /^Subtask "([^"]+)"/m.exec(firstUser);
  if (score && firstUser.includes('Give "score"')) return { kind: 'score', subtask: score[1]! };
  if (firstUser.includes("The user's feedback")) return { kind: 'revise' };
  if (firstUser.startsWith('Write the workflow for this description')) return { kind: 'plain' };
  return { kind: 'plan' };
}

export interface ScriptedLlm {
  readonly llm: LlmClient;
  readonly server: ChatCompletionsServer;
  /** The requests of one kind (and subtask), in order. */
  requestsOf(kind: PromptKind, subtask?: string): RecordedChatRequest[];
}

/** A real loopback chat-completions server answering the pipeline's prompts from `script`, and a client of it. */
export async function startScriptedLlm(script: ModelScript): Promise<ScriptedLlm> {
  const served = new Map<string, number>();
  const next = (key: string, list: ReadonlyArray<string> | undefined): ScriptedAnswer => {
    if (!list || list.length === 0) return { status: 500, message: `the script has no answer for ${key}` };
    const index = served.get(key) ?? 0;
    served.set(key, index + 1);
    return list[Math.min(index, list.length - 1)]!;
  };
  const server = await startChatCompletionsServer({
    answers: (request) => {
      const { kind, subtask } = classifyRequest(request);
      if (kind === 'plan') return typeof script.plan === 'string' ? script.plan : JSON.stringify(script.plan);
      if (kind === 'code') return next(`code:${subtask}`, script.code?.[subtask!]);
      if (kind === 'score') return next(`score:${subtask}`, (script.scores?.[subtask!] ?? [{ score: 0.95, critique: '' }]).map((entry) => JSON.stringify(entry)));
      if (kind === 'revise') return next('revise', script.revisions);
      return next('plain', script.plain);
    },
    ...(script.embeddings && { embeddings: script.embeddings }),
  });
  const llm = createLlmClient({ ...LLM_DEFAULTS, baseUrl: server.baseUrl, model: 'scripted-coder', ...(script.embeddings && { embeddingModel: 'scripted-embedder' }) }, { sleep: async () => {} });
  return {
    llm,
    server,
    requestsOf: (kind, subtask) => server.requests.filter((request) => {
      const found = classifyRequest(request);
      return found.kind === kind && (subtask === undefined || found.subtask === subtask);
    }),
  };
}

/** A fenced answer, as models write them. */
export function fenced(code: string): string {
  return `Here is the code:\n\n\`\`\`ts\n${code}\n\`\`\`\n`;
}
