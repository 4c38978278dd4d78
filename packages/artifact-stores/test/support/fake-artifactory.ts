import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeArtifactory {
  /** `http://127.0.0.1:PORT/artifactory`: a repository path follows. */
  readonly url: string;
  /** Stored files by path (decoded), as the server received them. */
  readonly files: Map<string, Buffer>;
  /** `METHOD path transfer` per request: `transfer` is `chunked` or the content-length of a PUT. */
  readonly requests: string[];
  /** The next `count` requests of `method` fail: `status` answers it, `reset` destroys the socket. */
  failNext(method: string, count: number, how: number | 'reset'): void;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for Artifactory's file API: PUT stores the body, GET and HEAD answer it with
 * X-Checksum-Sha1, each only with the one user's HTTP basic auth (401 otherwise, as Artifactory
 * answers a wrong password); a missing file is 404.
 */
export async function startFakeArtifactory(user: string, password: string): Promise<FakeArtifactory> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const failures: Array<{ method: string; how: number | 'reset' }> = [];
  const expected = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

  const answer = (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(`${request.method} ${path} ${request.headers['transfer-encoding'] ?? request.headers['content-length'] ?? ''}`.trim());
    const failure = failures.findIndex((each) => each.method === request.method);
    if (failure !== -1) {
      const { how } = failures.splice(failure, 1)[0] as { how: number | 'reset' };
      if (how === 'reset') return request.socket.destroy();
      return response.writeHead(how).end('{"errors":[{"status":503,"message":"busy"}]}');
    }
    if (request.headers.authorization !== expected) return response.writeHead(401, { 'www-authenticate': 'Basic realm="Artifactory"' }).end('{"errors":[{"status":401,"message":"Bad credentials"}]}');
    if (request.method === 'PUT') {
      files.set(path, body);
      return response.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    }
    const file = files.get(path);
    if (!file) return response.writeHead(404).end('{"errors":[{"status":404,"message":"File not found."}]}');
    response.writeHead(200, { 'content-length': file.length, 'x-checksum-sha1': createHash('sha1').update(file).digest('hex') });
    response.end(request.method === 'HEAD' ? undefined : file);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, response, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/artifactory`,
    files,
    requests,
    failNext: (method, count, how) => failures.push(...Array.from({ length: count }, () => ({ method, how }))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
