import type {
  CacheHint,
  FieldRef,
  ResourceFieldRef,
  EnvFrom,
  EnvVar,
  InputArtifact,
  OutputArtifact,
  OutputParameter,
  Resources,
  RetryPolicy,
  SecretKeyRef,
  Step,
  Toleration,
  Value,
  VolumeMount,
  Synchronization,
} from '@couler/ir';
import { isArtifactSpec, refuseInputOnlyOptions, refuseOutputOnlyOptions, type ArtifactSpec } from './artifacts';
import { type ArtifactMount, type InputArtifactMount, type OutputHandle, type StepHandle, dslError, isArtifactMount, isInputArtifactHandle, isInputArtifactMount, isOutputHandle, isStepHandle } from './handles';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import { CONTAINER_RUNTIME_OPTION_KEYS, POD_OPTION_KEYS, toPodSpec, type ContainerRuntimeOptions, type PodOptions, type StepVolumeOptions } from './pod-options';
import { toMetrics, type MetricInput } from './metric-options';
import { isSecretHandle, type SecretHandle } from './secrets';
import { toSynchronization } from './synchronization';
import { toTuneSpec, type TuneInput } from './tune-options';
import { describe, isHandle, toValue, toWholeSeconds, type ValueInput } from './values';

/**
 * Environment values: literals, outputs, parameters, a key of a Secret / ConfigMap, or a field
 * of the pod (`{ fieldRef: { fieldPath: 'spec.nodeName' } }`) or of the container's resources
 * (`{ resourceFieldRef: { resource: 'limits.memory' } }`) from the downward API.
 */
export type EnvInput =
  | ValueInput
  | { secretKeyRef: SecretKeyRef }
  | { configMapKeyRef: SecretKeyRef }
  | { fieldRef: FieldRef }
  | { resourceFieldRef: ResourceFieldRef };

/** `{ cpu, memory, gpu }` sets requests and limits alike (as Couler); or give them apart. */
export type ResourcesInput =
  | { cpu?: string | number; memory?: string; gpu?: number; ephemeralStorage?: string; gpuResourceName?: string }
  | { requests?: ResourceListInput; limits?: ResourceListInput; gpuResourceName?: string };
type ResourceListInput = { cpu?: string | number; memory?: string; gpu?: number; ephemeralStorage?: string };

export type Duration = number | string;

/**
 * A number is a retry limit (retry every failure); the object is the whole policy. `on` means the
 * same on every backend (see `RetryPolicy` in `@couler/ir`; a backend that cannot express it
 * refuses the workflow rather than retry something else).
 */
export type RetryInput =
  | number
  | {
      /** Retries after the first attempt. */
      limit: number;
      /**
       * Which failures to retry:
       * - `always` (default): every failure and every error around the step.
       * - `failure`: the step's own failures — a non-zero exit, a kill (an out-of-memory kill
       *   included), a timeout.
       * - `error`: errors around the step only (Argo, local engine).
       * - `transient`: a kill by SIGKILL (exit 137, an out-of-memory kill), the engine's known
       *   transient errors, and failures matching `transientPatterns`; never a plain `exit 1`
       *   (Argo, local engine).
       */
      on?: RetryPolicy['on'];
      /**
       * Wait `duration` before the first retry, `factor` times longer before each next one, never
       * longer than `cap` for one wait; stop retrying after `maxDuration` in all.
       */
      backoff?: { duration: Duration; factor?: number; maxDuration?: Duration; cap?: Duration };
      /**
       * Regular expressions (case-insensitive, no lookaround or backreferences) that make a
       * failure transient when its message or last log lines match. Only with `on: 'transient'`:
       * `{ on: 'failure', transientPatterns: ['OOM'] }` is refused, as `failure` retries every
       * failure anyway — write `{ on: 'transient', transientPatterns: ['OOM'] }` to retry only those.
       */
      transientPatterns?: string[];
    };

