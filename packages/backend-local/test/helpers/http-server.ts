import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** One request the test server received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Answers one request; `count` is how many requests this path has had, this one included. */
export type Route = (request: ReceivedRequest, response: ServerResponse, count: number) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: ReceivedRequest[];
}

/**
 * A real HTTP server on 127.0.0.1 per test (closed afterwards), routing by path. Unknown
 * paths get 404. Requests that never get an answer are cut when the server closes.
 */
export function useTestServer(): (routes: Readonly<Record<string, Route>>) => Promise<TestServer> {
  const open: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((close) => close()));
  });
  return async (routes) => {
    const requests: ReceivedRequest[] = [];
    const counts = new Map<string, number>();
    const server = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const path = incoming.url ?? '/';
        const received = { method: incoming.method ?? '', path, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
        requests.push(received);
        const count = (counts.get(path) ?? 0) + 1;
        counts.set(path, count);
        const route = routes[path];
        if (route) route(received, response, count);
        else response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`no route for ${path}\n`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    open.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
  };
}
