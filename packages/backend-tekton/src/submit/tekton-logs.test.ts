import { CoulerError, type BackendV1LogLine } from '@couler/ir';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KubernetesApiServer } from '../../test/support/kubernetes-api-server';
import { createTektonBackend } from '../tekton-backend';

const NAMESPACE = 'ml';
const RUN = 'train-x1';
const SHARDS = 11;

async function drain(lines: AsyncIterable<BackendV1LogLine>): Promise<BackendV1LogLine[]> {
  const out: BackendV1LogLine[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

async function rejection(run: () => Promise<unknown>): Promise<CoulerError> {
  try {
    await run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

const succeeded = { conditions: [{ type: 'Succeeded', status: 'True', reason: 'Succeeded' }] };
const running = { conditions: [{ type: 'Succeeded', status: 'Unknown', reason: 'Running' }] };
const time = (second: number) => `2026-01-01T00:00:${String(second).padStart(2, '0')}.000000000Z`;

/**
 * A PipelineRun as Tekton's controller leaves it: `prepare` done, `shard` a matrix of 11 TaskRuns
 * (names `-0` … `-10`), `fit` done, and `report` whose pod was deleted.
 */
function seed(server: KubernetesApiServer): void {
  server.objects.clear();
  server.requests.length = 0;
  server.podLogs.clear();
  server.running.clear();
  server.onLogRequest = undefined;
  server.objects.set(server.key(NAMESPACE, 'pipelineruns', RUN), {
    apiVersion: 'tekton.dev/v1',
    kind: 'PipelineRun',
    metadata: { name: RUN, namespace: NAMESPACE },
    spec: { pipelineRef: { name: 'train' } },
    status: { ...succeeded, pipelineSpec: { tasks: [{ name: 'prepare' }, { name: 'shard' }, { name: 'fit' }], finally: [{ name: 'report' }] } },
  });
  const taskRun = (task: string, name: string, second: number, status: Record<string, unknown> = succeeded) => {
    server.addTaskRun(NAMESPACE, name, RUN, task, { ...status, podName: `${name}-pod`, startTime: time(second), ...(status === succeeded && { completionTime: time(second + 1) }), steps: [{ name: 'main', container: 'step-main', terminated: { exitCode: 0 } }] });
  };
  taskRun('prepare', `${RUN}-prepare`, 1);
  server.setPodLog(NAMESPACE, `${RUN}-prepare-pod`, 'step-main', [[time(1), 'downloading'], [time(2), 'done']]);
  for (let index = 0; index < SHARDS; index++) {
    taskRun('shard', `${RUN}-shard-${index}`, 3, index === 10 ? { conditions: [{ type: 'Succeeded', status: 'False', reason: 'Failed' }] } : succeeded);
    server.setPodLog(NAMESPACE, `${RUN}-shard-${index}-pod`, 'step-main', [[time(3), `shard ${index}`]]);
  }
  taskRun('fit', `${RUN}-fit`, 5);
  server.setPodLog(NAMESPACE, `${RUN}-fit-pod`, 'step-main', [[time(5), 'epoch 1'], [time(6), 'epoch 2']]);
  taskRun('report', `${RUN}-report`, 7);
}

describe('doLogs against the Kubernetes pod log API', () => {
  const server = new KubernetesApiServer('secret-token');
  let kubeconfig: string;
  beforeAll(async () => {
    await server.start();
    kubeconfig = server.kubeconfig({ namespace: NAMESPACE });
  });
  afterAll(() => server.stop());
  beforeEach(() => seed(server));
  const handle = { backendId: 'tekton', runId: RUN, namespace: NAMESPACE };

  it('every step\'s lines, oldest TaskRun first, with their times; matrix combinations as shard[i] by item index', async () => {
    const lines = await drain(createTektonBackend({ kubeconfig }).doLogs!(handle, {}));
    expect(lines.map((line) => `${line.stepName}: ${line.text}`)).toEqual([
      'prepare: downloading',
      'prepare: done',
      ...Array.from({ length: SHARDS }, (_, index) => `shard[${index}]: shard ${index}`),
      'fit: epoch 1',
      'fit: epoch 2',
      `report: [couler] Pod "${RUN}-report-pod" is gone (deleted, or pruned with its run): the logs of "report" are no longer on the cluster.`,
    ]);
    expect(lines[0]!.time).toBe('2026-01-01T00:00:01.000000000Z');
    expect(server.requests.find((request) => request.path.includes('/pods/'))!.path).toBe(`/api/v1/namespaces/${NAMESPACE}/pods/${RUN}-prepare-pod/log?container=step-main&timestamps=true`);
  });

  it('status names matrix combinations the same way: shard[10] is the TaskRun ending in -10', async () => {
    const status = await createTektonBackend({ kubeconfig }).doStatus!(handle, {});
    expect(status.steps.map((step) => step.name)).toEqual(['fit', 'prepare', 'report', ...Array.from({ length: SHARDS }, (_, index) => `shard[${index}]`)]);
    expect(status.steps.find((step) => step.name === 'shard[10]')!.phase).toBe('Failed');
    expect(status.steps.find((step) => step.name === 'shard[2]')!.phase).toBe('Succeeded');
  });

  it('one step: all of its combinations, or one of them; an unknown step is UNKNOWN_STEP before any log is read', async () => {
    const backend = createTektonBackend({ kubeconfig });
    const shards = await drain(backend.doLogs!(handle, { stepName: 'shard' }));
    expect(shards.map((line) => line.text)).toEqual(Array.from({ length: SHARDS }, (_, index) => `shard ${index}`));
    const tenth = await drain(backend.doLogs!(handle, { stepName: 'shard[10]' }));
    expect(tenth).toEqual([{ stepName: 'shard[10]', time: time(3), text: 'shard 10' }]);
    server.requests.length = 0;
    const unknown = await rejection(() => drain(backend.doLogs!(handle, { stepName: 'fitt' })));
    expect([unknown.code, unknown.message, unknown.hint]).toEqual(['UNKNOWN_STEP', `PipelineRun "${RUN}" has no step "fitt". Did you mean "fit"?`, 'Its steps are "prepare", "shard", "fit", "report".']);
    expect(server.requests.some((request) => request.path.includes('/log'))).toBe(false);
  });

  it('a container that cannot give a log says why, and the other steps still come', async () => {
    server.podLogs.set(`${NAMESPACE}/${RUN}-fit-pod`, new Map([['step-other', []]]));
    const lines = await drain(createTektonBackend({ kubeconfig }).doLogs!(handle, {}));
    expect(lines.filter((line) => line.stepName === 'fit').map((line) => line.text)).toEqual([
      `[couler] No log from container "step-main" of pod "${RUN}-fit-pod": Kubernetes could not read the log of container step-main in pod ${RUN}-fit-pod (HTTP 400): container step-main is not valid for pod ${RUN}-fit-pod`,
    ]);
    expect(lines.map((line) => line.stepName)).toContain('report');
  });

  it('a run that is not there: RUN_NOT_FOUND', async () => {
    const missing = await rejection(() => drain(createTektonBackend({ kubeconfig }).doLogs!({ ...handle, runId: 'nope' }, {})));
    expect([missing.code, missing.message]).toEqual(['RUN_NOT_FOUND', 'Kubernetes could not read pipelineruns/nope (HTTP 404): pipelineruns.tekton.dev "nope" not found']);
  });

  it('follow streams what runs, picks up TaskRuns that start later, and ends with the run', async () => {
    server.setStatus(NAMESPACE, 'pipelineruns', RUN, { ...running, pipelineSpec: { tasks: [{ name: 'prepare' }, { name: 'fit' }, { name: 'evaluate' }] } });
    for (const key of [...server.objects.keys()]) if (/(shard|report)/.test(key)) server.objects.delete(key);
    // While fit's log is read, fit ends, evaluate starts and ends, and the run succeeds.
    server.onLogRequest = (pod) => {
      if (pod !== `${RUN}-fit-pod`) return;
      server.addTaskRun(NAMESPACE, `${RUN}-evaluate`, RUN, 'evaluate', { ...succeeded, podName: `${RUN}-evaluate-pod`, startTime: time(8), completionTime: time(9), steps: [{ name: 'main', container: 'step-main', terminated: { exitCode: 0 } }] });
      server.setPodLog(NAMESPACE, `${RUN}-evaluate-pod`, 'step-main', [[time(8), 'accuracy 0.9']]);
      server.setStatus(NAMESPACE, 'pipelineruns', RUN, succeeded);
    };
    const lines = await drain(createTektonBackend({ kubeconfig }).doLogs!(handle, { follow: true }));
    expect(lines.map((line) => `${line.stepName}: ${line.text}`)).toEqual(['prepare: downloading', 'prepare: done', 'fit: epoch 1', 'fit: epoch 2', 'evaluate: accuracy 0.9']);
    expect(server.requests.filter((request) => request.path.includes('/log')).map((request) => new URL(request.path, server.url).searchParams.get('follow'))).toEqual(['true', 'true', 'true']);
  });

  it('aborting a followed log ends it with the caller\'s reason', async () => {
    server.setStatus(NAMESPACE, 'pipelineruns', RUN, running);
    server.running.add(`${NAMESPACE}/${RUN}-prepare-pod/step-main`);
    const controller = new AbortController();
    const reason = new Error('user pressed Ctrl-C');
    const seen: string[] = [];
    const following = (async () => {
      for await (const line of createTektonBackend({ kubeconfig }).doLogs!(handle, { follow: true, stepName: 'prepare', abortSignal: controller.signal })) {
        seen.push(line.text);
        if (seen.length === 2) controller.abort(reason);
      }
    })();
    await expect(following).rejects.toBe(reason);
    expect(seen).toEqual(['downloading', 'done']);
  });
});
