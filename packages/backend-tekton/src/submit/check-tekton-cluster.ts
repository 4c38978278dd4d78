import type { BackendV1RequestOptions } from '@couler/ir';
import { connectToKubernetes, type TektonClusterSettings } from './kubernetes-client';

/**
 * Whether a cluster can run Couler's PipelineRuns: lists PipelineRuns in the namespace (with a
 * label no object has, so the answer stays small). That one call needs the API server to
 * answer, the credentials to be taken, RBAC to allow reading `tekton.dev` objects there, and
 * Tekton's CRDs to be installed (without them the resource is unknown: 404).
 *
 * @throws CoulerError `ENGINE_UNREACHABLE`, `ENGINE_AUTH_FAILED`, `RUN_NOT_FOUND` (no Tekton
 *   CRDs), with what to check in their hints.
 */
export async function checkTektonCluster(options: BackendV1RequestOptions, settings: TektonClusterSettings): Promise<void> {
  const { api, namespace: contextNamespace } = await connectToKubernetes(settings, options);
  await api.list(options.namespace ?? contextNamespace ?? 'default', 'pipelineruns', 'couler.dev/health-check=none');
}
