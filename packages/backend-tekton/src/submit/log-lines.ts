const TIMESTAMPED = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ?(.*)$/s;

/** Splits the RFC 3339 time Kubernetes puts before a line with `timestamps=true`. */
export function splitTimestamp(line: string): { time?: string; text: string } {
  const match = TIMESTAMPED.exec(line);
  return match ? { time: match[1]!, text: match[2]! } : { text: line };
}

/** The lines of a log read in chunks (a chunk may end mid-line), each with its time when it has one. */
export async function* logLines(chunks: AsyncIterable<string>): AsyncGenerator<{ time?: string; text: string }> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) yield splitTimestamp(line);
  }
  if (pending !== '') yield splitTimestamp(pending);
}
