import { readFileSync } from 'node:fs';
import { KubernetesApiServer, type LooseJson as TektonJson } from '@couler/backend-tekton/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

const K8S_TOKEN = 'k8s-sa-token-5678';
const NAMESPACE = 'ml';
const T0 = '2026-01-01T00:00:00Z';
const T1 = '2026-01-01T00:00:05Z';

/** What a PipelineRun does, by the workflow name its run starts with; `hold` leaves it running. */
type Outcome = 'succeed' | 'fail' | 'hold';

const condition = (status: string, reason: string, message?: string) => ({ conditions: [{ type: 'Succeeded', status, reason, ...(message && { message }) }] });

/**
 * Plays Tekton's controller and kubelet on the loopback API server: each new PipelineRun gets
 * one TaskRun per pipeline task (with a pod and its log) and ends as `outcome` says.
 */
function driveTekton(api: KubernetesApiServer, outcomeOf: (pipelineRun: string) => Outcome): () => void {
  const done = new Set<string>();
  const timer = setInterval(() => {
    for (const [key, object] of api.objects) {
      const [namespace, plural, name] = key.split('/') as [string, string, string];
      if (plural !== 'pipelineruns' || done.has(key)) continue;
      done.add(key);
      const outcome = outcomeOf(name);
      const tasks = ((object.spec as TektonJson).pipelineSpec.tasks as TektonJson[]).map((task) => task.name as string);
      for (const [index, task] of tasks.entries()) {
        const failed = outcome === 'fail' && index === tasks.length - 1;
        const running = outcome === 'hold' && index === tasks.length - 1;
        const pod = `${name}-${task}-pod`;
        api.addTaskRun(namespace, `${name}-${task}`, name, task, {
          podName: pod,
          startTime: T0,
          ...(!running && { completionTime: T1 }),
          steps: [{ name: 'main', container: 'step-main', terminated: {} }],
          ...(running ? condition('Unknown', 'Running') : failed ? condition('False', 'Failed', `"step-main" exited with code 1`) : condition('True', 'Succeeded')),
        });
        api.setPodLog(namespace, pod, 'step-main', [[T0, `hello from ${task}`]]);
      }
      const ended = outcome === 'fail' ? condition('False', 'Failed', 'Tasks Completed: 2 (Failed: 1)') : condition('True', 'Succeeded', 'Tasks Completed: 2');
      api.setStatus(namespace, 'pipelineruns', name, outcome === 'hold' ? { startTime: T0, ...condition('Unknown', 'Running') } : { startTime: T0, completionTime: T1, ...ended });
    }
  }, 10);
  return () => clearInterval(timer);
}

const tektonCluster = (kubeconfig: string, name = 'tekton-prod') => ({ name, kind: 'tekton', capacity: { cpu: 32, memory: 128 * 2 ** 30, gpu: 0 }, settings: { kubeconfig, namespace: NAMESPACE } });
const twoSteps = (name: string) => shellWorkflow(name, [{ name: 'prepare', script: 'echo prep' }, { name: 'train', script: 'echo train', dependencies: ['prepare'] }]);

async function until<T>(find: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 500; tries++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('not found in time');
}

