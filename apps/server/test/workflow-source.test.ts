import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, waitForRun, type TestServer } from './support/test-server';

const DSL_SOURCE = `
import { runContainer, workflow } from '@couler/dsl';

const greeting: string = 'hello from a TypeScript source';
export default workflow('from-source', () => {
  runContainer({ stepName: 'greet', image: 'alpine:3.20', command: ['sh', '-c', \`echo "\${greeting}"\`] });
});
`;

/** These tests start child processes with limits; the server process must outlive every one. */
describe('workflow sources compiled by the server', () => {
  let test: TestServer;
  beforeAll(async () => {
    // A source compiles in about a second here; 8 s leaves room for a machine under load.
    test = await startTestServer('sqlite', { sourceLimits: { timeoutMs: 8000, memoryMb: 64 } });
  });
  afterAll(async () => {
    await test?.close();
  });

  it('compiles a TypeScript module written with the DSL and runs the workflow it exports', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { source: DSL_SOURCE } });
    expect(submitted.status).toBe(201);
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Succeeded');
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs`);
    expect(logs.body.items.map((event: { data: { line: string } }) => event.data.line)).toEqual(['hello from a TypeScript source']);
  });

  it('takes the source as the body itself (application/typescript), and plain JavaScript exporting IR', async () => {
    const raw = await test.call('POST', '/api/v1/workflows', { raw: DSL_SOURCE, headers: { 'content-type': 'application/typescript' } });
    expect(raw.status).toBe(201);
    expect(raw.body.workflow.name).toBe('from-source');
    const js = `export const workflow = { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'plain-js' }, spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] } }] } };`;
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { source: js, language: 'js' } });
    expect(submitted.status).toBe(201);
    expect(submitted.body.workflow.name).toBe('plain-js');
  });

  it('stops a source that loops forever with a 400 in the error shape, and keeps serving', async () => {
    const started = Date.now();
    const looping = await test.call('POST', '/api/v1/workflows', { body: { source: 'while (true) {}\nexport default {};' } });
    expect(looping.status).toBe(400);
    expect(looping.body.error).toMatchObject({ code: 'LOAD_FAILED', message: 'The workflow source did not finish within 8 s and was stopped.', path: ['body', 'source'] });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await test.call('GET', '/api/v1/me')).status).toBe(200);
  });

  it('stops a source that allocates without bound with a 400, and keeps serving', async () => {
    const hungry = await test.call('POST', '/api/v1/workflows', { body: { source: 'const hoard: string[][] = [];\nfor (;;) hoard.push(new Array(1e6).fill("x"));\nexport default {};' } });
    expect(hungry.status).toBe(400);
    expect(hungry.body.error).toMatchObject({ code: 'LOAD_FAILED', message: 'The workflow source used more than 64 MiB of memory and was stopped.', path: ['body', 'source'] });
    expect((await test.call('GET', '/healthz')).status).toBe(200);
  });

  it("neither reads the server's files and environment nor starts processes", async () => {
    process.env.COULER_SOURCE_TEST_SECRET = 'do-not-leak';
    const envProbe = await test.call('POST', '/api/v1/workflows', { body: { source: `export default { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'x' + (process.env.COULER_SOURCE_TEST_SECRET ?? 'clean') }, spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] } }] } };` } });
    expect(envProbe.status).toBe(201);
    expect(envProbe.body.workflow.name).toBe('xclean');
    for (const source of [
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(`${test.home}/server.db`)}, 'utf8'));`,
      `import { execSync } from 'node:child_process';\nexecSync('touch /tmp/couler-source-escaped');\nexport default {};`,
    ]) {
      const denied = await test.call('POST', '/api/v1/workflows', { body: { source } });
      expect(denied.status).toBe(400);
      expect(denied.body.error.code).toBe('LOAD_FAILED');
      expect(denied.body.error.message).toMatch(/^The workflow source tried something the server does not allow a workflow source/);
    }
  });

  it('keeps the DSL\'s own errors with their codes, and refuses a body with both or neither of workflow and source', async () => {
    const thrown = await test.call('POST', '/api/v1/workflows', { body: { source: `import { runContainer, workflow } from '@couler/dsl';\nexport default workflow('w', () => {\n  runContainer({ name: 'x', image: 'alpine' });\n});` } });
    expect(thrown.status).toBe(400);
    expect(thrown.body.error).toMatchObject({ code: 'INVALID_DSL_USAGE', message: 'runContainer() has no option "name".', path: ['body', 'source'], locations: [expect.objectContaining({ file: 'source', line: 3 })] });
    const syntax = await test.call('POST', '/api/v1/workflows', { body: { source: 'export default {' } });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe('LOAD_FAILED');
    const both = await test.call('POST', '/api/v1/workflows', { body: { source: 'export default {}', workflow: {} } });
    expect(both.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body'] });
    const neither = await test.call('POST', '/api/v1/workflows', { body: { priority: 1 } });
    expect(neither.status).toBe(400);
  });
});
