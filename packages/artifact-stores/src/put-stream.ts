import { Readable } from 'node:stream';
import type { ObjectWriteOptions } from './object-store';

/**
 * PUTs `body` to `url` as one streamed request, reporting bytes as they are sent: nothing is held
 * in memory whole. Without a content-length in `headers` the body goes chunked.
 */
export function putStream(url: string, body: Readable, options: ObjectWriteOptions, headers: Record<string, string>): Promise<Response> {
  let bytes = 0;
  const counted = body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    options.onBytes(bytes);
  });
  return fetch(url, {
    method: 'PUT',
    body: Readable.toWeb(counted) as unknown as RequestInit['body'],
    headers: { 'content-type': 'application/octet-stream', ...headers },
    duplex: 'half',
    ...(options.signal && { signal: options.signal }),
  } as RequestInit);
}
