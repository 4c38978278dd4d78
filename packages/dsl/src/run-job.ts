import { RESOURCE_ACTIONS, yamlLibrary } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { COMMON_STEP_OPTION_KEYS, StepFields, type CommonStepOptions, type Duration } from './step-options';
import { describe, toWholeSeconds } from './values';

export interface JobOptions extends CommonStepOptions {
  /** The Kubernetes object: YAML text or an object. */
  manifest: string | Record<string, unknown>;
  /** When the object counts as done, e.g. `status.succeeded > 0`. */
  successCondition?: string;
  failureCondition?: string;
  /** What to do with the manifest; Couler always created it, we honour the choice. */
  action?: (typeof RESOURCE_ACTIONS)[number];
  /** Delete the object with the workflow (default true). */
  setOwnerReference?: boolean;
}

const JOB_OPTION_KEYS = {
  ...COMMON_STEP_OPTION_KEYS,
  manifest: true,
  successCondition: true,
  failureCondition: true,
  action: true,
  setOwnerReference: true,
} as const satisfies Record<keyof JobOptions, true>;

/**
 * Couler's `run_job`: creates a Kubernetes object and waits for a condition. Its outputs are
 * `job-name`, `job-id` (uid) and `job-obj` (the object as JSON), `job-name` first.
 */
export function runJob(options: JobOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runJob');
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', 'runJob() takes an options object: runJob({ manifest, successCondition, failureCondition }).');
  checkOptions('runJob()', options, JOB_OPTION_KEYS);
  const manifest = typeof options.manifest === 'string' ? options.manifest : typeof options.manifest === 'object' && options.manifest !== null ? yamlLibrary().stringify(options.manifest) : undefined;
  if (!manifest?.trim()) throw dslError('INVALID_DSL_USAGE', `runJob() needs a manifest (YAML text or an object); got ${describe(options.manifest)}.`);
  if (options.action !== undefined && !RESOURCE_ACTIONS.includes(options.action)) {
    throw dslError('INVALID_DSL_USAGE', `runJob({ action }) must be one of ${RESOURCE_ACTIONS.join(', ')}; got ${JSON.stringify(options.action)}.`);
  }
  const parts = new StepFields('runJob').common(options);
  parts.addOutputParameter({ name: 'job-name', jsonPath: '{.metadata.name}' });
  parts.addOutputParameter({ name: 'job-id', jsonPath: '{.metadata.uid}' });
  parts.addOutputParameter({ name: 'job-obj', jqFilter: '.' });
  const step = {
    ...parts.build(),
    kind: 'resource',
    resource: {
      action: options.action ?? 'create',
      manifest,
      ...(options.successCondition && { successCondition: options.successCondition }),
      ...(options.failureCondition && { failureCondition: options.failureCondition }),
      setOwnerReference: options.setOwnerReference ?? true,
    },
  } as StepDraft;
  const kind = /^\s*kind:\s*["']?([A-Za-z]+)/m.exec(manifest)?.[1];
  return builder.addStep(step, { stepName: options.stepName, fallback: kind ? kind : 'job', stack });
}

export interface SuspendOptions {
  /** How long to wait (seconds, or `'30s'`, `'5m'` …); without it, until someone resumes the workflow. */
  duration?: Duration;
  stepName?: string;
}

const SUSPEND_OPTION_KEYS = { duration: true, stepName: true } as const satisfies Record<keyof SuspendOptions, true>;

/** Pauses the workflow for `duration`, or until someone resumes it. */
export function suspend(options: SuspendOptions = {}): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('suspend');
  checkOptions('suspend()', options, SUSPEND_OPTION_KEYS);
  const step = {
    kind: 'suspend',
    suspend: options.duration === undefined ? {} : { durationSeconds: toWholeSeconds(options.duration, 'suspend({ duration })') },
  } as StepDraft;
  return builder.addStep(step, { stepName: options.stepName, fallback: 'suspend', stack });
}
