import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of a loopback server: status, body and headers. */
export interface LoopbackReply {
  readonly status: number;
  readonly body: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An HTTP server on 127.0.0.1 that reads each request's whole body and answers it with
 * `handle`, for fakes of the services a generated pod talks to.
 */
export abstract class LoopbackServer {
  private server: Server | undefined;

  /** `http://127.0.0.1:<port>` once listening. */
  endpoint = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { status, body, headers } = this.handle(request, Buffer.concat(chunks));
        response.writeHead(status, { 'content-length': String(body.length), ...headers });
        response.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  protected abstract handle(request: IncomingMessage, body: Buffer): LoopbackReply;
}

/** One stored object: its bytes and the custom metadata it was written with (`x-amz-meta-*` headers, …). */
export interface StoredObject {
  readonly body: Buffer;
  readonly metadata: Readonly<Record<string, string>>;
}

/** A loopback object store: objects by `<bucket>/<key>`. */
export abstract class FakeObjectStore<Stored extends StoredObject = StoredObject> extends LoopbackServer {
  readonly objects = new Map<string, Stored>();

  /** The object at `bucket`/`key` (decoded key text), or undefined. */
  object(bucket: string, key: string): Stored | undefined {
    return this.objects.get(`${bucket}/${key}`);
  }
}
