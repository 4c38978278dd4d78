import { cancelTektonRun, checkTektonCluster, createTektonBackend, type TektonClusterSettings } from '@couler/backend-tekton';
import { CoulerError } from '@couler/ir';
import type { ClusterHealth, ClusterRunner } from './cluster-runner';
import { describeError, failureClassByCode } from './engine-failure';
import { createRemoteCluster, type RemoteClusterOptions } from './remote-cluster';
import type { RemoteClusterKind } from './remote-engine';

/** A cluster's settings as the Tekton backend takes them: the kubeconfig's text (never a file of this server), its context. */
function tektonSettings(settings: Readonly<Record<string, unknown>>): TektonClusterSettings & { namespace: string } {
  const text = (key: string) => (typeof settings[key] === 'string' && settings[key] !== '' ? (settings[key] as string) : undefined);
  const kubeconfigYaml = text('kubeconfig');
  // Without one, the Kubernetes client would fall back to this server's own ~/.kube/config.
  if (kubeconfigYaml === undefined) throw new CoulerError('INVALID_FIELD', 'A tekton cluster needs a kubeconfig.', { path: ['settings', 'kubeconfig'], hint: 'Give the kubeconfig file\'s YAML text as settings.kubeconfig.' });
  return { kubeconfigYaml, ...(text('context') !== undefined && { context: text('context')! }), namespace: text('namespace') ?? 'default' };
}

/**
 * Tekton Pipelines through the Kubernetes API, with a kubeconfig. A run is one PipelineRun
 * holding its whole pipeline (`runStyle: embedded`: nothing shared between runs to replace),
 * named `<run>-<dispatch>-run` by the server; a cancel sets `spec.status: Cancelled`. Tekton has
 * no retry of a PipelineRun: a retry creates a new one.
 */
export const tektonKind: RemoteClusterKind = {
  kind: 'tekton',
  connect(settings) {
    const { namespace, ...cluster } = tektonSettings(settings);
    const backend = createTektonBackend(cluster);
    const request = { namespace };
    return {
      backend,
      request,
      noun: 'Tekton PipelineRun',
      where: () => ` in namespace "${namespace}"`,
      // The compiler names the PipelineRun `<workflow>-run` without generateName.
      newHandle: (run) => ({ backendId: 'tekton', runId: `${run.id}-${run.dispatch}-run`, namespace }),
      async create(run, handle) {
        const named = { ...run.workflow, metadata: { ...run.workflow.metadata, name: handle!.runId.replace(/-run$/, '') } };
        const compiled = await backend.doCompile(named, { settings: { generateName: false, runStyle: 'embedded', taskStyle: 'embedded' } });
        try {
          await backend.doSubmit!(compiled, { ...request, parameters: run.parameters });
        } catch (error) {
          if (!(CoulerError.isInstance(error) && error.code === 'ENGINE_CONFLICT')) throw error;
        }
        return handle!;
      },
      async cancel(handle) {
        try {
          await cancelTektonRun(handle, request, cluster);
          return `Cancelled Tekton PipelineRun "${handle.runId}".`;
        } catch (error) {
          return `Kubernetes did not cancel PipelineRun "${handle.runId}" (${describeError(error)}); stop it with \`tkn pipelinerun cancel ${handle.runId} -n ${namespace}\`.`;
        }
      },
      isNotFound: (error) => CoulerError.isInstance(error) && error.code === 'RUN_NOT_FOUND',
      failureClass: failureClassByCode,
    };
  },
  async checkHealth(settings): Promise<ClusterHealth> {
    try {
      const { namespace, ...cluster } = tektonSettings(settings);
      await checkTektonCluster({ namespace }, cluster);
      return { healthy: true };
    } catch (error) {
      return { healthy: false, message: describeError(error) };
    }
  },
};

/** A `tekton` cluster; see `tektonKind`. */
export function createTektonCluster(options: RemoteClusterOptions = {}): ClusterRunner {
  return createRemoteCluster(tektonKind, options);
}
