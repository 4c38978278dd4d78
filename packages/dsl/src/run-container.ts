import { IMAGE_PULL_POLICIES, isConcat, isRef, type Concat, type ContainerStep, type Ref, type Step } from '@couler/ir';
import { dslError, isItemHandle, isOutputHandle, isParameterHandle, isStepHandle, type ItemHandle, type OutputHandle, type ParameterHandle, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { COMMON_STEP_OPTION_KEYS, StepFields, commandWords, toResources, type ArgInput, type CommonStepOptions, type OutputSpec, type ResourcesInput, type VolumeMount } from './step-options';
import { describe, toValue } from './values';

/**
 * An image: text, or a value known when the step runs — a map item (`item.field('image')`), a
 * parameter, another step's output, or a concat of them (`concat(item.field('image'), ':', item.field('tag'))`).
 */
export type ImageInput = string | ItemHandle | ParameterHandle | OutputHandle | StepHandle | Concat | Ref;

/** What runContainer and runScript share. */
export interface ContainerOptions extends CommonStepOptions {
  image: ImageInput;
  /** The entrypoint; a string is one word (`'python'`), not split on spaces. */
  command?: string | string[];
  /**
   * Arguments: literals, outputs of earlier steps, parameters, map items. A step given whole
   * stands for all its declared outputs, in declared order (artifacts are mounted, not passed).
   */
  args?: ArgInput | ArgInput[];
  /** What the step writes: createParameterArtifact(path), createLocalArtifact(path), createS3Artifact(…) … */
  output?: OutputSpec | OutputSpec[];
  resources?: ResourcesInput;
  imagePullPolicy?: (typeof IMAGE_PULL_POLICIES)[number];
  volumeMounts?: VolumeMount[];
  workingDir?: string;
  /** Keeps running in the background while later steps use it (a server). */
  daemon?: boolean;
}

export const CONTAINER_OPTION_KEYS = {
  ...COMMON_STEP_OPTION_KEYS,
  image: true,
  command: true,
  args: true,
  output: true,
  resources: true,
  imagePullPolicy: true,
  volumeMounts: true,
  workingDir: true,
  daemon: true,
} as const satisfies Record<keyof ContainerOptions, true>;

/** Couler's `run_container`: one container step. Returns its handle. */
export function runContainer(options: ContainerOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runContainer');
  checkOptions('runContainer()', options, CONTAINER_OPTION_KEYS);
  const { fields, body } = containerParts('runContainer', options);
  return builder.addStep({ ...fields, kind: 'container', container: body } as StepDraft, {
    stepName: options.stepName,
    fallback: typeof options.image === 'string' ? imageBaseName(options.image) : 'container',
    stack,
  });
}

export function containerParts(api: string, options: ContainerOptions): { fields: Partial<Step>; body: ContainerStep['container'] } {
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', `${api}() takes an options object: ${api}({ image, command, args }).`);
  const dynamic = isItemHandle(options.image) || isParameterHandle(options.image) || isOutputHandle(options.image) || isStepHandle(options.image) || isConcat(options.image) || isRef(options.image);
  if (!dynamic && (typeof options.image !== 'string' || options.image.trim() === '')) {
    throw dslError('INVALID_DSL_USAGE', `${api}() needs an image; got ${describe(options.image)}.`, { hint: `${api}({ image: 'python:3.12-slim', … }) or, per map item, image: concat(item.field('image'), ':', item.field('tag'))` });
  }
  const image = typeof options.image === 'string' ? options.image : toValue(options.image, `${api}({ image })`);
  if (options.imagePullPolicy !== undefined && !IMAGE_PULL_POLICIES.includes(options.imagePullPolicy)) {
    throw dslError('INVALID_DSL_USAGE', `imagePullPolicy must be one of ${IMAGE_PULL_POLICIES.join(', ')}; got ${JSON.stringify(options.imagePullPolicy)}.`);
  }
  const parts = new StepFields(api).common(options);
  const args = parts.args(options.args);
  parts.outputs(options.output);
  const resources = toResources(options.resources, api);
  const fields = parts.build();
  if (resources) fields.resources = resources;
  if (options.volumeMounts?.length) fields.volumeMounts = options.volumeMounts;
  if (options.daemon) fields.daemon = true;
  const command = options.command === undefined ? undefined : commandWords(`${api}({ command })`, options.command);
  const body: ContainerStep['container'] = {
    image,
    ...(command && { command }),
    ...(args && args.length > 0 && { args }),
    ...(options.workingDir !== undefined && { workingDir: options.workingDir }),
    ...(options.imagePullPolicy !== undefined && { imagePullPolicy: options.imagePullPolicy }),
  };
  return { fields, body };
}

/** `ghcr.io/acme/trainer:1.2` → `trainer`: a readable default step name. */
export function imageBaseName(image: string): string {
  // Index arithmetic, not split(): it runs for every step, and three arrays a step add up.
  const digest = image.indexOf('@');
  const withoutDigest = digest === -1 ? image : image.slice(0, digest);
  const last = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const tag = last.indexOf(':');
  return tag === -1 ? last : last.slice(0, tag);
}
