import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

describe.each(DIALECTS)('workflows and runs on %s', (dialect) => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer(dialect);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('runs a submitted workflow on the local cluster: phase, steps, timings, outputs, events, logs', async () => {
    const workflow = shellWorkflow('hello', [
      { name: 'greet', script: 'echo "hello from couler"' },
      { name: 'after', script: 'echo done', dependencies: ['greet'] },
    ]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow, priority: 3 } });
    expect(submitted.status).toBe(201);
    expect(submitted.body.run).toMatchObject({ phase: 'Queued', priority: 3, workflowName: 'hello', request: { cpu: 1, memory: 0, gpu: 0 } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Succeeded');
    expect(run.cluster).toBe('local');
    expect(run.steps.map((step: { id: string; phase: string }) => [step.id, step.phase])).toEqual([
      ['greet', 'Succeeded'],
      ['after', 'Succeeded'],
    ]);
    expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    const types = events.body.items.map((event: { type: string }) => event.type);
    expect(types.slice(0, 3)).toEqual(['queued', 'placed', 'run-started']);
    expect(types).toContain('run-finished');
    const placed = events.body.items.find((event: { type: string }) => event.type === 'placed');
    expect(placed.data.cluster).toBe('local');
    expect(placed.data.scores.total).toBeGreaterThan(0);
    expect(placed.data.message).toMatch(/^Placed on cluster "local" with score/);
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs?step=greet`);
    expect(logs.body.items.map((event: { data: { line: string } }) => event.data.line)).toEqual(['hello from couler']);
  });

  it('takes an IR document as the body, in YAML, and the outputs of the run', async () => {
    const yaml = [
      'apiVersion: couler.dev/v1alpha1',
      'kind: Workflow',
      'metadata: {name: from-yaml}',
      'spec:',
      '  steps:',
      '    - name: answer',
      '      kind: container',
      '      container: {image: alpine, command: [sh, -c, "printf 42 > /tmp/answer; echo \\"it is $(cat /tmp/answer)\\""]}',
    ].join('\n');
    const submitted = await test.call('POST', '/api/v1/workflows', { raw: yaml, headers: { 'content-type': 'application/yaml' } });
    expect(submitted.status).toBe(201);
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Succeeded');
    const workflow = await test.call('GET', `/api/v1/workflows/${submitted.body.workflow.id}`);
    expect(workflow.body.ir.metadata.name).toBe('from-yaml');
    expect(workflow.body.runs.map((entry: { id: string }) => entry.id)).toEqual([run.id]);
  });

  it('refuses an invalid workflow with the IR code and path, storing nothing', async () => {
    const workflow = shellWorkflow('broken', [{ name: 'a', script: 'true', dependencies: ['nope'] }]);
    const answer = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('UNKNOWN_STEP');
    expect(answer.body.error.path).toEqual(['steps', 'a', 'dependencies', 0]);
    const unknownParameter = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('ok', [{ name: 'a', script: 'true' }]), parameters: { epochs: '3' } } });
    expect(unknownParameter.body.error.code).toBe('UNKNOWN_PARAMETER');
    const list = await test.call('GET', '/api/v1/workflows?name=broken');
    expect(list.body.items).toEqual([]);
  });

  it('lists runs newest first with filters and a cursor that walks every page once', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('paged', [{ name: 'a', script: 'true' }]) } });
      ids.push(submitted.body.run.id);
    }
    for (const id of ids) await waitForRun(test, id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await test.call('GET', `/api/v1/runs?workflow=paged&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((run: { id: string }) => run.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const succeeded = await test.call('GET', '/api/v1/runs?workflow=paged&phase=Failed');
    expect(succeeded.body.items).toEqual([]);
    const badCursor = await test.call('GET', '/api/v1/runs?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['querystring', 'cursor'] });
  });

  it('retries from the failure point, and with from=STEP from that step on', async () => {
    const flag = `${test.home}/fixed`;
    const count = `${test.home}/prepared`;
    const workflow = shellWorkflow('flaky', [
      { name: 'prepare', script: `echo x >> ${count}` },
      { name: 'train', script: `test -f ${flag} || { echo "no flag" >&2; exit 3; }`, dependencies: ['prepare'] },
    ]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const failed = await waitForRun(test, submitted.body.run.id);
    expect(failed.phase).toBe('Failed');
    expect(failed.message).toContain('train');
    const running = await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: { from: 'trian' } });
    expect(running.body.error).toMatchObject({ code: 'UNKNOWN_STEP', path: ['body', 'from'] });
    expect(running.body.error.message).toContain('Did you mean "train"?');
    const { writeFileSync, readFileSync } = await import('node:fs');
    writeFileSync(flag, '');
    const retried = await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: {} });
    expect(retried.status).toBe(202);
    const fixed = await waitForRun(test, failed.id);
    expect(fixed.phase).toBe('Succeeded');
    expect(readFileSync(count, 'utf8')).toBe('x\n');
    await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: { from: 'prepare' } });
    expect((await waitForRun(test, failed.id)).phase).toBe('Succeeded');
    expect(readFileSync(count, 'utf8')).toBe('x\nx\n');
    const events = await test.call('GET', `/api/v1/runs/${failed.id}/events`);
    expect(events.body.items.filter((event: { type: string }) => event.type === 'retry-requested')).toHaveLength(2);
  });

  it('cancels a running run, refuses to cancel it twice, and deletes its workflow after', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('sleepy', [{ name: 'nap', script: 'sleep 30' }]) } });
    const id = submitted.body.run.id;
    for (let tries = 0; tries < 200; tries += 1) {
      const { body } = await test.call('GET', `/api/v1/runs/${id}`);
      if (body.steps.some((step: { phase: string }) => step.phase === 'Running')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const busy = await test.call('DELETE', `/api/v1/workflows/${submitted.body.workflow.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('INVALID_RUN_STATE');
    const cancelled = await test.call('POST', `/api/v1/runs/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect((await waitForRun(test, id)).phase).toBe('Cancelled');
    const again = await test.call('POST', `/api/v1/runs/${id}/cancel`);
    expect(again.status).toBe(409);
    expect((await test.call('DELETE', `/api/v1/workflows/${submitted.body.workflow.id}`)).status).toBe(204);
    expect((await test.call('GET', `/api/v1/runs/${id}`)).status).toBe(404);
  });
});
