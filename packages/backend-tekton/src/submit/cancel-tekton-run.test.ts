import { readFileSync } from 'node:fs';
import { CoulerError } from '@couler/ir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KubernetesApiServer } from '../../test/support/kubernetes-api-server';
import { cancelTektonRun } from './cancel-tekton-run';
import { checkTektonCluster } from './check-tekton-cluster';

describe('cancelTektonRun and checkTektonCluster, with a kubeconfig given as text', () => {
  const server = new KubernetesApiServer('secret-token');
  let kubeconfigYaml: string;
  beforeAll(async () => {
    await server.start();
    kubeconfigYaml = readFileSync(server.kubeconfig(), 'utf8');
  });
  afterAll(() => server.stop());

  it('sets spec.status to Cancelled on the PipelineRun, keeping the rest of its spec', async () => {
    server.objects.set(server.key('ml', 'pipelineruns', 'train-run'), { apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'train-run', namespace: 'ml', resourceVersion: '1' }, spec: { pipelineRef: { name: 'train' } } });
    await cancelTektonRun({ backendId: 'tekton', runId: 'train-run', namespace: 'ml' }, {}, { kubeconfigYaml });
    expect(server.objects.get(server.key('ml', 'pipelineruns', 'train-run'))?.spec).toEqual({ pipelineRef: { name: 'train' }, status: 'Cancelled' });
    await expect(cancelTektonRun({ backendId: 'tekton', runId: 'gone-run', namespace: 'ml' }, {}, { kubeconfigYaml })).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });

  it('finds the API server and its credentials, and says when they are refused', async () => {
    await checkTektonCluster({ namespace: 'ml' }, { kubeconfigYaml });
    const refused = await checkTektonCluster({ namespace: 'ml' }, { kubeconfigYaml: kubeconfigYaml.replace('secret-token', 'wrong') }).catch((error: unknown) => error);
    expect(CoulerError.isInstance(refused) && refused.code).toBe('ENGINE_AUTH_FAILED');
  });
});
