import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores, StoreFailure } from '../src/index';

/** An S3 endpoint that answers every request with the status and S3 error code the test sets. */
let answer = { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' };
let requests = 0;
let server: Server;
let endpoint = '';
const scratch = mkdtempSync(join(tmpdir(), 'couler-store-failure-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++;
    request.resume();
    const body = request.method === 'HEAD' ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${answer.code}</Code><Message>${answer.message}</Message></Error>`;
    response.writeHead(answer.status, { 'content-type': 'application/xml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

async function fetchFailure(): Promise<StoreFailure> {
  const stores = createArtifactStores({ secrets: { creds: { id: 'x', secret: 'y' } } });
  const location = { type: 's3' as const, bucket: 'b', key: 'k', endpoint, insecure: true, accessKey: { name: 'creds', key: 'id' }, secretKey: { name: 'creds', key: 'secret' } };
  const error = await stores.s3?.fetch(location, join(scratch, 'out'), { stepName: 's', artifactName: 'a' }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StoreFailure);
  return error as StoreFailure;
}

describe('what a store failure means for the retry table (the real AWS SDK against a loopback endpoint)', () => {
  it('throttling (503 SlowDown) and server errors (500) are transient', async () => {
    answer = { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' };
    expect((await fetchFailure()).failureKind).toBe('transient');
    answer = { status: 500, code: 'InternalError', message: 'We encountered an internal error.' };
    const failure = await fetchFailure();
    expect(failure.failureKind).toBe('transient');
    expect(failure.message).toContain('s3://b/k');
  });

  it('refused access (403) is permanent, and the SDK does not retry it on its own', async () => {
    answer = { status: 403, code: 'AccessDenied', message: 'Access Denied' };
    requests = 0;
    expect((await fetchFailure()).failureKind).toBe('permanent');
    expect(requests).toBe(1);
  });

  it('a refused connection is transient', async () => {
    const stores = createArtifactStores({ secrets: { creds: { id: 'x', secret: 'y' } } });
    const location = { type: 's3' as const, bucket: 'b', key: 'k', endpoint: '127.0.0.1:1', insecure: true, accessKey: { name: 'creds', key: 'id' }, secretKey: { name: 'creds', key: 'secret' } };
    const error = (await stores.s3?.fetch(location, join(scratch, 'out'), { stepName: 's', artifactName: 'a' }).catch((thrown: unknown) => thrown)) as StoreFailure;
    expect(error.failureKind).toBe('transient');
  });
});