/** `true` memoizes with the engine's defaults; `ttl` is how long a cached result stays valid. */
export type CacheInput = boolean | { ttl?: Duration; key?: string; excludeInputs?: string[]; storage?: string };

/** What every step kind that runs a pod accepts. */
export interface CommonStepOptions extends PodOptions, ContainerRuntimeOptions, StepVolumeOptions {
  /** The step's name; otherwise derived from the calling function or the image, and made unique. */
  stepName?: string;
  description?: string;
  /** Artifacts (Table II) or outputs of earlier steps this step reads. */
  input?: InputSpec | InputSpec[];
  env?: Record<string, EnvInput>;
  envFrom?: EnvFrom[];
  /** A secret from createSecret/obtainSecret: each key becomes an environment variable. */
  secret?: SecretHandle | SecretHandle[];
  /** Time limit of the running step (Argo activeDeadlineSeconds). */
  timeout?: Duration;
  /**
   * Time limit counted from when the step starts, the time its pod waits Pending included
   * (Argo's template `timeout`). On the local engine, where nothing is Pending, the same as `timeout`.
   */
  totalTimeout?: Duration;
  /** Fail the step when its pod is still Pending (unscheduled, pulling) after this long (Argo's `pendingTimeout`, Airflow's startup timeout). */
  pendingTimeout?: Duration;
  retry?: RetryInput;
  cache?: CacheInput;
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  serviceAccount?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** Let dependants run even when this step fails. */
  continueOn?: { failed?: boolean; error?: boolean };
  /** Hyperparameters a tuner may set (workflow parameters this step reads) and the metric it optimizes. */
  tune?: TuneInput;
  /** Mutexes and semaphores the step holds while it runs, shared with every workflow that names them. */
  synchronization?: Synchronization;
  /** Keep this step's container log as an artifact (true), or not (false) whatever the workflow says. */
  archiveLogs?: boolean;
  /** Prometheus metrics emitted when the step ends (Argo; the local engine records them with the run). */
  metrics?: MetricInput[];
  /** The step's name as the engine's UI shows it (Argo's display-name annotation, Tekton's displayName). */
  displayName?: string;
}

/** The keys of CommonStepOptions, checked at run time (tsc keeps the list in step with the type). */
export const COMMON_STEP_OPTION_KEYS = {
  stepName: true,
  description: true,
  input: true,
  env: true,
  envFrom: true,
  secret: true,
  timeout: true,
  totalTimeout: true,
  pendingTimeout: true,
  retry: true,
  cache: true,
  nodeSelector: true,
  tolerations: true,
  serviceAccount: true,
  labels: true,
  annotations: true,
  continueOn: true,
  tune: true,
  synchronization: true,
  archiveLogs: true,
  metrics: true,
  displayName: true,
  ...POD_OPTION_KEYS,
  ...CONTAINER_RUNTIME_OPTION_KEYS,
  volumes: true,
} as const satisfies Record<keyof CommonStepOptions, true>;

type RetryObject = Exclude<RetryInput, number>;
const RETRY_KEYS = { limit: true, on: true, backoff: true, transientPatterns: true } as const satisfies Record<keyof RetryObject, true>;
const BACKOFF_KEYS = { duration: true, factor: true, maxDuration: true, cap: true } as const satisfies Record<keyof NonNullable<RetryObject['backoff']>, true>;
const CACHE_KEYS = { ttl: true, key: true, excludeInputs: true, storage: true } as const satisfies Record<keyof Exclude<CacheInput, boolean>, true>;
const RESOURCE_LIST_KEYS = { cpu: true, memory: true, gpu: true, ephemeralStorage: true } as const satisfies Record<keyof ResourceListInput, true>;
const RESOURCES_KEYS = { ...RESOURCE_LIST_KEYS, requests: true, limits: true, gpuResourceName: true } as const satisfies Record<KeysOfUnion<ResourcesInput>, true>;
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Artifacts to read: create*Artifact(path), an earlier step's artifact output, or one mounted elsewhere (`output.at(path)`). */
export type InputSpec = ArtifactSpec | OutputHandle | StepHandle | ArtifactMount | InputArtifactMount;
export type OutputSpec = ArtifactSpec;

