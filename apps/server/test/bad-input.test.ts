import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';
import type { LooseJson } from './support/loose-json';

/** Every error answer has exactly the documented shape. */
function expectErrorShape(body: LooseJson): void {
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(Array.isArray(body.error.path)).toBe(true);
}

describe('bad input', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer('sqlite', { bodyLimit: 64 * 1024, rateLimit: 40 });
  });
  afterAll(async () => {
    await test?.close();
  });

  it.each([
    ['malformed JSON', { raw: '{"workflow": ', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_DOCUMENT'],
    ['an empty body', { raw: '', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_DOCUMENT'],
    ['invalid UTF-8', { raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'content-type': 'application/json' } }, 400, 'INVALID_DOCUMENT'],
    ['a body over the limit', { raw: JSON.stringify({ workflow: 'x'.repeat(100 * 1024) }), headers: { 'content-type': 'application/json' } }, 413, 'PAYLOAD_TOO_LARGE'],
    ['a wrong type', { body: { workflow: {}, priority: 'high' } }, 400, 'INVALID_FIELD'],
    ['an unknown field', { body: { workflow: {}, colour: 'red' } }, 400, 'INVALID_FIELD'],
    ['a __proto__ key', { raw: '{"workflow": {}, "__proto__": {"admin": true}}', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_DOCUMENT'],
    ['YAML with a billion laughs', { raw: `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`, headers: { 'content-type': 'application/yaml' } }, 400, 'INVALID_DOCUMENT'],
    ['an unsupported content type', { raw: 'workflow', headers: { 'content-type': 'text/plain' } }, 400, 'INVALID_FIELD'],
    ['a workflow that is not one', { body: { workflow: { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'x' }, spec: { steps: 'no' } } } }, 400, 'INVALID_FIELD'],
    ['a string that is not IR text', { body: { workflow: '{{{' } }, 400, 'INVALID_DOCUMENT'],
  ])('answers %s with a 4xx in the error shape', async (_name, request, status, code) => {
    const answer = await test.call('POST', '/api/v1/workflows', request as never);
    expect(answer.status).toBe(status);
    expectErrorShape(answer.body);
    expect(answer.body.error.code).toBe(code);
  });

  it('names the path into the request for a wrong type', async () => {
    const answer = await test.call('POST', '/api/v1/workflows', { body: { workflow: {}, priority: 'high' } });
    expect(answer.body.error.path).toEqual(['body', 'priority']);
  });

  it('refuses requests without a known token, and unknown routes, in the same shape', async () => {
    const none = await test.call('GET', '/api/v1/runs', { token: null });
    expect(none.status).toBe(401);
    expectErrorShape(none.body);
    const wrong = await test.call('GET', '/api/v1/runs', { token: 'cst_guess' });
    expect(wrong.status).toBe(401);
    const route = await test.call('GET', '/api/v1/nothing-here');
    expect(route.status).toBe(404);
    expectErrorShape(route.body);
    const traversal = await test.call('GET', '/api/v1/runs/..%2F..%2Fetc%2Fpasswd/logs');
    expect(traversal.status).toBe(404);
    expect(JSON.stringify(traversal.body)).not.toContain('root:');
  });

  it('sends security headers and request ids, and no CORS headers unless configured', async () => {
    const answer = await test.call('GET', '/api/v1/me', { headers: { origin: 'https://evil.example' } });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Helmet's defaults, on answers and on errors alike.
    const missing = await test.call('GET', '/api/v1/runs/none');
    for (const headers of [answer.headers, missing.headers]) {
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const given = await test.call('GET', '/api/v1/me', { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
  });

  it('limits requests per token, not per server', async () => {
    const other = await test.call('POST', '/api/v1/users', { body: { name: 'other' } });
    let limited: { status: number; body: LooseJson; headers: Headers } | undefined;
    for (let index = 0; index < 45 && !limited; index += 1) {
      const answer = await test.call('GET', '/api/v1/me');
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.body.error.code).toBe('RATE_LIMITED');
    expect(limited?.headers.get('retry-after')).not.toBeNull();
    expect((await test.call('GET', '/api/v1/me', { token: other.body.token.token })).status).toBe(200);
  });
});

describe('health, metrics and the API description', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await test?.close();
  });

  it('answers probes without a token and describes every API route in OpenAPI', async () => {
    expect((await test.call('GET', '/healthz', { token: null })).body).toEqual({ status: 'ok' });
    expect((await test.call('GET', '/readyz', { token: null })).body).toEqual({ status: 'ready', database: 'sqlite' });
    const spec = await test.call('GET', '/openapi.json', { token: null });
    expect(spec.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.body.paths);
    for (const path of ['/api/v1/workflows', '/api/v1/runs/{id}', '/api/v1/runs/{id}/retry', '/api/v1/runs/{id}/logs', '/api/v1/clusters', '/api/v1/users']) expect(paths).toContain(path);
    expect(spec.body.paths['/api/v1/workflows'].post.requestBody.content['application/json'].schema.properties.priority.type).toBe('integer');
    const docs = await test.call('GET', '/docs/', { token: null });
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('<html');
  });

  it('counts runs by phase, queue depth, placements and requests in /metrics', async () => {
    const metrics = await test.call('GET', '/metrics', { token: null });
    expect(metrics.body).toContain('couler_queue_depth 0');
    expect(metrics.body).toContain('# TYPE couler_placements_total counter');
    expect(metrics.body).toContain('couler_http_requests_total{method="GET",route="/healthz",status="200"}');
  });
});
