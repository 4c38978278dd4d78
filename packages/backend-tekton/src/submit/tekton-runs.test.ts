import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KubernetesApiServer } from '../../test/support/kubernetes-api-server';
import { createTektonBackend } from '../tekton-backend';

const workflow: Workflow = {
  apiVersion: IR_API_VERSION,
  kind: 'Workflow',
  metadata: { name: 'train' },
  spec: {
    parameters: [{ name: 'epochs', default: 3 }, { name: 'shards', type: 'list', default: '["a"]' }],
    steps: [
      { name: 'prepare', kind: 'container', container: { image: 'alpine', command: ['echo', 'prepare'] } },
      { name: 'fit', kind: 'container', container: { image: 'alpine', command: ['echo'], args: [{ ref: 'parameter', name: 'epochs' }] }, dependencies: ['prepare'] },
    ],
  },
} as Workflow;

async function rejection(run: () => PromiseLike<unknown>): Promise<CoulerError> {
  try {
    await run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

describe('doSubmit / doStatus against a Kubernetes API server', () => {
  const server = new KubernetesApiServer('secret-token');
  let kubeconfig: string;
  beforeAll(async () => {
    await server.start();
    kubeconfig = server.kubeconfig({ namespace: 'ml' });
  });
  afterAll(() => server.stop());

  it('creates the Pipeline and a PipelineRun with the given parameters, in the context namespace', async () => {
    const backend = createTektonBackend({ kubeconfig });
    const compiled = await backend.doCompile(workflow, {});
    const handle = await backend.doSubmit!(compiled, { parameters: { epochs: '10', shards: '["x","y"]' } });
    expect(handle).toEqual({ backendId: 'tekton', runId: 'train-xxxx1', namespace: 'ml' });
    expect(server.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([
      '/apis/tekton.dev/v1/namespaces/ml/pipelines',
      '/apis/tekton.dev/v1/namespaces/ml/pipelineruns',
    ]);
    const run = server.objects.get('ml/pipelineruns/train-xxxx1')!;
    expect(run.spec).toEqual({ pipelineRef: { name: 'train' }, params: [{ name: 'epochs', value: '10' }, { name: 'shards', value: ['x', 'y'] }] });
    expect(server.objects.get('ml/pipelines/train')!.spec.tasks.map((task: { name: string }) => task.name)).toEqual(['prepare', 'fit']);
  });

  it('submitting again replaces the Pipeline and creates a second run', async () => {
    const backend = createTektonBackend({ kubeconfig });
    const handle = await backend.doSubmit!(await backend.doCompile(workflow, {}), { namespace: 'ml' });
    expect(handle.runId).toBe('train-xxxx2');
    expect(server.requests.some((request) => request.method === 'PUT' && request.path === '/apis/tekton.dev/v1/namespaces/ml/pipelines/train')).toBe(true);
    expect(server.objects.get('ml/pipelines/train')!.metadata.resourceVersion).toBe('2');
  });

  it('status: the run phase and one entry per TaskRun, skipped tasks included', async () => {
    server.setStatus('ml', 'pipelineruns', 'train-xxxx1', {
      startTime: '2026-01-01T00:00:00Z',
      conditions: [{ type: 'Succeeded', status: 'Unknown', reason: 'Running', message: 'Tasks Completed: 1 (Failed: 0, Cancelled 0), Skipped: 0' }],
      skippedTasks: [{ name: 'report', reason: 'When Expressions evaluated to false' }],
    });
    server.addTaskRun('ml', 'train-xxxx1-prepare', 'train-xxxx1', 'prepare', { startTime: '2026-01-01T00:00:01Z', completionTime: '2026-01-01T00:00:09Z', conditions: [{ type: 'Succeeded', status: 'True', reason: 'Succeeded' }] });
    server.addTaskRun('ml', 'train-xxxx1-fit', 'train-xxxx1', 'fit', { startTime: '2026-01-01T00:00:10Z', conditions: [{ type: 'Succeeded', status: 'Unknown', reason: 'Running' }] });
    server.addTaskRun('ml', 'train-xxxx2-fit', 'train-xxxx2', 'fit', { conditions: [{ type: 'Succeeded', status: 'False', reason: 'Failed' }] });
    const status = await createTektonBackend({ kubeconfig }).doStatus!({ backendId: 'tekton', runId: 'train-xxxx1', namespace: 'ml' }, {});
    expect(status).toEqual({
      run: { backendId: 'tekton', runId: 'train-xxxx1', namespace: 'ml' },
      phase: 'Running',
      startedAt: '2026-01-01T00:00:00Z',
      message: 'Tasks Completed: 1 (Failed: 0, Cancelled 0), Skipped: 0',
      steps: [
        { name: 'fit', phase: 'Running', startedAt: '2026-01-01T00:00:10Z' },
        { name: 'prepare', phase: 'Succeeded', startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:09Z' },
        { name: 'report', phase: 'Skipped', message: 'When Expressions evaluated to false' },
      ],
    });
    server.setStatus('ml', 'pipelineruns', 'train-xxxx1', { conditions: [{ type: 'Succeeded', status: 'False', reason: 'Cancelled' }] });
    expect((await createTektonBackend({ kubeconfig }).doStatus!({ backendId: 'tekton', runId: 'train-xxxx1', namespace: 'ml' }, {})).phase).toBe('Cancelled');
  });

  it('a server and token given directly replace the kubeconfig', async () => {
    const status = await createTektonBackend().doStatus!({ backendId: 'tekton', runId: 'train-xxxx2', namespace: 'ml' }, { server: server.url, token: 'secret-token' });
    expect(status.steps).toEqual([{ name: 'fit', phase: 'Failed' }]);
  });

  it('failures are typed: refused credentials, an unknown run, a webhook rejection, an unknown parameter, no server', async () => {
    const backend = createTektonBackend({ kubeconfig });
    const compiled = await backend.doCompile(workflow, {});
    const denied = await rejection(() => createTektonBackend({ kubeconfig: server.kubeconfig({ token: 'wrong' }) }).doSubmit!(compiled, {}));
    expect([denied.code, denied.message]).toEqual(['ENGINE_AUTH_FAILED', 'Kubernetes could not create pipelines (HTTP 401): Unauthorized']);
    const missing = await rejection(() => backend.doStatus!({ backendId: 'tekton', runId: 'nope', namespace: 'ml' }, {}));
    expect([missing.code, missing.message]).toEqual(['RUN_NOT_FOUND', 'Kubernetes could not read pipelineruns/nope (HTTP 404): pipelineruns.tekton.dev "nope" not found']);
    server.rejectNext = { plural: 'pipelineruns', message: 'admission webhook "validation.webhook.pipeline.tekton.dev" denied the request' };
    const rejected = await rejection(() => backend.doSubmit!(compiled, {}));
    expect(rejected.code).toBe('ENGINE_REJECTED');
    expect(rejected.message).toContain('denied the request');
    const unknown = await rejection(() => backend.doSubmit!(compiled, { parameters: { epoch: '1' } }));
    expect([unknown.code, unknown.message]).toEqual(['UNKNOWN_PARAMETER', 'The workflow has no parameter "epoch".']);
    const offline = await rejection(() => createTektonBackend().doStatus!({ backendId: 'tekton', runId: 'x' }, { server: 'http://127.0.0.1:1', token: 't' }));
    expect(offline.code).toBe('ENGINE_UNREACHABLE');
  });
});
