import { CoulerError, type BackendV1RequestOptions, type BackendV1RunHandle } from '@couler/ir';
import { connectToKubernetes, type TektonClusterSettings } from './kubernetes-client';

/** Tries of the read-and-replace when Tekton's controller writes the PipelineRun in between. */
const CONFLICT_TRIES = 3;

/**
 * Cancels a PipelineRun as `tkn pipelinerun cancel` does: `spec.status: Cancelled`, after which
 * Tekton's controller stops its TaskRuns and their pods. The object is read and replaced with
 * its `resourceVersion` (the API has no merge patch in `CustomObjects`); a write by the
 * controller in between is retried.
 *
 * @throws CoulerError `RUN_NOT_FOUND` when the PipelineRun is gone, else the codes of the
 *   Kubernetes client (`ENGINE_AUTH_FAILED`, `ENGINE_UNREACHABLE`, …).
 */
export async function cancelTektonRun(run: BackendV1RunHandle, options: BackendV1RequestOptions, settings: TektonClusterSettings): Promise<void> {
  const { api, namespace: contextNamespace } = await connectToKubernetes(settings, options);
  const namespace = options.namespace ?? run.namespace ?? contextNamespace ?? 'default';
  for (let attempt = 1; ; attempt++) {
    const current = (await api.get(namespace, 'pipelineruns', run.runId)) as { spec?: Record<string, unknown>; [field: string]: unknown };
    try {
      await api.replace(namespace, 'pipelineruns', run.runId, { ...current, spec: { ...current.spec, status: 'Cancelled' } });
      return;
    } catch (error) {
      if (!(CoulerError.isInstance(error) && error.code === 'ENGINE_CONFLICT') || attempt >= CONFLICT_TRIES) throw error;
    }
  }
}