/**
 * An argument: a value, or an artifact output of an earlier step (mounted, not passed). A step
 * given whole is all its declared outputs, in declared order.
 */
export type ArgInput = ValueInput;

/** Fields common to all kinds, converted to IR. Collects artifact inputs found in args too. */
export class StepFields {
  readonly fields: Partial<Step> = {};
  private readonly inputArtifacts: InputArtifact[] = [];
  private readonly outputParameters: OutputParameter[] = [];
  private readonly outputArtifacts: OutputArtifact[] = [];
  private readonly env: EnvVar[] = [];

  constructor(private readonly api: string) {}

  common(options: CommonStepOptions): this {
    const f = this.fields as Record<string, unknown>;
    if (options.description !== undefined) f.description = options.description;
    for (const input of asList(options.input)) this.addInput(input);
    for (const [name, value] of Object.entries(options.env ?? {})) this.env.push(toEnvVar(name, value, this.api));
    for (const secret of asList(options.secret)) {
      if (!isSecretHandle(secret)) throw dslError('INVALID_DSL_USAGE', `${this.api}({ secret }) takes what createSecret() or obtainSecret() returned; got ${describe(secret)}.`);
      for (const key of secret.keys) this.env.push({ name: key, secretKeyRef: { name: secret.name, key } });
    }
    if (options.envFrom?.length) f.envFrom = options.envFrom;
    if (options.timeout !== undefined) f.timeoutSeconds = toWholeSeconds(options.timeout, `${this.api}({ timeout })`, 1);
    if (options.totalTimeout !== undefined) f.totalTimeoutSeconds = toWholeSeconds(options.totalTimeout, `${this.api}({ totalTimeout })`, 1);
    if (options.pendingTimeout !== undefined) f.pendingTimeoutSeconds = toWholeSeconds(options.pendingTimeout, `${this.api}({ pendingTimeout })`, 1);
    if (options.retry !== undefined) f.retry = toRetryPolicy(options.retry, this.api);
    if (options.cache !== undefined) f.cache = toCacheHint(options.cache, this.api);
    if (options.nodeSelector) f.nodeSelector = { ...options.nodeSelector };
    if (options.tolerations?.length) f.tolerations = options.tolerations;
    if (options.serviceAccount !== undefined) f.serviceAccount = options.serviceAccount;
    if (options.labels) f.labels = { ...options.labels };
    if (options.annotations) f.annotations = { ...options.annotations };
    if (options.continueOn) f.continueOn = options.continueOn;
    const pod = toPodSpec(options);
    if (pod) f.pod = pod;
    if (options.volumes?.length) f.volumes = structuredClone(options.volumes);
    if (options.synchronization !== undefined) f.synchronization = toSynchronization(options.synchronization, this.api);
    if (options.archiveLogs !== undefined) f.archiveLogs = options.archiveLogs;
    if (options.metrics !== undefined) f.metrics = toMetrics(options.metrics, this.api);
    if (options.displayName !== undefined) f.displayName = options.displayName;
    if (options.tune !== undefined) f.tune = toTuneSpec(options.tune, this.api, currentBuilder(this.api).parameters);
    return this;
  }

