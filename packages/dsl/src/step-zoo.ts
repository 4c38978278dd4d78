import type { JobReplica, JobStep } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite, type CapturedStack } from './internal/call-site';
import { checkOptions, type OptionKeys } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { COMMON_STEP_OPTION_KEYS, StepFields, commandWords, toResources, type ArgInput, type CommonStepOptions, type ResourcesInput } from './step-options';

/**
 * The step zoo (Couler's `couler.steps`): distributed training jobs as engine-neutral IR `job`
 * steps. Backends render them (Kubeflow TFJob, PyTorchJob, MPIJob, XGBoostJob on Argo and
 * Tekton) or refuse them by name; nothing is dropped.
 */

/** One role's pods. Image and command default to the job's. */
export interface RoleOptions {
  replicas?: number;
  image?: string;
  command?: string | string[];
  args?: ArgInput[];
  resources?: ResourcesInput;
  restartPolicy?: JobReplica['restartPolicy'];
}

export interface TrainingJobOptions extends Omit<CommonStepOptions, 'input'> {
  image: string;
  /** A string is split on spaces (`'python /train.py'`), as Couler's zoo does. */
  command?: string | string[];
  args?: ArgInput[];
  /** Default resources of every role. */
  resources?: ResourcesInput;
  cleanPodPolicy?: 'All' | 'Running' | 'None';
}

const ROLE_KEYS = { replicas: true, image: true, command: true, args: true, resources: true, restartPolicy: true } as const satisfies Record<keyof RoleOptions, true>;

const { input: _input, ...COMMON_JOB_KEYS } = COMMON_STEP_OPTION_KEYS;
const TRAINING_JOB_KEYS = { ...COMMON_JOB_KEYS, image: true, command: true, args: true, resources: true, cleanPodPolicy: true } as const satisfies Record<keyof TrainingJobOptions, true>;

/**
 * Checks the options of a zoo call (`known`: its keys) and of each role it was given, then the
 * step-making call sees only the options shared by every job.
 */
function checkJobOptions(api: string, options: object, known: OptionKeys, roleKeys: readonly string[]): void {
  checkOptions(`${api}()`, options, known);
  for (const role of roleKeys) checkOptions(`${api}({ ${role} })`, (options as Record<string, unknown> | null)?.[role], ROLE_KEYS);
}

function job(
  api: string,
  framework: JobStep['job']['framework'],
  options: TrainingJobOptions,
  roles: Record<string, RoleOptions | undefined>,
  stack: CapturedStack,
  fallback: string,
  extra: Partial<JobStep['job']> = {},
): StepHandle {
  const builder = currentBuilder(api);
  if (typeof options !== 'object' || options === null || typeof options.image !== 'string' || options.image === '') {
    throw dslError('INVALID_DSL_USAGE', `${api}() needs an image.`, { hint: `${api}({ image: 'my-trainer:1.0', command: 'python /train.py', … })` });
  }
  const parts = new StepFields(api).common(options);
  // As runJob: the created job's name and uid, e.g. to find the model it wrote.
  parts.addOutputParameter({ name: 'job-name', jsonPath: '{.metadata.name}' });
  parts.addOutputParameter({ name: 'job-id', jsonPath: '{.metadata.uid}' });
  const replicas: Record<string, JobReplica> = {};
  for (const [role, settings] of Object.entries(roles)) {
    if (!settings || (settings.replicas ?? 0) === 0) continue;
    if (!Number.isInteger(settings.replicas) || settings.replicas! < 0) {
      throw dslError('INVALID_DSL_USAGE', `${api}() ${role} replicas must be a whole number ≥ 0; got ${settings.replicas}.`);
    }
    const resources = toResources(settings.resources ?? options.resources, api);
    const args = settings.args && parts.args(settings.args);
    replicas[role] = {
      replicas: settings.replicas!,
      ...(settings.image !== undefined && { image: settings.image }),
      ...(settings.command !== undefined && { command: splitCommand(api, settings.command) }),
      ...(args?.length && { args }),
      ...(resources && { resources }),
      ...(settings.restartPolicy !== undefined && { restartPolicy: settings.restartPolicy }),
    };
  }
  if (Object.keys(replicas).length === 0) {
    throw dslError('INVALID_DSL_USAGE', `${api}() has no replicas: give at least one role a replica count, e.g. numWorkers: 2.`);
  }
  const args = parts.args(options.args);
  const step = {
    ...parts.build(),
    kind: 'job',
    job: {
      framework,
      image: options.image,
      ...(options.command !== undefined && { command: splitCommand(api, options.command) }),
      ...(args?.length && { args }),
      replicas,
      ...(options.cleanPodPolicy !== undefined && { cleanPodPolicy: options.cleanPodPolicy }),
      ...extra,
    },
  } as StepDraft;
  return builder.addStep(step, { stepName: options.stepName, fallback, stack });
}

function splitCommand(api: string, command: string | string[]): string[] {
  return typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : commandWords(`${api}({ command })`, command);
}

