import type { LlmPrices } from './llm-settings';

/** Tokens of one request, or summed over many, as the endpoint counted them. */
export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
}

/** Usage summed over a client's requests, with the cost when prices are configured. */
export interface UsageTotals extends TokenUsage {
  readonly requests: number;
  /** Tokens of text embedded (`embed`), apart from the chats' prompt tokens; absent when none. */
  readonly embeddingTokens?: number;
  /** In `currency`; absent without prices. */
  readonly cost?: number;
  readonly currency?: string;
}

export const NO_USAGE: TokenUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens, totalTokens: a.totalTokens + b.totalTokens };
}

export function costOf(usage: TokenUsage, prices: LlmPrices): number {
  return (usage.promptTokens * prices.inputPerMillionTokens + usage.completionTokens * prices.outputPerMillionTokens) / 1e6;
}

/** `1 234 prompt + 567 completion tokens in 3 requests, 0.0021 USD`, with `+ 890 embedding tokens` when any. */
export function formatUsage(totals: UsageTotals): string {
  const cost = totals.cost === undefined ? '' : `, ${totals.cost.toFixed(4)} ${totals.currency ?? 'USD'}`;
  const embedded = totals.embeddingTokens ? ` + ${totals.embeddingTokens} embedding` : '';
  return `${totals.promptTokens} prompt + ${totals.completionTokens} completion${embedded} tokens in ${totals.requests} request${totals.requests === 1 ? '' : 's'}${cost}`;
}

/** Sums the usage of every request a client makes. */
export class UsageMeter {
  private usage: TokenUsage = NO_USAGE;
  private requests = 0;
  private embeddingTokens = 0;

  constructor(private readonly prices?: LlmPrices) {}

  record(usage: TokenUsage): void {
    this.usage = addUsage(this.usage, usage);
    this.requests += 1;
  }

  /** Embedding tokens are priced apart: an embedding model costs a fraction of a chat model. */
  recordEmbedding(tokens: number): void {
    this.embeddingTokens += tokens;
    this.requests += 1;
  }

  get totals(): UsageTotals {
    const embeddingCost = (this.embeddingTokens * (this.prices?.embeddingPerMillionTokens ?? 0)) / 1e6;
    return {
      ...this.usage,
      requests: this.requests,
      ...(this.embeddingTokens > 0 && { embeddingTokens: this.embeddingTokens }),
      ...(this.prices && { cost: costOf(this.usage, this.prices) + embeddingCost, currency: this.prices.currency ?? 'USD' }),
    };
  }
}
