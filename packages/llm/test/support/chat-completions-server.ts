import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bagOfWordsVectors } from './bag-of-words-vectors';

/**
 * What the server answers one chat-completions request with:
 * - a string, or `{ content }`: a normal answer (as JSON, or as server-sent events when the
 *   request streams), with usage counted as about four characters a token unless given;
 * - `{ status, message?, headers?, retryAfter? }`: an OpenAI-shaped error (`429` with
 *   `retryAfter` sends `Retry-After: <seconds>`);
 * - `{ malformedBody }`: status 200 with that text as the body, which is not JSON;
 * - `{ truncate }`: starts the answer holding that content, then drops the connection halfway;
 * - `{ delayMs, answer }`: waits, then gives `answer` (for timeouts).
 */
export type ScriptedAnswer =
  | string
  | { readonly content: string; readonly usage?: { prompt_tokens: number; completion_tokens: number }; readonly finishReason?: string }
  | { readonly status: number; readonly message?: string; readonly headers?: Readonly<Record<string, string>>; readonly retryAfter?: number }
  | { readonly malformedBody: string }
  | { readonly truncate: string }
  | { readonly delayMs: number; readonly answer: ScriptedAnswer };

/**
 * What the server answers one `/v1/embeddings` request with: `'vectors'`, the vectoriser's vector
 * of each input; `{ vectors }`, exactly these (to send too few or malformed ones); or an error,
 * a malformed body or a delay as for chat completions.
 */
export type ScriptedEmbeddingAnswer =
  | 'vectors'
  | { readonly vectors: ReadonlyArray<ReadonlyArray<number>> }
  | { readonly status: number; readonly message?: string; readonly headers?: Readonly<Record<string, string>>; readonly retryAfter?: number }
  | { readonly malformedBody: string }
  | { readonly delayMs: number; readonly answer: ScriptedEmbeddingAnswer };

/** How real servers without embeddings refuse `/v1/embeddings`, by server. */
export const EMBEDDINGS_REFUSALS = {
  /** A server with no such route (the default of this server when `embeddings` is not given). */
  'no-route': { status: 404, message: 'Unknown request POST /v1/embeddings.' },
  /** llama.cpp's `llama-server` started without `--embeddings` (and Ollama on a generation-only model). */
  'llama.cpp': { status: 501, message: 'This server does not support embeddings. Start it with `--embeddings`', code: 'not_supported_error' },
  /** Ollama before 0.12 on a model without an embedding head. */
  ollama: { status: 500, message: 'this model does not support embeddings' },
  /** vLLM serving a generation model. */
  vllm: { status: 400, message: 'The model does not support Embeddings API' },
} as const satisfies Record<string, { status: number; message: string; code?: string }>;

export interface EmbeddingsScript {
  /** A text's vector (default: `bagOfWordsVectors()`, words hashed into 1 024 dimensions). */
  readonly vectorize?: (text: string) => ReadonlyArray<number>;
  /** Answers to the first requests, in order; after them every request gets `'vectors'`. */
  readonly answers?: ReadonlyArray<ScriptedEmbeddingAnswer>;
  /** Refuse every request as that kind of server does. */
  readonly refuse?: keyof typeof EMBEDDINGS_REFUSALS;
  /** Tokens counted per input (default about four characters a token). */
  readonly tokensPerInput?: number;
}

/** One `/v1/embeddings` request the server received, parsed. */
export interface RecordedEmbeddingRequest {
  readonly authorization?: string;
  readonly body: { readonly model?: string; readonly input?: string | ReadonlyArray<string>; readonly encoding_format?: string; readonly [key: string]: unknown };
}

/** One request the server received, parsed. */
export interface RecordedChatRequest {
  readonly path: string;
  readonly authorization?: string;
  /** The JSON body: `model`, `messages`, `response_format`, `stream` … */
  readonly body: {
    readonly model?: string;
    readonly messages?: ReadonlyArray<{ role: string; content: string }>;
    readonly response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
    readonly stream?: boolean;
    readonly temperature?: number;
    readonly [key: string]: unknown;
  };
}

