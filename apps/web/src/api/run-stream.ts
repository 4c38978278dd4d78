import { readToken, type RunEvent } from './api-client';

/**
 * Follows a run's events or logs over Server-Sent Events until the server ends the stream (the run
 * finished) or `signal` aborts. `EventSource` cannot send an Authorization header, so this reads
 * the stream with fetch and parses the frames itself; it reconnects from the last id it saw.
 */
export async function followRun(runId: string, kind: 'events' | 'logs', onEvent: (event: RunEvent) => void, signal: AbortSignal): Promise<void> {
  let lastId = 0;
  while (!signal.aborted) {
    try {
      const response = await fetch(`/api/v1/runs/${encodeURIComponent(runId)}/${kind}?after=${lastId}`, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${readToken() ?? ''}` },
        signal,
      });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (frame.event === 'end') return;
          if (frame.data === undefined) continue;
          const data = JSON.parse(frame.data) as RunEvent & Record<string, unknown>;
          lastId = data.seq;
          onEvent({ seq: data.seq, type: data.type, stepId: data.stepId, at: data.at, data });
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      console.warn(`The ${kind} stream of run ${runId} broke; reconnecting.`, error);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function parseFrame(text: string): { event?: string; data?: string } {
  const frame: { event?: string; data?: string } = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('event: ')) frame.event = line.slice(7);
    else if (line.startsWith('data: ')) frame.data = line.slice(6);
  }
  return frame;
}
