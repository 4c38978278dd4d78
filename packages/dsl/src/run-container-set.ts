import type { IMAGE_PULL_POLICIES, ContainerSetContainer, Step } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { COMMON_STEP_OPTION_KEYS, StepFields, commandWords, toResources, type ArgInput, type CommonStepOptions, type OutputSpec, type ResourcesInput, type VolumeMount } from './step-options';
import { describe } from './values';

/** One container of a set; `dependencies` name containers of the same set that must finish first. */
export interface ContainerSetContainerOptions {
  name: string;
  image: string;
  command?: string | string[];
  /** Literals, outputs of earlier steps, parameters, map items. */
  args?: ArgInput | ArgInput[];
  dependencies?: string[];
  workingDir?: string;
  imagePullPolicy?: (typeof IMAGE_PULL_POLICIES)[number];
  resources?: ResourcesInput;
}

export interface ContainerSetOptions extends CommonStepOptions {
  /** The containers, all in one pod; the one named "main" holds the step's inputs and outputs. */
  containers: ContainerSetContainerOptions[];
  /** Volumes every container mounts (an emptyDir is the cheap way to share files). */
  volumeMounts?: VolumeMount[];
  /** What the "main" container writes: createParameterArtifact(path), createLocalArtifact(path) … */
  output?: OutputSpec | OutputSpec[];
}

const CONTAINER_SET_OPTION_KEYS = { ...COMMON_STEP_OPTION_KEYS, containers: true, volumeMounts: true, output: true } as const satisfies Record<keyof ContainerSetOptions, true>;
const CONTAINER_KEYS = {
  name: true,
  image: true,
  command: true,
  args: true,
  dependencies: true,
  workingDir: true,
  imagePullPolicy: true,
  resources: true,
} as const satisfies Record<keyof ContainerSetContainerOptions, true>;

/**
 * Several containers sharing one pod (Argo's `containerSet`), run in the order their
 * dependencies give. Only backends that know the `step.containerSet` construct (Argo, the
 * local engine) run it; the others refuse it with UNSUPPORTED_BY_BACKEND.
 */
export function runContainerSet(options: ContainerSetOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runContainerSet');
  checkOptions('runContainerSet()', options, CONTAINER_SET_OPTION_KEYS);
  if (typeof options !== 'object' || options === null || !Array.isArray(options.containers) || options.containers.length === 0) {
    throw dslError('INVALID_DSL_USAGE', `runContainerSet() needs a list of containers; got ${describe(options?.containers)}.`, {
      hint: "runContainerSet({ containers: [{ name: 'a', image: 'alpine', command: ['sh', '-c'], args: ['…'] }, { name: 'main', image: 'alpine', dependencies: ['a'] }] })",
    });
  }
  const parts = new StepFields('runContainerSet').common(options);
  parts.outputs(options.output);
  const containers = options.containers.map((container, index): ContainerSetContainer => {
    const where = `runContainerSet({ containers[${index}] })`;
    checkOptions(where, container, CONTAINER_KEYS);
    if (typeof container?.name !== 'string' || container.name === '') throw dslError('INVALID_DSL_USAGE', `${where} needs a name; got ${describe(container?.name)}.`);
    if (typeof container.image !== 'string' || container.image.trim() === '') throw dslError('INVALID_DSL_USAGE', `${where} needs an image; got ${describe(container.image)}.`);
    const args = parts.args(container.args);
    const resources = toResources(container.resources, where);
    return {
      name: container.name,
      image: container.image,
      ...(container.command !== undefined && { command: commandWords(`runContainerSet({ containers[${index}].command })`, container.command) }),
      ...(args && args.length > 0 && { args }),
      ...(container.workingDir !== undefined && { workingDir: container.workingDir }),
      ...(container.imagePullPolicy !== undefined && { imagePullPolicy: container.imagePullPolicy }),
      ...(resources && { resources }),
      ...(container.dependencies?.length && { dependencies: [...container.dependencies] }),
    };
  });
  const fields = parts.build();
  if (options.volumeMounts?.length) fields.volumeMounts = options.volumeMounts;
  const draft = { ...fields, kind: 'containerSet', containerSet: { containers } } as Partial<Step>;
  return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: 'container-set', stack });
}
