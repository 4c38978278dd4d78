import type { LlmEvent } from '@couler/llm';

/** An LLM client's retries, fallbacks and repairs as progress lines (usage is summed elsewhere). */
export function reportLlmEvent(event: LlmEvent, progress: (line: string) => void): void {
  if (event.type === 'retry') progress(`LLM ${event.reason}: retry ${event.attempt} in ${(event.delayMs / 1000).toFixed(1)} s`);
  else if (event.type === 'structured-output-fallback') progress('the endpoint refuses response_format: asking for JSON in the prompt instead');
  else if (event.type === 'repair') progress(`LLM answer unusable, asking again (${event.problem})`);
}
