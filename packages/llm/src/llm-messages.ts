import type { TokenUsage } from './token-usage';

/** One message of a chat. */
export interface LlmMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface LlmCompletionRequest {
  readonly messages: ReadonlyArray<LlmMessage>;
  /** Default: the configured temperature, else the endpoint's. */
  readonly temperature?: number;
  readonly maxTokens?: number;
  /**
   * Streams the answer (`stream: true`, server-sent events), handing each new piece of text to
   * this function as it arrives, for a progress view. The result is the same as without it.
   */
  readonly onText?: (delta: string) => void;
  readonly signal?: AbortSignal;
}

export interface LlmCompletion {
  readonly text: string;
  readonly usage: TokenUsage;
  /** `stop`, `length` (cut at maxTokens) …; `truncated` when a stream ended early. */
  readonly finishReason: string;
  /** The model that answered, as the endpoint names it. */
  readonly model: string;
}

/** What a client reports while it works, for progress views and logs. */
export type LlmEvent =
  | { readonly type: 'retry'; readonly attempt: number; readonly delayMs: number; readonly reason: string }
  | { readonly type: 'structured-output-fallback'; readonly reason: string }
  | { readonly type: 'repair'; readonly attempt: number; readonly problem: string }
  | { readonly type: 'usage'; readonly usage: TokenUsage };