export interface ChatCompletionsServerOptions {
  /**
   * The answers, in the order requests arrive; or a function choosing one per request (its
   * index counts from 0). When a list runs out the server answers 500 saying so.
   */
  readonly answers?: ReadonlyArray<ScriptedAnswer> | ((request: RecordedChatRequest, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>);
  /** Require `Authorization: Bearer <apiKey>` (401 otherwise). */
  readonly apiKey?: string;
  /** Answer 400 to any request with `response_format`, as servers without structured output do. */
  readonly rejectResponseFormat?: boolean;
  /** Models `GET /v1/models` lists; requests for another model get 404 (default: any model). */
  readonly models?: ReadonlyArray<string>;
  /** Serve `POST /v1/embeddings` (OpenAI wire format, `float` or `base64`); without it the route is not there (404). */
  readonly embeddings?: EmbeddingsScript;
}

export interface ChatCompletionsServer {
  /** `http://127.0.0.1:<port>/v1`: what `COULER_LLM_BASE_URL` takes. */
  readonly baseUrl: string;
  /** Every chat-completions request, in arrival order. */
  readonly requests: ReadonlyArray<RecordedChatRequest>;
  /** Every embeddings request, in arrival order. */
  readonly embeddingRequests: ReadonlyArray<RecordedEmbeddingRequest>;
  /** Most requests the server held at one time. */
  readonly maxConcurrent: number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions wire format
 * (`POST /v1/chat/completions`, JSON or `text/event-stream` with `stream_options.include_usage`,
 * errors as `{ "error": { message, type, code } }`), answering from a script, and with `embeddings`
 * `POST /v1/embeddings` (`{ object: 'list', data: [{ index, embedding }], usage }`). Code under test
 * talks to it exactly as it would to a hosted provider, Ollama, llama.cpp's server or vLLM.
 */
export async function startChatCompletionsServer(options: ChatCompletionsServerOptions = {}): Promise<ChatCompletionsServer> {
  const requests: RecordedChatRequest[] = [];
  const embeddingRequests: RecordedEmbeddingRequest[] = [];
  let inFlight = 0;
  let maxConcurrent = 0;
  const sockets = new Set<import('node:net').Socket>();

  const server: Server = createServer((request, response) => {
    inFlight += 1;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    response.on('close', () => (inFlight -= 1));
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, `test server failure: ${(error as Error).message}`);
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0]!;
    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendError(response, 401, 'Incorrect API key provided.', 'invalid_api_key');
      return;
    }
    if (request.method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, { object: 'list', data: (options.models ?? []).map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })) });
      return;
    }
    if (request.method === 'POST' && path === '/v1/embeddings' && options.embeddings) {
      const body = JSON.parse(await readBody(request)) as RecordedEmbeddingRequest['body'];
      embeddingRequests.push({ body, ...(request.headers.authorization && { authorization: request.headers.authorization }) });
      await respondWithEmbeddings(response, body, options.embeddings, options.embeddings.answers?.[embeddingRequests.length - 1] ?? 'vectors', options.models);
      return;
    }
    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      sendError(response, 404, `Unknown request ${request.method} ${path}.`);
      return;
    }
    const body = JSON.parse(await readBody(request)) as RecordedChatRequest['body'];
    const recorded: RecordedChatRequest = { path, body, ...(request.headers.authorization && { authorization: request.headers.authorization }) };
    const index = requests.length;
    requests.push(recorded);
    if (options.models && !options.models.includes(String(body.model))) {
      sendError(response, 404, `The model \`${String(body.model)}\` does not exist.`, 'model_not_found');
      return;
    }
    if (options.rejectResponseFormat && body.response_format) {
      sendError(response, 400, "Invalid parameter: 'response_format' is not supported by this server.", 'invalid_request_error');
      return;
    }
    const answers = options.answers ?? [];
    const answer = typeof answers === 'function' ? await answers(recorded, index) : answers[index];
    if (answer === undefined) {
      sendError(response, 500, `The test server has no scripted answer for request ${index + 1} (it has ${Array.isArray(answers) ? answers.length : 0}).`);
      return;
    }
    await respond(response, recorded, answer);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    embeddingRequests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function respond(response: ServerResponse, request: RecordedChatRequest, answer: ScriptedAnswer): Promise<void> {
  if (typeof answer === 'string') return respond(response, request, { content: answer });
  if ('delayMs' in answer) {
    await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (response.destroyed) return;
    return respond(response, request, answer.answer);
  }
  if ('status' in answer) {
    const headers = { ...answer.headers, ...(answer.retryAfter !== undefined && { 'retry-after': String(answer.retryAfter) }) };
    sendError(response, answer.status, answer.message ?? `Scripted error ${answer.status}.`, answer.status === 429 ? 'rate_limit_exceeded' : undefined, headers);
    return;
  }
  if ('malformedBody' in answer) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(answer.malformedBody);
    return;
  }
  const content = 'truncate' in answer ? answer.truncate : answer.content;
  const usage = ('usage' in answer && answer.usage) || { prompt_tokens: estimateTokens(JSON.stringify(request.body.messages ?? [])), completion_tokens: estimateTokens(content) };
  const fullUsage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
  const finishReason = ('finishReason' in answer && answer.finishReason) || 'stop';
  const base = { id: `chatcmpl-test-${Date.now()}`, created: Math.floor(Date.now() / 1000), model: String(request.body.model ?? 'test-model'), system_fingerprint: 'test' };
  if (request.body.stream) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const event = (value: unknown) => response.write(`data: ${JSON.stringify(value)}\n\n`);
    const pieces = content.match(/[\s\S]{1,12}/g) ?? [];
    const sent = 'truncate' in answer ? pieces.slice(0, Math.ceil(pieces.length / 2)) : pieces;
    event({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    for (const piece of sent) event({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
    if ('truncate' in answer) {
      // Let the pieces sent reach the client before the connection drops.
      setTimeout(() => response.destroy(), 20);
      return;
    }
    event({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: finishReason }] });
    const streamOptions = request.body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) event({ ...base, object: 'chat.completion.chunk', choices: [], usage: fullUsage });
    response.end('data: [DONE]\n\n');
    return;
  }
  const json = JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason, logprobs: null }], usage: fullUsage });
  if ('truncate' in answer) {
    // Announce the whole body, send half, drop the connection: a body cut off in transit.
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json)) });
    response.write(json.slice(0, Math.floor(json.length / 2)));
    setTimeout(() => response.destroy(), 10);
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(json);
}