  /** Positional arguments; artifact outputs among them are mounted as inputs instead. */
  args(args: ArgInput | ArgInput[] | undefined): Value[] | undefined {
    if (args === undefined) return undefined;
    const values: Value[] = [];
    const list = asList(args);
    // A loop, not flatMap: it runs for every argument of every step, and a text argument (most
    // of them) needs no list, no record and no error context of its own.
    for (let index = 0; index < list.length; index++) {
      if (!(index in list)) continue; // a hole, skipped as flatMap did
      const arg = list[index]!;
      if (typeof arg === 'string') {
        values.push(arg);
        continue;
      }
      // A step given whole stands for all its outputs, in declared order (as the Python Couler).
      for (const value of isStepHandle(arg) ? arg.wholeOutputs() : [arg]) {
        if (isOutputHandle(value) && value.kind === 'artifact') this.addInput(value);
        else values.push(toValue(value, `${this.api}({ args[${index}] })`));
      }
    }
    return values;
  }

  outputs(outputs: OutputSpec | OutputSpec[] | undefined): void {
    const names = new Set<string>();
    for (const output of asList(outputs)) {
      if (!isArtifactSpec(output)) {
        throw dslError('INVALID_DSL_USAGE', `${this.api}({ output }) takes artifacts from createParameterArtifact(), createLocalArtifact(), createS3Artifact() …; got ${describe(output)}.`);
      }
      if (output.dataset !== undefined) {
        throw dslError('INVALID_DSL_USAGE', `${this.api}({ output }) got dataset "${output.dataset}"; a dataset is read by steps (input), never written.`, {
          hint: 'Write the step\'s result to an output artifact (createS3Artifact …) and declare a dataset over that location for later workflows.',
        });
      }
      const name = uniqueIn(names, output.name ?? nameFromPath(output.path));
      refuseInputOnlyOptions(output, this.api);
      if (output.kind === 'parameter') {
        this.outputParameters.push({ name, path: output.path, ...(output.default !== undefined && { default: output.default }), ...(output.global && { global: true }) });
      } else {
        this.outputArtifacts.push({
          name,
          path: output.path,
          ...(output.location && { location: output.location }),
          ...(output.global && { global: true }),
          ...(output.archive && { archive: output.archive }),
          ...(output.compressionLevel !== undefined && { compressionLevel: output.compressionLevel }),
          ...(output.optional && { optional: true }),
          ...(output.artifactGC !== undefined && { artifactGC: output.artifactGC }),
          ...(output.type !== undefined && { artifactType: output.type }),
        });
      }
    }
  }

  /** Output parameters read from the created object (runJob). */
  addOutputParameter(parameter: OutputParameter): void {
    this.outputParameters.push(parameter);
  }

  /** The collected fields, ready to spread into a step. */
  build(): Partial<Step> {
    const f = { ...this.fields } as Record<string, unknown>;
    if (this.inputArtifacts.length) f.inputs = { artifacts: this.inputArtifacts };
    const outputs = {
      ...(this.outputParameters.length && { parameters: this.outputParameters }),
      ...(this.outputArtifacts.length && { artifacts: this.outputArtifacts }),
    };
    if (Object.keys(outputs).length) f.outputs = outputs;
    if (this.env.length) f.env = this.env;
    return f as Partial<Step>;
  }