export interface TensorFlowTrainOptions extends TrainingJobOptions {
  /** Couler's default: no chief. */
  noChief?: boolean;
  chief?: RoleOptions;
  numPs?: number;
  ps?: RoleOptions;
  numWorkers?: number;
  worker?: RoleOptions;
  numEvaluators?: number;
  evaluator?: RoleOptions;
}

const TENSORFLOW_KEYS = {
  ...TRAINING_JOB_KEYS,
  noChief: true,
  chief: true,
  numPs: true,
  ps: true,
  numWorkers: true,
  worker: true,
  numEvaluators: true,
  evaluator: true,
} as const satisfies Record<keyof TensorFlowTrainOptions, true>;

export interface PyTorchTrainOptions extends TrainingJobOptions {
  master?: RoleOptions;
  numWorkers?: number;
  worker?: RoleOptions;
}

const PYTORCH_KEYS = { ...TRAINING_JOB_KEYS, master: true, numWorkers: true, worker: true } as const satisfies Record<keyof PyTorchTrainOptions, true>;

export interface MpiRunOptions extends TrainingJobOptions {
  launcher?: RoleOptions;
  numWorkers?: number;
  worker?: RoleOptions;
  slotsPerWorker?: number;
}

const MPI_KEYS = { ...TRAINING_JOB_KEYS, launcher: true, numWorkers: true, worker: true, slotsPerWorker: true } as const satisfies Record<keyof MpiRunOptions, true>;

export interface XGBoostTrainOptions extends TrainingJobOptions {
  master?: RoleOptions;
  numWorkers?: number;
  worker?: RoleOptions;
}

const XGBOOST_KEYS = { ...TRAINING_JOB_KEYS, master: true, numWorkers: true, worker: true } as const satisfies Record<keyof XGBoostTrainOptions, true>;

const restartNever = (role: RoleOptions | undefined, replicas: number | undefined): RoleOptions => ({ restartPolicy: 'Never', ...role, replicas: replicas ?? role?.replicas ?? 0 });

export const steps = {
  tensorflow: {
    /** A TFJob: optional Chief, parameter servers, workers, evaluators. */
    train(options: TensorFlowTrainOptions): StepHandle {
      const stack = captureCallSite();
      checkJobOptions('steps.tensorflow.train', options, TENSORFLOW_KEYS, ['chief', 'ps', 'worker', 'evaluator']);
      const { noChief = true, chief, numPs, ps, numWorkers, worker, numEvaluators, evaluator, ...rest } = options;
      return job('steps.tensorflow.train', 'tensorflow', rest, {
        Chief: noChief ? undefined : restartNever(chief, 1),
        PS: restartNever(ps, numPs),
        Worker: restartNever(worker, numWorkers),
        Evaluator: restartNever(evaluator, numEvaluators),
      }, stack, 'tf-train');
    },
  },
  pytorch: {
    /** A PyTorchJob: one Master and `numWorkers` workers. */
    train(options: PyTorchTrainOptions): StepHandle {
      const stack = captureCallSite();
      checkJobOptions('steps.pytorch.train', options, PYTORCH_KEYS, ['master', 'worker']);
      const { master, numWorkers, worker, ...rest } = options;
      return job('steps.pytorch.train', 'pytorch', rest, { Master: restartNever(master, 1), Worker: restartNever(worker, numWorkers) }, stack, 'pytorch-train');
    },
  },
  mpi: {
    /** An MPIJob: one Launcher and `numWorkers` workers. */
    run(options: MpiRunOptions): StepHandle {
      const stack = captureCallSite();
      checkJobOptions('steps.mpi.run', options, MPI_KEYS, ['launcher', 'worker']);
      const { launcher, numWorkers, worker, slotsPerWorker = 1, ...rest } = options;
      return job('steps.mpi.run', 'mpi', rest, { Launcher: { ...launcher, replicas: 1 }, Worker: { ...worker, replicas: numWorkers ?? worker?.replicas ?? 0 } }, stack, 'mpi-run', { slotsPerWorker });
    },
  },
  xgboost: {
    /** An XGBoostJob: one Master and `numWorkers` workers. */
    train(options: XGBoostTrainOptions): StepHandle {
      const stack = captureCallSite();
      checkJobOptions('steps.xgboost.train', options, XGBOOST_KEYS, ['master', 'worker']);
      const { master, numWorkers, worker, ...rest } = options;
      return job('steps.xgboost.train', 'xgboost', rest, { Master: restartNever(master, 1), Worker: restartNever(worker, numWorkers) }, stack, 'xgboost-train');
    },
  },
  lightgbm: {
    /**
     * LightGBM distributed training. Kubeflow runs LightGBM through the XGBoost operator
     * (its XGBoostJob supports LightGBM images), so this is an XGBoost-framework job.
     */
    train(options: XGBoostTrainOptions): StepHandle {
      const stack = captureCallSite();
      checkJobOptions('steps.lightgbm.train', options, XGBOOST_KEYS, ['master', 'worker']);
      const { master, numWorkers, worker, ...rest } = options;
      return job('steps.lightgbm.train', 'xgboost', rest, { Master: restartNever(master, 1), Worker: restartNever(worker, numWorkers) }, stack, 'lightgbm-train');
    },
  },
};
