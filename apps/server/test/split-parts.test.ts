import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, startTestServer, waitForRun, type TestServer } from './support/test-server';

const sh = (name: string, script: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...extra });
const fromStep = (name: string, step: string, output = 'result') => ({ name, value: { ref: 'step', step, output } });

/** Three stages that hand values on: stdout, a declared output, a workflow parameter. */
const pipeline = {
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'pipeline' },
  spec: {
    parameters: [{ name: 'base', default: 'hello' }],
    steps: [
      sh('seed', 'echo "$BASE"; printf 7 > /tmp/couler-split-n', { env: [{ name: 'BASE', value: { ref: 'parameter', name: 'base' } }], outputs: { parameters: [{ name: 'n', path: '/tmp/couler-split-n', type: 'integer' }] } }),
      sh('double', 'echo $((N * 2))', { env: [fromStep('N', 'seed', 'n')] }),
      sh('report', 'echo "$S $D"', { env: [fromStep('S', 'seed'), fromStep('D', 'double')] }),
    ],
  },
};

describe.each(DIALECTS)('split workflows in the queue on %s', (dialect) => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer(dialect);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('queues each part on its own, places a part once the parts it reads from succeeded, and hands their values on', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: pipeline, parameters: { base: 'hi' }, split: { steps: 1 } } });
    expect(submitted.status).toBe(201);
    const whole = await waitForRun(test, submitted.body.run.id);
    expect(whole).toMatchObject({ phase: 'Succeeded', cluster: null, message: 'All 3 parts succeeded.', parentRunId: null });
    const parts = (await test.call('GET', `/api/v1/runs?parent=${whole.id}`)).body.items.sort((a: LooseJson, b: LooseJson) => a.part.index - b.part.index);
    expect(parts.map((part: LooseJson) => [part.workflowName, part.phase, part.cluster, part.part])).toEqual([
      ['pipeline-part-1', 'Succeeded', 'local', { index: 0, of: 3 }],
      ['pipeline-part-2', 'Succeeded', 'local', { index: 1, of: 3 }],
      ['pipeline-part-3', 'Succeeded', 'local', { index: 2, of: 3 }],
    ]);
    const logs = async (id: string) => (await test.call('GET', `/api/v1/runs/${id}/logs`)).body.items.map((event: LooseJson) => event.data.line);
    expect(await logs(parts[0].id)).toEqual(['hi']);
    expect(await logs(parts[1].id)).toEqual(['14']);
    expect(await logs(parts[2].id)).toEqual(['hi 14']);
    // Each part was placed by the queue, and only after every part it reads from had finished.
    for (const [index, part] of parts.entries()) {
      const events = (await test.call('GET', `/api/v1/runs/${part.id}/events`)).body.items;
      const placed = events.filter((event: LooseJson) => event.type === 'placed');
      expect(placed).toHaveLength(1);
      expect(placed[0].data.scores.total).toBeGreaterThan(0);
      if (index > 0) expect(Date.parse(placed[0].at)).toBeGreaterThanOrEqual(Date.parse(parts[index - 1].finishedAt));
    }
    const events = (await test.call('GET', `/api/v1/runs/${whole.id}/events`)).body.items;
    expect(events[0]).toMatchObject({ type: 'split', data: { parts: parts.map((part: LooseJson) => part.id) } });
  });

  it('cancels the parts that wait for a part that failed, fails the whole, refuses to retry the whole, and finishes it once the failed part is retried', async () => {
    // Fails the first time only (a plain failure: not retried automatically).
    const once = join(test.home, 'double-once');
    const double = sh('double', `if [ ! -e '${once}' ]; then touch '${once}'; echo "assert failed"; exit 3; fi; echo $((N * 2))`, { env: [fromStep('N', 'seed', 'n')] });
    const failing = { ...pipeline, metadata: { name: 'broken-pipeline' }, spec: { ...pipeline.spec, steps: [pipeline.spec.steps[0], double, pipeline.spec.steps[2]] } };
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: failing, split: { steps: 1 } } });
    const whole = await waitForRun(test, submitted.body.run.id);
    expect(whole.phase).toBe('Failed');
    expect(whole.message).toMatch(/^Part 2 \("[^"]+-p2"\) ended Failed\.$/);
    const parts = (await test.call('GET', `/api/v1/runs?parent=${whole.id}`)).body.items.sort((a: LooseJson, b: LooseJson) => a.part.index - b.part.index);
    expect(parts.map((part: LooseJson) => part.phase)).toEqual(['Succeeded', 'Failed', 'Cancelled']);
    expect(parts[2].message).toBe(`Not started: Part 2 ("${parts[1].id}") ended Failed.`);
    const retried = await test.call('POST', `/api/v1/runs/${whole.id}/retry`, { body: {} });
    expect(retried.status).toBe(409);
    expect(retried.body.error.hint).toBe(`Retry "${parts[1].id}", "${parts[2].id}".`);
    expect((await test.call('POST', `/api/v1/runs/${parts[1].id}/retry`, { body: {} })).status).toBe(202);
    const again = await waitForRun(test, whole.id);
    expect(again).toMatchObject({ phase: 'Succeeded', message: 'All 3 parts succeeded.' });
    const last = (await test.call('GET', `/api/v1/runs/${parts[2].id}/logs`)).body.items.map((event: LooseJson) => event.data.line);
    expect(last).toEqual(['hello 14']);
  });

  it('refuses to split a workflow with an exit handler, which no part would run with the status of the whole', async () => {
    const bad = await test.call('POST', '/api/v1/workflows', { body: { workflow: { ...pipeline, spec: { ...pipeline.spec, onExit: [sh('notify', 'echo bye')] } }, split: { steps: 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['body', 'split'] });
  });
});
