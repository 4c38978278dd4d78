import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StoredRunEvent } from '../store/event-store';

export interface EventStreamSource {
  /** Events after `seq`, oldest first (empty when there are none yet). */
  read(after: number): Promise<StoredRunEvent[]>;
  /** Whether the run has finished, so that the stream may end once it is drained. */
  finished(): Promise<boolean>;
  /** Resolves when the run may have new events, or after `ms`. */
  wait(ms: number): Promise<void>;
}

/** Whether the client asked for Server-Sent Events. */
export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

/** `Last-Event-ID` (a reconnecting EventSource sends it), else `?after=`, else 0. */
export function resumePoint(request: FastifyRequest, after: number | undefined): number {
  const header = request.headers['last-event-id'];
  const value = Number(Array.isArray(header) ? header[0] : header);
  return Number.isSafeInteger(value) && value >= 0 ? Math.max(value, after ?? 0) : (after ?? 0);
}

/** One SSE message. `data` is JSON on one line, so a newline in a log line cannot end the message early. */
function frame(event: StoredRunEvent): string {
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ seq: event.seq, type: event.type, stepId: event.stepId, at: event.at, ...event.data })}\n\n`;
}

/**
 * Streams a run's events as SSE from `after` on, until the run has finished and everything is
 * sent (then an `end` event), or the client goes away. Reads the database, not memory, so any
 * server process can serve any run, and a client resumes with `Last-Event-ID`.
 */
export async function streamEvents(request: FastifyRequest, reply: FastifyReply, source: EventStreamSource, after: number): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-request-id': String(request.id),
    'x-content-type-options': 'nosniff',
  });
  let closed = false;
  request.raw.on('close', () => (closed = true));
  response.on('close', () => (closed = true));
  let last = after;
  let quietSince = Date.now();
  response.write('retry: 1000\n\n');
  while (!closed) {
    const events = await source.read(last);
    if (events.length > 0) {
      response.write(events.map(frame).join(''));
      last = events[events.length - 1]!.seq;
      quietSince = Date.now();
      continue;
    }
    if (await source.finished()) {
      // A last read: events written between the read above and the phase check.
      const tail = await source.read(last);
      if (tail.length > 0) {
        response.write(tail.map(frame).join(''));
        continue;
      }
      response.write(`event: end\ndata: {}\n\n`);
      break;
    }
    if (Date.now() - quietSince > 15_000) {
      response.write(': keep-alive\n\n');
      quietSince = Date.now();
    }
    await source.wait(500);
  }
  response.end();
}
