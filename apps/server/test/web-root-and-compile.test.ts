import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { startTestServer, type TestServer } from './support/test-server';

const webRoot = mkdtempSync(join(tmpdir(), 'couler-web-root-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Couler GUI</title>');
writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');

const workflow = (name: string, source: string) => ({
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'hostile' },
  spec: { steps: [{ name, kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source } }] },
});

describe('the GUI and the builder’s compile route', () => {
  let test: TestServer;
  let bare: TestServer;
  beforeAll(async () => {
    test = await startTestServer('sqlite', { webRoot });
    bare = await startTestServer('sqlite', { webRoot: join(webRoot, 'absent') });
  });
  afterAll(async () => {
    await Promise.all([test?.close(), bare?.close()]);
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the build at / and the GUI’s pages (a reload of /runs/:id), while the API keeps its JSON 404s', async () => {
    expect(test.server.servesGui).toBe(true);
    for (const path of ['/', '/runs', '/runs/some-run-1', '/builder']) {
      const page = await test.call('GET', path, { token: null, headers: { accept: 'text/html' } });
      expect(page.status, path).toBe(200);
      expect(String(page.body), path).toContain('<title>Couler GUI</title>');
    }
    expect((await test.call('GET', '/assets/app.js', { token: null })).body).toBe('console.log(1)');
    const missing = await test.call('GET', '/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('serves no GUI when the web root has no build, and the API works as before', async () => {
    expect(bare.server.servesGui).toBe(false);
    expect((await bare.call('GET', '/', { token: null, headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await bare.call('GET', '/api/v1/runs')).status).toBe(200);
  });

  it('publishes an OpenAPI document whose every $ref resolves, so clients can be generated from it', async () => {
    const spec = (await test.call('GET', '/openapi.json', { token: null })).body;
    const refs = new Set<string>();
    const walk = (value: LooseJson) => {
      if (Array.isArray(value)) for (const item of value) walk(item);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value as Record<string, LooseJson>)) {
          if (key === '$ref' && typeof inner === 'string') refs.add(inner);
          else walk(inner);
        }
      }
    };
    walk(spec);
    expect(refs.size).toBeGreaterThan(5);
    for (const ref of refs) expect(spec.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['Run', 'RunStep', 'RunEvent', 'Error', 'CompileResult']));
  });

  it('compiles a workflow for each engine without storing or running it; hostile text stays inside its quoting', async () => {
    const hostile = 'echo "{{workflow.name}}" $(whoami) \'quoted\' \n ünïcode';
    for (const [backend, marker] of [['argo', 'kind: Workflow'], ['tekton', 'kind: Pipeline'], ['airflow', 'from airflow']] as const) {
      const compiled = await test.call('POST', '/api/v1/compile', { body: { workflow: workflow('say', hostile), backend } });
      expect(compiled.status, backend).toBe(200);
      const text = compiled.body.files.map((file: { contents: string }) => file.contents).join('\n');
      expect(text, backend).toContain(marker);
    }
    // Argo would read `{{workflow.name}}` in a source as its own variable: the compiled file must escape it.
    const argo = await test.call('POST', '/api/v1/compile', { body: { workflow: workflow('say', hostile), backend: 'argo' } });
    expect(argo.body.files[0].contents).not.toContain('echo "{{workflow.name}}"');
    expect((await test.call('GET', '/api/v1/runs')).body.items).toEqual([]);
  });

  it('refuses an invalid workflow or an unknown engine with typed errors that point at what to fix', async () => {
    const invalid = await test.call('POST', '/api/v1/compile', { body: { workflow: workflow('Bad Name!', 'echo'), backend: 'argo' } });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body.error)).toContain('Bad Name!');
    const engine = await test.call('POST', '/api/v1/compile', { body: { workflow: workflow('ok', 'echo'), backend: 'nomad' } });
    expect(engine.status).toBe(400);
    expect(engine.body.error.path).toEqual(['body', 'backend']);
    const unauthenticated = await test.call('POST', '/api/v1/compile', { token: null, body: { workflow: workflow('ok', 'echo'), backend: 'argo' } });
    expect(unauthenticated.status).toBe(401);
  });
});
