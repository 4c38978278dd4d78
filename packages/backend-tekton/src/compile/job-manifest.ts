import type { JobStep } from '@couler/ir';
import { computeResources } from './map-resources';

/** The Kubeflow training operators' resources, by IR framework. */
export const KUBEFLOW_JOBS = {
  tensorflow: { apiVersion: 'kubeflow.org/v1', kind: 'TFJob', specs: 'tfReplicaSpecs', container: 'tensorflow' },
  pytorch: { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', specs: 'pytorchReplicaSpecs', container: 'pytorch' },
  xgboost: { apiVersion: 'kubeflow.org/v1', kind: 'XGBoostJob', specs: 'xgbReplicaSpecs', container: 'xgboost' },
  mpi: { apiVersion: 'kubeflow.org/v2beta1', kind: 'MPIJob', specs: 'mpiReplicaSpecs', container: 'mpi' },
} as const;

/**
 * The Kubeflow job a job step creates (`generateName: <task>-`, so runs never collide). `text`
 * renders each argument: literals as they are, references as the shell reads them.
 */
export function kubeflowJobManifest(step: JobStep, taskName: string, text: (value: NonNullable<JobStep['job']['args']>[number]) => string): Record<string, unknown> {
  const job = KUBEFLOW_JOBS[step.job.framework];
  const replicaSpecs: Record<string, unknown> = {};
  for (const [role, replica] of Object.entries(step.job.replicas)) {
    const command = replica.command ?? step.job.command;
    const args = replica.args ?? step.job.args;
    const resources = computeResources(replica.resources);
    replicaSpecs[role] = {
      replicas: replica.replicas,
      ...(replica.restartPolicy && { restartPolicy: replica.restartPolicy }),
      template: {
        spec: {
          containers: [
            {
              name: job.container,
              image: replica.image ?? step.job.image,
              ...(command && { command }),
              ...(args && { args: args.map(text) }),
              ...(resources && { resources }),
            },
          ],
        },
      },
    };
  }
  return {
    apiVersion: job.apiVersion,
    kind: job.kind,
    metadata: { generateName: `${taskName}-` },
    spec: {
      ...(step.job.slotsPerWorker !== undefined && { slotsPerWorker: step.job.slotsPerWorker }),
      ...(step.job.cleanPodPolicy && { runPolicy: { cleanPodPolicy: step.job.cleanPodPolicy } }),
      [job.specs]: replicaSpecs,
    },
  };
}
