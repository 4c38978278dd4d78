import { CONTAINER_SET_MAIN, type ContainerSetStep, type RetryPolicy } from '@couler/ir';
import type { ArgoContainerNode, ArgoContainerSet, ArgoContainerSetRetryStrategy, ArgoEnvVar } from './argo-types';
import { escapeTemplateText } from './escape-template-text';
import type { LeafInputs } from './leaf-inputs';
import { mapEnv } from './map-env';
import { mapResources } from './map-resources';
import { durationString } from './map-retry-strategy';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/**
 * Names of the containers Argo v4.1 adds to a pod (`workflow/common/common.go`: `init`, `wait`,
 * `supervisor`, artifact plugins' `artifact-plugin-…` and `init-artifact-…`); Argo refuses a
 * container set using one (`IsArgoSidecar`), and Kubernetes refuses two containers of one name.
 */
export function isArgoReservedContainerName(name: string): boolean {
  return ['init', 'wait', 'supervisor'].includes(name) || name.startsWith('artifact-plugin-') || name.startsWith('init-artifact-');
}

/**
 * Refuses what a container set cannot carry on Argo: resources for the whole step (Argo sizes
 * each container), and files or outputs without a `main` container (Argo loads inputs into,
 * and saves outputs from, the container named `main` only).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the field, the step and the backend.
 */
export function assertContainerSetExpressible(step: ContainerSetStep, path: Path): void {
  step.containerSet.containers.forEach((container, index) => {
    if (!isArgoReservedContainerName(container.name)) return;
    throw unsupported('step.containerSet', `a container named "${container.name}": Argo keeps that name for a container of its own in every pod`, {
      path: [...path, 'containerSet', 'containers', index, 'name'],
      stepName: step.name,
      hint: 'Rename the container.',
    });
  });
  if (step.resources) {
    throw unsupported('step.containerSet', 'resources for a whole container set: Argo requests them per container', {
      path: [...path, 'resources'],
      stepName: step.name,
      hint: 'Give each container its own resources; the pod requests their sum.',
    });
  }
  const holdsFiles = (step.inputs?.artifacts?.length ?? 0) > 0 || (step.outputs?.parameters?.length ?? 0) > 0 || (step.outputs?.artifacts?.length ?? 0) > 0;
  if (holdsFiles && !step.containerSet.containers.some((container) => container.name === CONTAINER_SET_MAIN)) {
    throw unsupported('step.containerSet', `input artifacts or outputs of a container set with no container named "${CONTAINER_SET_MAIN}", the only one Argo loads and saves files for`, {
      path: [...path, 'containerSet', 'containers'],
      stepName: step.name,
      hint: `Name the container that reads the inputs and writes the outputs "${CONTAINER_SET_MAIN}".`,
    });
  }
}

/**
 * A retry policy as Argo's in-pod retry of a container set (`containerSet.retryStrategy`), when
 * that means the same thing: the executor re-runs a container's command when it exits non-zero
 * (`on: 'failure'`), after a fixed wait. Anything else — retrying errors of the pod itself, a
 * growing wait, a time limit, patterns — is undefined here, and the template's `retryStrategy`
 * retries the whole pod instead, as it does for a container step. So is a step with a timeout:
 * `on: 'failure'` retries a timeout, and a pod past its deadline is killed whole, with no
 * container left to run again in place.
 *
 * Argo v4.1's executor makes `retries` attempts in all (`wait.Backoff{Steps: retries}`; its own
 * e2e test `TestWorkflowTemplateWithRetryStrategyInContainerSet` sees two runs for `retries: 2`),
 * though the field's description says `retries + 1`: `limit` retries are written as `limit + 1`.
 */
export function containerSetRetryStrategy(retry: RetryPolicy, timeoutSeconds?: number): ArgoContainerSetRetryStrategy | undefined {
  if (retry.on !== 'failure' || retry.limit === 0 || timeoutSeconds !== undefined) return undefined;
  const backoff = retry.backoff;
  if (backoff && ((backoff.factor ?? 1) !== 1 || backoff.maxDurationSeconds !== undefined || backoff.capSeconds !== undefined)) return undefined;
  return { retries: String(retry.limit + 1), ...(backoff && backoff.durationSeconds > 0 && { duration: durationString(backoff.durationSeconds) }) };
}

/**
 * The `containerSet` of an Argo template: every container with its own image, command,
 * arguments and resources, the step's env and envFrom given to each, the step's volume mounts
 * shared (Argo mounts `containerSet.volumeMounts` in every container). Arguments render like a
 * container step's: references become input parameters, literal text stays literal.
 */
export function compileContainerSet(step: ContainerSetStep, inputs: LeafInputs, retryStrategy: ArgoContainerSetRetryStrategy | undefined): ArgoContainerSet {
  const env = mapEnv(step.env, inputs);
  const containers = step.containerSet.containers.map((container): ArgoContainerNode => {
    const args = container.args?.map((arg) => inputs.render(arg, 'args'));
    const resources = mapResources(container.resources);
    return {
      name: container.name,
      image: escapeTemplateText(container.image),
      ...(container.command && { command: container.command.map((part) => escapeTemplateText(part)) }),
      ...(args && { args }),
      ...(container.workingDir !== undefined && { workingDir: escapeTemplateText(container.workingDir) }),
      ...(env && { env: env.map(copyEnvVar) }),
      ...(step.envFrom?.length && { envFrom: step.envFrom.map((source) => ({ ...source })) }),
      ...(resources && { resources }),
      ...(container.imagePullPolicy !== undefined && { imagePullPolicy: container.imagePullPolicy }),
      ...(container.dependencies?.length && { dependencies: [...container.dependencies] }),
    };
  });
  return {
    containers,
    ...(step.volumeMounts?.length && { volumeMounts: step.volumeMounts.map((mount) => ({ ...mount })) }),
    ...(retryStrategy && { retryStrategy }),
  };
}

/** Each container gets its own copy, so no two places of the document share an object. */
function copyEnvVar(variable: ArgoEnvVar): ArgoEnvVar {
  return structuredClone(variable);
}
