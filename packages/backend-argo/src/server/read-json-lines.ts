/**
 * The values of a newline-delimited JSON body as they arrive: grpc-gateway streams each message
 * as one `{"result": …}` or `{"error": …}` line. A final line without a newline counts too.
 */
export async function* readJsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line !== '') yield JSON.parse(line) as unknown;
        newline = buffered.indexOf('\n');
      }
      if (done) break;
    }
    if (buffered.trim() !== '') yield JSON.parse(buffered) as unknown;
  } finally {
    // Stops the download when the caller breaks out early (a `logs` that found its step).
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
