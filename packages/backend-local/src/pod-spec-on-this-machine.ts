import { CoulerError, containerRuntimeFields, podSpecFields, type ContainerRuntime, type PodSpec, type Step, type Workflow } from '@couler/ir';

/**
 * Pod-spec controls on one machine. Most describe a pod's security, scheduling and DNS, which a
 * process here has no equivalent of: the run goes on and says once which were ignored (as it
 * does for node selectors). A few cannot be ignored without running the step differently from
 * how it was written, so they are refused:
 * - `sidecars` and `initContainers`: the step relies on them (a proxy, a database, files they
 *   prepare); running it without them would fail it, or worse, let it succeed differently;
 * - the step's own `volumes`: as workflow volumes, there is no pod to mount them in;
 * - env from the downward API: the pod fields it reads do not exist, and an unset variable is
 *   not what the step was written to read;
 * - of the step's container settings, those Kubernetes acts on for a batch step: a liveness or
 *   startup probe (restarts or fails the container), lifecycle hooks (run commands), block
 *   devices (a raw claim). Those it would not act on are ignored: a readiness probe (nothing
 *   routes traffic to a step here), ports (declaring one opens nothing in Kubernetes either), the
 *   termination message path (read only into the pod's status) and the resize policy (nothing
 *   resizes a process here).
 */

/** Fields refused here, and why. */
const REFUSED: Partial<Record<keyof PodSpec, string>> = {
  sidecars: 'containers the step relies on beside it, which one machine has no pod to run in',
  initContainers: 'containers that prepare the pod before the step, which one machine has no pod to run in',
};

/** The step's container settings refused here, and why. */
const REFUSED_CONTAINER: Partial<Record<keyof ContainerRuntime, string>> = {
  livenessProbe: 'Kubernetes restarts the container when it fails, which a process here has no one to do',
  startupProbe: 'Kubernetes fails the container when it never succeeds, which a process here has no one to do',
  lifecycle: 'hooks Kubernetes runs in the container at its start and stop',
  volumeDevices: 'a raw block device from a claim, which one machine has no pod to attach',
};

function allSteps(workflow: Workflow): Step[] {
  return [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])];
}

function refusal(what: string, path: ReadonlyArray<string | number>, stepName?: string): CoulerError {
  return new CoulerError('UNSUPPORTED_BY_BACKEND', `The local backend cannot express ${what}${stepName ? `, used by "${stepName}"` : ''}.`, {
    path,
    ...(stepName !== undefined && { stepIds: [stepName] }),
    hint: 'Run the workflow on Argo, Tekton or Airflow, or remove it for a run on this machine.',
  });
}

/** @throws CoulerError UNSUPPORTED_BY_BACKEND for the pod-spec controls a step cannot run without. */
export function refusePodSpecNeeds(workflow: Workflow): void {
  for (const [field, why] of Object.entries(REFUSED) as Array<[keyof PodSpec, string]>) {
    if (podSpecFields(workflow.spec.pod).includes(field)) throw refusal(`${field} ("pod.${field}"): ${why}`, ['pod', field]);
  }
  for (const field of containerRuntimeFields(workflow.spec.pod?.container)) {
    const why = REFUSED_CONTAINER[field];
    if (why) throw refusal(`${field} ("pod.container.${field}"): ${why}`, ['pod', 'container', field]);
  }
  for (const step of allSteps(workflow)) {
    const path = workflow.spec.steps.includes(step) ? 'steps' : 'onExit';
    for (const [field, why] of Object.entries(REFUSED) as Array<[keyof PodSpec, string]>) {
      if (podSpecFields(step.pod).includes(field)) throw refusal(`${field} ("pod.${field}"): ${why}`, [path, step.name, 'pod', field], step.name);
    }
    for (const field of containerRuntimeFields(step.pod?.container)) {
      const why = REFUSED_CONTAINER[field];
      if (why) throw refusal(`${field} ("pod.container.${field}"): ${why}`, [path, step.name, 'pod', 'container', field], step.name);
    }
    if (step.volumes?.length) throw refusal('volumes of a step ("volumes"): there is no pod to mount them in', [path, step.name, 'volumes'], step.name);
    const downward = step.env?.find((variable) => variable.fieldRef || variable.resourceFieldRef);
    if (downward) throw refusal(`env from the downward API ("env.${downward.fieldRef ? 'fieldRef' : 'resourceFieldRef'}"): the pod fields it reads do not exist on this machine`, [path, step.name, 'env', downward.name], step.name);
  }
}

/** The pod-spec fields the run ignores, workflow-wide and per step, once each; empty when none. */
export function ignoredPodSpecFields(workflow: Workflow): string[] {
  const fields = new Set<string>();
  const add = (pod: PodSpec | undefined) => {
    for (const field of podSpecFields(pod)) if (field !== 'container') fields.add(field);
    for (const field of containerRuntimeFields(pod?.container)) fields.add(field);
  };
  add(workflow.spec.pod);
  for (const step of allSteps(workflow)) add(step.pod);
  if (workflow.spec.podMetadata?.labels || workflow.spec.podMetadata?.annotations) fields.add('podMetadata');
  return [...fields].sort();
}

/** The notice a run emits once at its start, or undefined. */
export function ignoredPodSpecNotice(workflow: Workflow): string | undefined {
  const fields = ignoredPodSpecFields(workflow);
  if (fields.length === 0) return undefined;
  return `Pod settings have no effect on this machine, where each step is a process (or a container) and not a pod, and are ignored: ${fields.join(', ')}.`;
}
