import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake namenode answered, in order: `OP path` (and `standby` for a refused one). */
export interface FakeWebHdfs {
  readonly url: string;
  readonly files: Map<string, { data: Buffer; mtime: number }>;
  readonly requests: string[];
  /** Answers the next `count` OPENs with 503, as a namenode under load does. */
  failNextOpens(count: number): void;
  close(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function notFound(response: ServerResponse, path: string): void {
  json(response, 404, { RemoteException: { exception: 'FileNotFoundException', message: `File does not exist: ${path}` } });
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A namenode and a datanode on loopback speaking WebHDFS as Hadoop 3 does: GETFILESTATUS,
 * LISTSTATUS, OPEN and CREATE (both 307 to the datanode; CREATE's first request has no body).
 * With `standby`, a second server that answers every request 403 StandbyException.
 */
export async function startFakeWebHdfs(options: { standby?: boolean } = {}): Promise<FakeWebHdfs & { standbyUrl?: string }> {
  const files = new Map<string, { data: Buffer; mtime: number }>();
  const requests: string[] = [];
  let failing = 0;
  let url = '';
  const server = createServer(async (request, response) => {
    const address = new URL(request.url ?? '/', url);
    if (address.pathname.startsWith('/datanode/')) {
      const path = address.searchParams.get('path') ?? '';
      if (address.pathname === '/datanode/open') {
        const file = files.get(path);
        if (!file) return notFound(response, path);
        return response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.length }).end(file.data);
      }
      files.set(path, { data: await body(request), mtime: Date.now() });
      return response.writeHead(201, { location: `hdfs://${path}` }).end();
    }
    const path = decodeURIComponent(address.pathname.replace(/^\/webhdfs\/v1/, ''));
    const op = address.searchParams.get('op') ?? '';
    requests.push(`${op} ${path}`);
    const children = [...files.keys()].filter((file) => file.startsWith(`${path}/`));
    switch (op) {
      case 'GETFILESTATUS': {
        const file = files.get(path);
        if (file) return json(response, 200, { FileStatus: { pathSuffix: '', type: 'FILE', length: file.data.length, modificationTime: file.mtime } });
        if (children.length > 0) return json(response, 200, { FileStatus: { pathSuffix: '', type: 'DIRECTORY', length: 0, modificationTime: 0 } });
        return notFound(response, path);
      }
      case 'LISTSTATUS': {
        if (children.length === 0) return notFound(response, path);
        const names = new Map<string, 'FILE' | 'DIRECTORY'>();
        for (const child of children) {
          const rest = child.slice(path.length + 1);
          names.set(rest.split('/')[0] as string, rest.includes('/') ? 'DIRECTORY' : 'FILE');
        }
        const statuses = [...names].map(([pathSuffix, type]) => ({ pathSuffix, type, length: files.get(`${path}/${pathSuffix}`)?.data.length ?? 0, modificationTime: 0 }));
        return json(response, 200, { FileStatuses: { FileStatus: statuses } });
      }
      case 'OPEN':
        if (failing > 0) {
          failing--;
          return json(response, 503, { RemoteException: { exception: 'RetriableException', message: 'Server too busy' } });
        }
        return response.writeHead(307, { location: `${url}/datanode/open?path=${encodeURIComponent(path)}` }).end();
      case 'CREATE':
        // WebHDFS: the first request of a CREATE carries no data.
        if ((await body(request)).length > 0) return json(response, 400, { RemoteException: { exception: 'IllegalArgumentException', message: 'data sent to the namenode' } });
        return response.writeHead(307, { location: `${url}/datanode/create?path=${encodeURIComponent(path)}` }).end();
      default:
        return json(response, 400, { RemoteException: { exception: 'UnsupportedOperationException', message: op } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let standby: Server | undefined;
  let standbyUrl: string | undefined;
  if (options.standby) {
    standby = createServer((request, response) => {
      requests.push(`standby ${request.url}`);
      json(response, 403, { RemoteException: { exception: 'StandbyException', message: 'Operation category READ is not supported in state standby' } });
    });
    await new Promise<void>((resolve) => standby?.listen(0, '127.0.0.1', resolve));
    standbyUrl = `http://127.0.0.1:${(standby.address() as AddressInfo).port}`;
  }
  return {
    url,
    ...(standbyUrl && { standbyUrl }),
    files,
    requests,
    failNextOpens: (count) => {
      failing = count;
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      if (standby) await new Promise((resolve) => standby?.close(resolve));
    },
  };
}