describe.each(DIALECTS)('a Tekton cluster on %s', (dialect) => {
  let test: TestServer;
  let api: KubernetesApiServer;
  let kubeconfig: string;
  let stop: () => void;
  const outcomes = new Map<string, Outcome>();
  beforeAll(async () => {
    api = await new KubernetesApiServer(K8S_TOKEN).start();
    kubeconfig = readFileSync(api.kubeconfig(), 'utf8');
    // A run's outcome by its workflow name, the PipelineRun's name's start.
    stop = driveTekton(api, (pipelineRun) => [...outcomes].find(([prefix]) => pipelineRun.startsWith(prefix))?.[1] ?? 'succeed');
    test = await startTestServer(dialect, { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
  });
  afterAll(async () => {
    stop?.();
    await test?.close();
    await api?.stop();
  });

  it('registers with a kubeconfig, finds the API server and Tekton there, and never shows the kubeconfig', async () => {
    const registered = await test.call('POST', '/api/v1/clusters', { body: tektonCluster(kubeconfig) });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ name: 'tekton-prod', kind: 'tekton', healthy: true, draining: false, settings: { namespace: NAMESPACE, hasKubeconfig: true } });
    const listed = await test.call('GET', '/api/v1/clusters');
    expect(JSON.stringify(listed.body)).not.toContain(K8S_TOKEN);
    expect(api.requests.some((request) => request.method === 'GET' && request.path.startsWith(`/apis/tekton.dev/v1/namespaces/${NAMESPACE}/pipelineruns?`))).toBe(true);
  });

  it('records a cluster whose credentials Kubernetes refuses as unhealthy, and refuses a kubeconfig that is not one', async () => {
    const refused = await test.call('POST', '/api/v1/clusters', { body: tektonCluster(kubeconfig.replace(K8S_TOKEN, 'wrong-token'), 'tekton-wrong') });
    expect(refused.status).toBe(201);
    expect(refused.body).toMatchObject({ healthy: false });
    expect(refused.body.healthMessage).toMatch(/HTTP 401/);
    const notKubeconfig = await test.call('POST', '/api/v1/clusters', { body: tektonCluster('token: x\n', 'tekton-bad') });
    expect(notKubeconfig.status).toBe(400);
    expect(notKubeconfig.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body', 'settings', 'kubeconfig'] });
    // Unhealthy clusters take no runs: the rest of this file runs on tekton-prod only.
    await test.call('DELETE', '/api/v1/clusters/tekton-wrong');
  });

  it('runs a workflow as a PipelineRun named by the server, follows it to Succeeded, and keeps its steps and logs', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('hello') } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run).toMatchObject({ phase: 'Succeeded', cluster: 'tekton-prod' });
    expect(run.steps.map((step: LooseJson) => [step.id, step.phase])).toEqual([
      ['prepare', 'Succeeded'],
      ['train', 'Succeeded'],
    ]);
    const created = api.objects.get(`${NAMESPACE}/pipelineruns/${run.id}-1-run`);
    expect(created?.metadata.name).toBe(`${run.id}-1-run`);
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    expect(events.body.items.map((event: LooseJson) => event.data.message)).toContain(`Created Tekton PipelineRun "${run.id}-1-run" in namespace "${NAMESPACE}" on cluster "tekton-prod".`);
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs?step=train`);
    expect(logs.body.items.map((event: LooseJson) => event.data.line)).toEqual(['hello from train']);
  });

  it('reports a failed PipelineRun, and a retry creates a new one that succeeds', async () => {
    outcomes.set('broken', 'fail');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('broken') } });
    const failed = await waitForRun(test, submitted.body.run.id);
    expect(failed.phase).toBe('Failed');
    expect(failed.steps.find((step: LooseJson) => step.id === 'train')).toMatchObject({ phase: 'Failed', message: '"step-main" exited with code 1' });
    outcomes.set('broken', 'succeed');
    const retry = await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: {} });
    expect(retry.status).toBe(202);
    const retried = await waitForRun(test, failed.id);
    expect(retried.phase).toBe('Succeeded');
    expect(api.objects.has(`${NAMESPACE}/pipelineruns/${failed.id}-2-run`)).toBe(true);
  });

  it('cancels a running PipelineRun on Kubernetes when the run is cancelled', async () => {
    outcomes.set('endless', 'hold');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('endless') } });
    const id = submitted.body.run.id;
    const name = `${id}-1-run`;
    await until(() => api.objects.get(`${NAMESPACE}/pipelineruns/${name}`)?.status);
    expect((await test.call('POST', `/api/v1/runs/${id}/cancel`)).status).toBe(200);
    const run = await waitForRun(test, id);
    expect(run).toMatchObject({ phase: 'Cancelled', message: `Cancelled Tekton PipelineRun "${name}".` });
    const replaced = api.requests.find((request) => request.method === 'PUT' && request.path === `/apis/tekton.dev/v1/namespaces/${NAMESPACE}/pipelineruns/${name}`);
    expect(replaced?.body?.spec.status).toBe('Cancelled');
  });
});
