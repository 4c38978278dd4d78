import type { CoulerServerTarget } from './couler-server-client';
import { callServer } from './couler-server-client';

/** One event of a run as the server streams it: the engine's fields, and the server's own. */
export interface ServerRunEvent {
  readonly seq: number;
  readonly type: string;
  readonly stepId: string | null;
  readonly at: string;
  readonly [field: string]: unknown;
}

/** Parses SSE text into complete messages; returns the rest to keep for the next chunk. */
function parseFrames(buffer: string): { events: ServerRunEvent[]; rest: string; ended: boolean } {
  const events: ServerRunEvent[] = [];
  let ended = false;
  const parts = buffer.split('\n\n');
  const rest = parts.pop() ?? '';
  for (const part of parts) {
    let type = 'message';
    const data: string[] = [];
    for (const line of part.split('\n')) {
      if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (type === 'end') ended = true;
    else if (data.length > 0) events.push(JSON.parse(data.join('\n')) as ServerRunEvent);
  }
  return { events, rest, ended };
}

/**
 * A run's events (or its logs) from the server's SSE stream, until the run ends. A dropped
 * connection is resumed with `Last-Event-ID`, so no event is lost or repeated.
 */
export async function* streamRunEvents(target: CoulerServerTarget, runId: string, kind: 'events' | 'logs', options: { step?: string; signal?: AbortSignal; after?: number } = {}): AsyncGenerator<ServerRunEvent> {
  let last = options.after ?? 0;
  for (let failures = 0; failures < 10; ) {
    const query = options.step === undefined ? '' : `?step=${encodeURIComponent(options.step)}`;
    let response: Response;
    try {
      response = await callServer(target, 'GET', `/runs/${encodeURIComponent(runId)}/${kind}${query}`, undefined, {
        accept: 'text/event-stream',
        ...(options.signal && { signal: options.signal }),
        ...(last > 0 && { headers: { 'last-event-id': String(last) } }),
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'SERVER_ERROR' || options.signal?.aborted) throw error;
      failures++;
      await new Promise((resolve) => setTimeout(resolve, 500 * failures));
      continue;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        const parsed = parseFrames(buffer + decoder.decode(chunk, { stream: true }));
        buffer = parsed.rest;
        for (const event of parsed.events) {
          last = event.seq;
          failures = 0;
          yield event;
        }
        if (parsed.ended) return;
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
    }
    failures++;
  }
}
