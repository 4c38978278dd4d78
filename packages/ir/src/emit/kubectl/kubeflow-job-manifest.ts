import type { JobStep, Value } from '../../schema/index';
import { kubernetesResources } from './kubernetes-resources';

/** The Kubeflow training operators' resources, by IR framework. */
export const KUBEFLOW_JOBS = {
  tensorflow: { apiVersion: 'kubeflow.org/v1', kind: 'TFJob', specs: 'tfReplicaSpecs', container: 'tensorflow' },
  pytorch: { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', specs: 'pytorchReplicaSpecs', container: 'pytorch' },
  xgboost: { apiVersion: 'kubeflow.org/v1', kind: 'XGBoostJob', specs: 'xgbReplicaSpecs', container: 'xgboost' },
  mpi: { apiVersion: 'kubeflow.org/v2beta1', kind: 'MPIJob', specs: 'mpiReplicaSpecs', container: 'mpi' },
} as const;

/**
 * The Kubeflow job a job step creates (`generateName: <name>-`, so runs never collide). `text`
 * renders each argument: literals as they are, references as the caller writes them.
 */
export function kubeflowJobManifest(step: JobStep, name: string, text: (value: Value) => string): Record<string, unknown> {
  const job = KUBEFLOW_JOBS[step.job.framework];
  const replicaSpecs: Record<string, unknown> = {};
  for (const [role, replica] of Object.entries(step.job.replicas)) {
    const command = replica.command ?? step.job.command;
    const args = replica.args ?? step.job.args;
    const resources = kubernetesResources(replica.resources);
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
    metadata: { generateName: `${name}-` },
    spec: {
      ...(step.job.slotsPerWorker !== undefined && { slotsPerWorker: step.job.slotsPerWorker }),
      ...(step.job.cleanPodPolicy && { runPolicy: { cleanPodPolicy: step.job.cleanPodPolicy } }),
      [job.specs]: replicaSpecs,
    },
  };
}

/**
 * A job step's manifest as JSON text with holes: `pieces[i]` is literal JSON, and between
 * `pieces[i]` and `pieces[i + 1]` goes `values[i]` (an argument known only at run time: the map
 * item, another step's output), JSON-escaped inside its string by whoever fills it in (see
 * `JSON_STRING_FUNCTION`). Literal arguments are in the pieces as they are.
 */
export interface JobManifestTemplate {
  readonly pieces: ReadonlyArray<string>;
  readonly values: ReadonlyArray<Value>;
}

export function kubeflowJobManifestTemplate(step: JobStep, name: string): JobManifestTemplate {
  // Each run-time value stands as `<marker><n>-` while the JSON is written; the marker is one
  // no literal of the manifest holds, so it is found only where it was put.
  for (let nonce = 0; ; nonce++) {
    const marker = `@couler-arg-${nonce}-`;
    const values: Value[] = [];
    const manifest = kubeflowJobManifest(step, name, (value) => {
      if (typeof value === 'string') return value;
      values.push(value);
      return `${marker}${values.length - 1}-`;
    });
    const json = `${JSON.stringify(manifest, null, 2)}\n`;
    if (json.split(marker).length - 1 !== values.length) continue;
    const parts = json.split(new RegExp(`${marker}(\\d+)-`));
    // Odd parts are the captured indexes: the values in the order the JSON holds them.
    return { pieces: parts.filter((_, index) => index % 2 === 0), values: parts.filter((_, index) => index % 2 === 1).map((index) => values[Number(index)]!) };
  }
}
