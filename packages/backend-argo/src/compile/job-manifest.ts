import { isConcat, type JobStep, type Ref, type Value } from '@couler/ir';
import { escapeTemplateText, LATE_PASS } from './escape-template-text';
import { exprString } from './expr-literal';
import { mapResources } from './map-resources';

/**
 * How each framework's Kubeflow resource is spelled, from the operators' published types:
 * kubeflow/training-operator `pkg/apis/kubeflow.org/v1` (TFJob, PyTorchJob, XGBoostJob; replica
 * specs under `tfReplicaSpecs`/`pytorchReplicaSpecs`/`xgbReplicaSpecs`, `runPolicy.cleanPodPolicy`,
 * default container names `tensorflow`/`pytorch`/`xgboost`) and kubeflow/mpi-operator
 * `pkg/apis/kubeflow/v2beta1` (MPIJob, `mpiReplicaSpecs`, `slotsPerWorker`).
 */
export const KUBEFLOW_JOBS = {
  tensorflow: { apiVersion: 'kubeflow.org/v1', kind: 'TFJob', specsKey: 'tfReplicaSpecs', container: 'tensorflow', leaders: ['Chief', 'Master'] },
  pytorch: { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', specsKey: 'pytorchReplicaSpecs', container: 'pytorch', leaders: ['Master'] },
  xgboost: { apiVersion: 'kubeflow.org/v1', kind: 'XGBoostJob', specsKey: 'xgbReplicaSpecs', container: 'xgboost', leaders: ['Master'] },
  mpi: { apiVersion: 'kubeflow.org/v2beta1', kind: 'MPIJob', specsKey: 'mpiReplicaSpecs', container: 'mpi', leaders: ['Launcher'] },
} as const;

/** The role whose pods decide the job's outcome: the leader if there is one, else the workers. */
export function primaryRole(step: JobStep): string {
  const roles = Object.keys(step.job.replicas);
  const leader = KUBEFLOW_JOBS[step.job.framework].leaders.find((role) => roles.includes(role));
  return leader ?? (roles.includes('Worker') ? 'Worker' : roles[0]!);
}

/**
 * The success and failure conditions of the resource template. Argo reads them as label
 * selectors over the object's JSON (`workflow/executor/resource.go`), so they can only test
 * fields such as the operators' `status.replicaStatuses.<Role>.succeeded` counters, not the
 * `conditions` list: the job succeeds when its primary role (Chief/Master/Launcher, else the
 * workers — TFJob's "worker 0 done" rule) has a succeeded pod, and fails when it has a failed one.
 */
export function jobConditions(step: JobStep): { successCondition: string; failureCondition: string } {
  const role = primaryRole(step);
  return {
    successCondition: `status.replicaStatuses.${role}.succeeded > 0`,
    failureCondition: `status.replicaStatuses.${role}.failed > 0`,
  };
}

/** Value placeholders in the manifest: JSON text, or an expression writing a JSON string. */
export interface ManifestRenderer {
  /** expr-lang for a reference, e.g. `inputs.parameters['item']`. */
  exprRef(ref: Ref): string;
}

/** Text written into the JSON as is: an Argo expression tag that yields a JSON string. */
class RawJson {
  constructor(readonly text: string) {}
}

/** `JSON.stringify(value, null, 2)`, except that `RawJson` values are written verbatim. */
function stringifyWithRaw(value: unknown, indent = ''): string {
  if (value instanceof RawJson) return value.text;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${stringifyWithRaw(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${stringifyWithRaw(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The manifest is JSON (which Argo, reading YAML, accepts) so that a value known only at run
 * time lands as a JSON string whatever it holds: a reference is written as
 * `{{=toJson(…)}}`, which Argo replaces by a quoted, escaped JSON string before parsing the
 * manifest. Literal text is JSON-escaped and its `{{` written so Argo leaves it alone.
 */
export function jobManifest(step: JobStep, renderer: ManifestRenderer, podExtras: PodExtras): string {
  const job = KUBEFLOW_JOBS[step.job.framework];
  const value = (input: Value): unknown => {
    if (typeof input === 'string') return escapeTemplateText(input);
    const parts = isConcat(input) ? input.concat : [input];
    const expression = parts
      .map((part) => (typeof part === 'string' ? exprString(part) : renderer.exprRef(part)))
      .join(' + ');
    // Evaluated in Argo's last pass over the template (see escape-template-text.ts): what it
    // writes, user text included, is then never read for tags again.
    return new RawJson(`{{=toJson(${parts.length > 1 ? `string(${expression})` : expression}) + ${LATE_PASS}}}`);
  };
  const specs: Record<string, unknown> = {};
  for (const [role, replica] of Object.entries(step.job.replicas)) {
    const command = replica.command ?? step.job.command;
    const args = replica.args ?? step.job.args;
    const resources = mapResources(replica.resources ?? step.resources);
    const container = {
      name: job.container,
      image: escapeTemplateText(replica.image ?? step.job.image),
      ...(command && { command: command.map((part) => escapeTemplateText(part)) }),
      ...(args && { args: args.map(value) }),
      ...(podExtras.env.length > 0 && { env: podExtras.env.map((variable) => ({ ...variable, ...(variable.value !== undefined && { value: value(variable.value) }) })) }),
      ...(podExtras.envFrom.length > 0 && { envFrom: podExtras.envFrom }),
      ...(resources && { resources }),
      ...(podExtras.volumeMounts.length > 0 && { volumeMounts: podExtras.volumeMounts }),
    };
    specs[role] = {
      replicas: replica.replicas,
      ...(replica.restartPolicy !== undefined && { restartPolicy: replica.restartPolicy }),
      template: {
        metadata: { labels: { 'workflows.argoproj.io/workflow': '{{workflow.name}}' } },
        spec: {
          ...(podExtras.serviceAccountName !== undefined && { serviceAccountName: podExtras.serviceAccountName }),
          ...(podExtras.nodeSelector && { nodeSelector: podExtras.nodeSelector }),
          ...(podExtras.tolerations.length > 0 && { tolerations: podExtras.tolerations }),
          containers: [container],
          ...(podExtras.volumes.length > 0 && { volumes: podExtras.volumes }),
        },
      },
    };
  }
  const manifest = {
    apiVersion: job.apiVersion,
    kind: job.kind,
    metadata: { generateName: `${step.name.slice(0, 50)}-` },
    spec: {
      ...(step.job.cleanPodPolicy !== undefined && { runPolicy: { cleanPodPolicy: step.job.cleanPodPolicy } }),
      ...(step.job.framework === 'mpi' && step.job.slotsPerWorker !== undefined && { slotsPerWorker: step.job.slotsPerWorker }),
      [job.specsKey]: specs,
    },
  };
  return `${stringifyWithRaw(manifest)}\n`;
}

/** Pod-level settings of the step, applied to every role's pods. */
export interface PodExtras {
  env: Array<{ name: string; value?: Value; valueFrom?: unknown }>;
  envFrom: unknown[];
  volumeMounts: unknown[];
  volumes: unknown[];
  nodeSelector?: Record<string, string>;
  tolerations: unknown[];
  serviceAccountName?: string;
}