  private addInput(input: InputSpec): void {
    if (isStepHandle(input)) {
      for (const output of input.wholeOutputs()) this.addInput(output);
      return;
    }
    const names = new Set(this.inputArtifacts.map((artifact) => artifact.name));
    if (isArtifactSpec(input)) {
      refuseOutputOnlyOptions(input, this.api);
      this.inputArtifacts.push({
        name: uniqueIn(names, input.name ?? nameFromPath(input.path)),
        path: input.path,
        ...(input.location && { location: input.location }),
        ...(input.dataset !== undefined && { dataset: input.dataset }),
        ...(input.raw !== undefined && { raw: input.raw }),
        ...(input.mode !== undefined && { mode: input.mode }),
        ...(input.recurseMode && { recurseMode: true }),
        ...(input.subPath !== undefined && { subPath: input.subPath }),
        ...(input.optional && { optional: true }),
        ...(input.type !== undefined && { artifactType: input.type }),
      });
      return;
    }
    if (isArtifactMount(input)) {
      const from = input.output.toRef();
      if (this.inputArtifacts.some((artifact) => artifact.path === input.path && artifact.from?.step === from.step && artifact.from.output === from.output)) return;
      const { subPath, mode, recurseMode, type } = input.landing;
      this.inputArtifacts.push({
        name: uniqueIn(names, input.name ?? input.output.output),
        path: input.path,
        from,
        ...(subPath !== undefined && { subPath }),
        ...(mode !== undefined && { mode }),
        ...(recurseMode && { recurseMode: true }),
        ...(type !== undefined && { artifactType: type }),
      });
      return;
    }
    if (isInputArtifactMount(input)) {
      const { subPath, mode, recurseMode } = input.landing;
      this.inputArtifacts.push({
        name: uniqueIn(names, input.name ?? input.input.name),
        path: input.path,
        input: input.input.name,
        ...(subPath !== undefined && { subPath }),
        ...(mode !== undefined && { mode }),
        ...(recurseMode && { recurseMode: true }),
      });
      return;
    }
    // Not an InputSpec for the type checker, but an easy slip in JavaScript: say what is missing.
    const unmounted: unknown = input;
    if (isInputArtifactHandle(unmounted)) {
      throw dslError('INVALID_DSL_USAGE', `${this.api}({ input }) got input artifact "${unmounted.name}" of sub-workflow "${unmounted.subWorkflow}" without a path to read it at.`, {
        hint: `Say where the step reads it: input: ${unmounted.name}.at('/data/${unmounted.name}').`,
      });
    }
    const output = isOutputHandle(input) ? input : undefined;
    if (output?.kind !== 'artifact') {
      throw dslError('INVALID_DSL_USAGE', `${this.api}({ input }) takes artifacts (create*Artifact) or artifact outputs of earlier steps; got ${output ? `${output.kind} "${output.output}" of step "${output.step}"` : describe(input)}.`, {
        hint: 'Pass parameter values in args or env instead.',
      });
    }
    if (this.inputArtifacts.some((artifact) => artifact.from?.step === output.step && artifact.from.output === output.output)) return;
    this.inputArtifacts.push({ name: uniqueIn(names, output.output), path: output.path!, from: output.toRef() });
  }
}

export function toResources(input: ResourcesInput | undefined, api: string): Resources | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'object' || input === null) throw dslError('INVALID_DSL_USAGE', `${api}({ resources }) must be an object such as { cpu: '2', memory: '4Gi', gpu: 1 }.`);
  checkOptions(`${api}({ resources })`, input, RESOURCES_KEYS);
  const list = (source: ResourceListInput | undefined, field?: string) => {
    if (!source) return undefined;
    if (field) checkOptions(`${api}({ resources.${field} })`, source, RESOURCE_LIST_KEYS);
    const { cpu, memory, gpu, ephemeralStorage } = source;
    return {
      ...(cpu !== undefined && { cpu: String(cpu) }),
      ...(memory !== undefined && { memory: String(memory) }),
      ...(gpu !== undefined && { gpu }),
      ...(ephemeralStorage !== undefined && { ephemeralStorage }),
    };
  };
  const gpuResourceName = input.gpuResourceName;
  if ('requests' in input || 'limits' in input) {
    const { requests, limits } = input as { requests?: ResourceListInput; limits?: ResourceListInput };
    return { ...(requests && { requests: list(requests, 'requests') }), ...(limits && { limits: list(limits, 'limits') }), ...(gpuResourceName && { gpuResourceName }) };
  }
  const both = list(input as ResourceListInput)!;
  return { requests: both, limits: { ...both }, ...(gpuResourceName && { gpuResourceName }) };
}

