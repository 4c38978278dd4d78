import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredObject {
  data: Buffer;
  generation: number;
}

export interface FakeGcs {
  readonly url: string;
  readonly objects: Map<string, StoredObject>;
  /** `METHOD path?query` of every request. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** CRC32C (Castagnoli), big-endian, base64: how GCS reports `crc32c`. */
const CRC32C_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32c(data: Buffer): string {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC32C_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  const out = Buffer.alloc(4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return out.toString('base64');
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
}

/** A multipart/related upload's two parts: the object's metadata (JSON) and its bytes. */
function multipartParts(data: Buffer, contentType: string): { metadata: { name?: string }; media: Buffer } {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1] ?? '';
  const parts: Buffer[] = [];
  let start = data.indexOf(`--${boundary}`);
  while (start !== -1) {
    const next = data.indexOf(`--${boundary}`, start + boundary.length + 2);
    if (next === -1) break;
    const part = data.subarray(start + boundary.length + 2, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    parts.push(part.subarray(headerEnd + 4, part.length - 2));
    start = next;
  }
  return { metadata: JSON.parse(parts[0]?.toString() ?? '{}') as { name?: string }, media: parts[1] ?? Buffer.alloc(0) };
}

/**
 * Cloud Storage's JSON API on loopback, as much of it as a client that reads and writes objects
 * uses: object metadata, listing by prefix, media download (`alt=media`, with `x-goog-hash`),
 * multipart upload, and resumable upload (a session, then chunks with Content-Range; 308 until
 * the last).
 */
export async function startFakeGcs(bucket: string): Promise<FakeGcs> {
  const objects = new Map<string, StoredObject>();
  const sessions = new Map<string, { name: string; chunks: Buffer[]; received: number }>();
  const requests: string[] = [];
  let generation = 1000;
  let url = '';
  const resource = (name: string, object: StoredObject) => ({
    kind: 'storage#object',
    bucket,
    name,
    generation: String(object.generation),
    size: String(object.data.length),
    md5Hash: createHash('md5').update(object.data).digest('base64'),
    crc32c: crc32c(object.data),
    etag: `e${object.generation}`,
  });
  const store = (name: string, data: Buffer) => {
    const object = { data, generation: ++generation };
    objects.set(name, object);
    return resource(name, object);
  };
  const server = createServer(async (request, response) => {
    const address = new URL(request.url ?? '/', url);
    requests.push(`${request.method} ${address.pathname}${address.search}`);
    const objectPath = new RegExp(`^(?:/download)?/storage/v1/b/${bucket}/o/(.+)$`).exec(address.pathname);
    if (request.method === 'GET' && objectPath) {
      const name = decodeURIComponent(objectPath[1] as string);
      const object = objects.get(name);
      if (!object) return json(response, 404, { error: { code: 404, message: `No such object: ${bucket}/${name}` } });
      if (address.searchParams.get('alt') !== 'media') return json(response, 200, resource(name, object));
      const md5 = createHash('md5').update(object.data).digest('base64');
      return response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.data.length, 'x-goog-hash': `crc32c=${crc32c(object.data)},md5=${md5}`, 'x-goog-generation': String(object.generation) }).end(object.data);
    }
    if (request.method === 'GET' && address.pathname === `/storage/v1/b/${bucket}/o`) {
      const prefix = address.searchParams.get('prefix') ?? '';
      const items = [...objects].filter(([name]) => name.startsWith(prefix)).map(([name, object]) => resource(name, object));
      return json(response, 200, { kind: 'storage#objects', items });
    }
    if (address.pathname === `/upload/storage/v1/b/${bucket}/o`) {
      const type = address.searchParams.get('uploadType');
      if (type === 'multipart') {
        const { metadata, media } = multipartParts(await body(request), request.headers['content-type'] ?? '');
        return json(response, 200, store(metadata.name ?? address.searchParams.get('name') ?? '', media));
      }
      if (type === 'resumable' && request.method === 'POST') {
        const metadata = JSON.parse((await body(request)).toString() || '{}') as { name?: string };
        const id = `session-${sessions.size + 1}`;
        sessions.set(id, { name: metadata.name ?? address.searchParams.get('name') ?? '', chunks: [], received: 0 });
        return response.writeHead(200, { location: `${url}/upload/storage/v1/b/${bucket}/o?uploadType=resumable&upload_id=${id}` }).end();
      }
      if (type === 'resumable' && request.method === 'PUT') {
        const session = sessions.get(address.searchParams.get('upload_id') ?? '');
        if (!session) return json(response, 404, { error: { code: 404, message: 'no such upload session' } });
        const chunk = await body(request);
        session.chunks.push(chunk);
        session.received += chunk.length;
        // `bytes a-b/total`, `bytes a-b/*` (more to come) or `bytes */total` (a query, or the end).
        const total = /\/(\d+)$/.exec(request.headers['content-range'] ?? '')?.[1];
        if (total !== undefined && Number(total) === session.received) return json(response, 200, store(session.name, Buffer.concat(session.chunks)));
        return response.writeHead(308, session.received > 0 ? { range: `bytes=0-${session.received - 1}` } : {}).end();
      }
    }
    return json(response, 501, { error: { code: 501, message: `the fake does not speak ${request.method} ${address.pathname}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, objects, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