async function respondWithEmbeddings(response: ServerResponse, body: RecordedEmbeddingRequest['body'], script: EmbeddingsScript, answer: ScriptedEmbeddingAnswer, models: ReadonlyArray<string> | undefined): Promise<void> {
  if (script.refuse) {
    const refusal: { status: number; message: string; code?: string } = EMBEDDINGS_REFUSALS[script.refuse];
    sendError(response, refusal.status, refusal.message, refusal.code);
    return;
  }
  if (models && !models.includes(String(body.model))) {
    sendError(response, 404, `The model \`${String(body.model)}\` does not exist.`, 'model_not_found');
    return;
  }
  if (answer !== 'vectors' && 'delayMs' in answer) {
    await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (!response.destroyed) await respondWithEmbeddings(response, body, script, answer.answer, models);
    return;
  }
  if (answer !== 'vectors' && 'status' in answer) {
    sendError(response, answer.status, answer.message ?? `Scripted error ${answer.status}.`, answer.status === 429 ? 'rate_limit_exceeded' : undefined, { ...answer.headers, ...(answer.retryAfter !== undefined && { 'retry-after': String(answer.retryAfter) }) });
    return;
  }
  if (answer !== 'vectors' && 'malformedBody' in answer) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(answer.malformedBody);
    return;
  }
  const inputs = typeof body.input === 'string' ? [body.input] : Array.isArray(body.input) ? body.input : undefined;
  if (!inputs || inputs.length === 0 || inputs.some((input) => typeof input !== 'string' || input === '')) {
    sendError(response, 400, "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'invalid_request_error');
    return;
  }
  const vectorize = script.vectorize ?? bagOfWordsVectors();
  const vectors = answer === 'vectors' ? inputs.map((input) => vectorize(input)) : answer.vectors;
  const base64 = body.encoding_format === 'base64';
  const tokens = inputs.reduce((sum, input) => sum + (script.tokensPerInput ?? estimateTokens(input)), 0);
  sendJson(response, 200, {
    object: 'list',
    data: vectors.map((vector, index) => ({ object: 'embedding', index, embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector })),
    model: String(body.model ?? 'test-embedding-model'),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

function sendError(response: ServerResponse, status: number, message: string, code?: string, headers: Record<string, string> = {}): void {
  const type = status === 401 ? 'invalid_request_error' : status === 429 ? 'requests' : status >= 500 ? 'server_error' : 'invalid_request_error';
  sendJson(response, status, { error: { message, type, param: null, code: code ?? null } }, headers);
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