function toRetryPolicy(input: RetryInput, api: string): RetryPolicy {
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 0) throw dslError('INVALID_DSL_USAGE', `${api}({ retry }) must be a whole number of retries ≥ 0; got ${input}.`);
    return { limit: input };
  }
  if (typeof input !== 'object' || input === null || typeof input.limit !== 'number') {
    throw dslError('INVALID_DSL_USAGE', `${api}({ retry }) must be a number or { limit, backoff?, on? }; got ${describe(input)}.`);
  }
  checkOptions(`${api}({ retry })`, input, RETRY_KEYS);
  checkOptions(`${api}({ retry.backoff })`, input.backoff, BACKOFF_KEYS);
  const { limit, on, backoff, transientPatterns } = input;
  return {
    limit,
    ...(on !== undefined && { on }),
    ...(backoff && {
      backoff: {
        durationSeconds: toWholeSeconds(backoff.duration, `${api}({ retry.backoff.duration })`),
        ...(backoff.factor !== undefined && { factor: backoff.factor }),
        ...(backoff.maxDuration !== undefined && { maxDurationSeconds: toWholeSeconds(backoff.maxDuration, `${api}({ retry.backoff.maxDuration })`) }),
        ...(backoff.cap !== undefined && { capSeconds: toWholeSeconds(backoff.cap, `${api}({ retry.backoff.cap })`) }),
      },
    }),
    ...(transientPatterns?.length && { transientPatterns }),
  };
}

function toCacheHint(input: CacheInput, api: string): CacheHint {
  if (typeof input === 'boolean') return { enabled: input };
  checkOptions(`${api}({ cache })`, input, CACHE_KEYS);
  const { ttl, key, excludeInputs, storage } = input;
  return {
    enabled: true,
    ...(ttl !== undefined && { ttlSeconds: toWholeSeconds(ttl, `${api}({ cache.ttl })`) }),
    ...(key !== undefined && { key }),
    ...(excludeInputs?.length && { excludeInputs }),
    ...(storage !== undefined && { storage }),
  };
}

function toEnvVar(name: string, value: EnvInput, api: string): EnvVar {
  if (typeof value === 'object' && value !== null && 'secretKeyRef' in value) return { name, secretKeyRef: value.secretKeyRef };
  if (typeof value === 'object' && value !== null && 'configMapKeyRef' in value) return { name, configMapKeyRef: value.configMapKeyRef };
  if (typeof value === 'object' && value !== null && 'fieldRef' in value) return { name, fieldRef: value.fieldRef };
  if (typeof value === 'object' && value !== null && 'resourceFieldRef' in value) return { name, resourceFieldRef: value.resourceFieldRef };
  return { name, value: toValue(value as ValueInput, `${api}({ env.${name} })`) };
}

/**
 * A command as the IR holds it: literal words. Numbers and booleans are written as text; a
 * handle is refused where it is written, because the IR's command is literal and
 * `String(handle)` would have run `[object Object]` in place of the value, in a file that
 * validates. `where` names the option for the error, e.g. `runContainer({ command })`.
 */
export function commandWords(where: string, command: unknown): string[] {
  return asList(command).map((word, index) => {
    if (typeof word === 'string') return word;
    if (typeof word === 'number' || typeof word === 'boolean') return String(word);
    const what = isHandle(word) ? `${describe(word)}, a value known only when the step runs` : describe(word);
    throw dslError('INVALID_DSL_USAGE', `${where} takes text; word ${index} is ${what}.`, {
      hint: "command is the program and its fixed words; pass parameters, items and step outputs in args, e.g. command: ['python', 'train.py'], args: ['--lr', lr].",
    });
  });
}

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** `/out/model.pkl` → `model`; names are identifiers every engine accepts. */
function nameFromPath(path: string): string {
  const base = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') && !base.startsWith('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const name = stem.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-0-9]+|-+$/g, '').slice(0, 63);
  return name || 'output';
}

function uniqueIn(names: Set<string>, base: string): string {
  let name = base;
  for (let suffix = 2; names.has(name); suffix += 1) name = `${base}-${suffix}`;
  names.add(name);
  return name;
}

export type { VolumeMount };
