import { createHash } from 'node:crypto';
import type { LlmClient } from '@couler/llm';

// Per process: the code lake is the same for every generation, so it is embedded once per
// endpoint and embedding model however many workflows a process generates (pass@k runs hundreds).
const vectors = new Map<string, Promise<ReadonlyArray<number>>>();

/**
 * The vectors of `texts` from the client's embedding model, each text (by its SHA-256) embedded
 * once per process, endpoint and model; the texts not yet known go in one `embed` call. A failed
 * call is forgotten, so a later one may ask again (a client that was refused remembers that itself).
 * @throws what `LlmClient.embed` throws.
 */
export function embedWithCache(llm: LlmClient, texts: ReadonlyArray<string>, signal?: AbortSignal): Promise<Array<ReadonlyArray<number>>> {
  const keys = texts.map((text) => `${llm.config.baseUrl}\n${llm.config.embeddingModel}\n${createHash('sha256').update(text).digest('hex')}`);
  const missing = new Map<string, string>();
  for (const [index, key] of keys.entries()) if (!vectors.has(key)) missing.set(key, texts[index]!);
  if (missing.size > 0) {
    const request = llm.embed([...missing.values()], { ...(signal && { signal }) });
    for (const [position, key] of [...missing.keys()].entries()) vectors.set(key, request.then((answer) => answer.vectors[position]!));
    request.catch(() => {
      for (const key of missing.keys()) vectors.delete(key);
    });
  }
  return Promise.all(keys.map((key) => vectors.get(key)!));
}
