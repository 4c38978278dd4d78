import { transferTarget, type ArtifactLocation, type ContainerStep, type ScriptStep, type Workflow } from '@couler/ir';
import type { ResolvedArtifactStore } from '../airflow-settings';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonString } from '../python/python-literal';
import { call, code, list, type PythonExpression } from '../python/python-expression';
import type { DagPlan } from './dag-plan';
import { plain, secretEnv } from './pod-fields';
import { gitDirectory, gitInitContainer } from './git-init-container';
import { carriedEnvNames, STORE_PROFILE, VALUES_ENV, XCOM_ARTIFACT_KINDS, type WrapperInput, type WrapperOutput, type WrapperTransfer } from './pod-wrapper';
import { ENV_PIECE_BYTES, pieces } from './process-limits';
import { ARTIFACT_PREFIX, groupInputCall, outputCall } from './render-value';
import type { UnsupportedCollector } from './unsupported';

/**
 * How a pod moves data, and why this way. The KubernetesPodOperator deletes the pod once its
 * `base` container ends, and the step's image is only promised `/bin/sh`. Argo's emissary executor
 * "runs as both an init container and as a sidecar" (argoproj/argo-workflows
 * docs/workflow-executors.md): the init container copies its static binary in and loads inputs,
 * the `wait` sidecar saves outputs. A Python transfer tool cannot be copied into the step's image
 * (it needs its interpreter and libc), and pointers to large values are only known once the
 * templated arguments are rendered. So the pod gets one `couler-transfer`
 * sidecar (`transferImage`, python3 only) sharing an emptyDir with `base`: the wrapper asks it for
 * every download (input artifacts, and `couler-object:` pointers that only exist at run time) and
 * every upload, and waits for each answer, so the pod cannot be deleted while an upload runs and
 * the step's container never sees the store's credentials. The sidecar travels in `full_pod_spec`,
 * whose extra containers the provider keeps (`PodGenerator.reconcile_containers` merges the first
 * container with the operator's and appends the rest; cncf.kubernetes provider for Airflow 2 and 3).
 */
export interface PodTransfer {
  readonly wrapper: WrapperTransfer;
  /** `k8s.V1EnvVar`s of the `base` container: `COULER_DIR` and the URLs (templated fields). */
  readonly baseEnv: ReadonlyArray<PythonExpression>;
  /** The shared emptyDir, its mount and the sidecar; absent when the pod only checks sizes. */
  readonly sidecar?: { readonly volume: PythonExpression; readonly mount: PythonExpression; readonly container: PythonExpression };
  /**
   * The pod's volumes for moving data (the shared emptyDir, SSH key Secrets) and the base
   * container's mount of the shared one: with the sidecar or with init containers.
   */
  readonly shared?: { readonly volumes: ReadonlyArray<PythonExpression>; readonly mount: PythonExpression };
  /** Init containers (`init_containers`) that clone Git input artifacts into the shared volume. */
  readonly initContainers?: ReadonlyArray<PythonExpression>;
}

export interface PodTransferContext {
  readonly workflow: Workflow;
  readonly plan: DagPlan;
  readonly store: ResolvedArtifactStore | undefined;
  readonly transferImage: string;
  readonly xcomMaxBytes: number;
  readonly unsupported: UnsupportedCollector;
  /** How large outputs of this step are handled (see `planLargeValues`). */
  readonly values: 'spill' | 'fail' | 'argument' | undefined;
  /** Whether some argument of this step reads another step's output that may be a pointer. */
  readonly readsSpilledOutputs: boolean;
  /** The module constant holding TRANSFER_SOURCE. */
  transferConstant(): string;
  /** Image of the init containers that clone Git input artifacts. */
  readonly gitImage: string;
  /** A module constant holding the clone script of input artifact `index`; returns its name. */
  gitScriptConstant(index: number, script: string): string;
}

export const SHARED_DIRECTORY = '/couler';
/** The sidecar's container name, which the structure check looks for. */
export const TRANSFER_CONTAINER = 'couler-transfer';
export const SHARED_VOLUME = 'couler-shared';

/** The Jinja text of a step's own object prefix: `<store>/<dag_id>/<run_id>/<task_id>[/<map_index>]`. */
function ownPrefix(store: ResolvedArtifactStore): string {
  return `${escapeJinjaText(store.url)}/{{ dag.dag_id }}/{{ run_id }}/{{ ti.task_id }}{% if ti.map_index is not none and ti.map_index >= 0 %}/{{ ti.map_index }}{% endif %}`;
}

const envVar = (name: string, valueCode: string) => call('k8s.V1EnvVar', [], [['name', plain(name)], ['value', code(valueCode)]]);

/**
 * A location's URL as Jinja text: literal characters escaped, the run's id as `{{ run_id }}` with
 * the ":" and "+" of Airflow's run ids (`manual__2026-01-01T00:00:00+00:00`), and any "/" or
 * space, made "_", so the id is one plain path segment of the key.
 */
const AIRFLOW_URL_SYNTAX = {
  literal: escapeJinjaText,
  runId: "{{ run_id | replace(':', '_') | replace('+', '_') | replace('/', '_') | replace(' ', '_') }}",
};

/** `s3://bucket/key` and the sidecar's settings for an explicit location, or why it cannot be moved. */
function locationTarget(location: ArtifactLocation, direction: 'input' | 'output', profile: string): { url: string; env: PythonExpression[] } | string {
  const target = transferTarget(location, direction, profile, AIRFLOW_URL_SYNTAX);
  if ('refused' in target) return target.refused;
  return { url: target.url, env: target.env.map((variable) => ('secret' in variable ? secretEnv(variable.name, variable.secret) : envVar(variable.name, pythonString(variable.value)))) };
}

/** The most text an artifact of `limit` bytes takes in XCom once packed (kind prefix, base64). */
export const packedLength = (limit: number) => XCOM_ARTIFACT_KINDS.directory.length + 4 * Math.ceil(limit / 3);

/**
 * What a pod step needs to move its artifacts and large values, or `undefined` when it moves
 * nothing. Refuses (in `unsupported`) what cannot be moved, each naming the artifact and the step.
 *
 * Without an artifact store, an artifact with no location of its own travels in XCom as TaskFlow
 * values do (see `couler_pack` in the wrapper): pushed by its producer, rendered into the
 * reader's environment by `couler_artifact`. Explicit locations (S3, OSS, GCS, HTTP) need the sidecar,
 * not the store.
 */
export function podTransfer(step: ContainerStep | ScriptStep, iteration: number | undefined, context: PodTransferContext): PodTransfer | undefined {
  const { store, unsupported, plan } = context;
  const inputArtifacts = step.inputs?.artifacts ?? [];
  const outputArtifacts = step.outputs?.artifacts ?? [];
  const moves = inputArtifacts.length > 0 || outputArtifacts.length > 0 || context.values === 'spill' || context.readsSpilledOutputs;
  if (!moves && context.values === undefined) return undefined;
  const values =
    context.values === undefined
      ? {}
      : { values: context.values === 'argument' ? { limit: ENV_PIECE_BYTES, spill: false, argument: true } : { limit: context.xcomMaxBytes, spill: context.values === 'spill' } };
  if (!moves) return { wrapper: { sidecar: false, inputs: [], outputs: [], resolvePointers: false, ...values }, baseEnv: [] };

  const baseEnv: PythonExpression[] = [];
  const mount = call('k8s.V1VolumeMount', [], [['name', plain(SHARED_VOLUME)], ['mount_path', plain(SHARED_DIRECTORY)]]);
  const sharedVolumes = [call('k8s.V1Volume', [], [['name', plain(SHARED_VOLUME)], ['empty_dir', call('k8s.V1EmptyDirVolumeSource', [], [])]])];
  const initContainers: PythonExpression[] = [];
  const sidecarEnv: PythonExpression[] = [envVar('COULER_DIR', pythonString(SHARED_DIRECTORY))];
  if (store !== undefined) {
    if (store.endpoint !== undefined) sidecarEnv.push(envVar(`COULER_${STORE_PROFILE}_ENDPOINT`, pythonString(store.endpoint)));
    sidecarEnv.push(envVar(`COULER_${STORE_PROFILE}_REGION`, pythonString(store.region)));
    if (store.secretName !== undefined) {
      sidecarEnv.push(secretEnv(`COULER_${STORE_PROFILE}_ACCESS_KEY`, { name: store.secretName, key: 'AWS_ACCESS_KEY_ID' }));
      sidecarEnv.push(secretEnv(`COULER_${STORE_PROFILE}_SECRET_KEY`, { name: store.secretName, key: 'AWS_SECRET_ACCESS_KEY' }));
    }
    if (context.values === 'spill') baseEnv.push(envVar(VALUES_ENV, pythonString(ownPrefix(store))));
  }

  const refuse = (path: ReadonlyArray<string | number>, artifact: string, why: string) =>
    unsupported.add(['steps', step.name, ...path], `The airflow backend cannot move artifact "${artifact}" of step "${step.name}": ${why}.`, {
      stepName: step.name,
      hint: 'Use the artifact store (the "artifactStore" setting) or an S3 location, or compile for the argo or local backend.',
    });

  const inputs: WrapperInput[] = [];
  inputArtifacts.forEach((artifact, index) => {
    const path = ['inputs', 'artifacts', artifact.name];
    const common = { name: artifact.name, path: artifact.path, ...(artifact.mode !== undefined && { mode: artifact.mode }), ...(artifact.recurseMode && { recurseMode: true }) };
    if (artifact.raw !== undefined) {
      // In the environment, not in the wrapper: an argument holds at most 128 KiB, so a larger text is cut into variables.
      const env = `COULER_RAW_${index}`;
      const texts = pieces(artifact.raw);
      for (const [piece, name] of carriedEnvNames(env, texts.length).entries()) baseEnv.push(envVar(name, pythonString(escapeJinjaText(texts[piece]!))));
      inputs.push({ kind: 'raw', env, pieces: texts.length, ...common });
      return;
    }
    const env = `COULER_INPUT_${index}`;
    /** Packed bytes read from XCom (`value`, a Python expression), in pieces under Linux's limit for one variable. */
    const carried = (value: string) => {
      const names = carriedEnvNames(env, Math.ceil(packedLength(context.xcomMaxBytes) / ENV_PIECE_BYTES));
      names.forEach((name, piece) => {
        const slice = names.length === 1 ? '' : `[${piece === 0 ? '' : piece * ENV_PIECE_BYTES}:${piece === names.length - 1 ? '' : (piece + 1) * ENV_PIECE_BYTES}]`;
        baseEnv.push(envVar(name, pythonString(`{{ ${value}${slice} }}`)));
      });
      inputs.push({ kind: 'xcom', env, pieces: names.length, optional: artifact.optional === true, ...common });
    };
    /** An object of the store, its URL (a Python expression) read from XCom. */
    const fetched = (url: string) => {
      baseEnv.push(envVar(env, pythonString(`{{ ${url} }}`)));
      inputs.push({ kind: 'fetch', env, profile: STORE_PROFILE, optional: artifact.optional === true, ...common });
    };
    if (artifact.input !== undefined) {
      // An input artifact of the sub-workflow: what the call passed, as its arguments task received it (see sub-workflow-groups).
      const passed = groupInputCall(step, 0, `${ARTIFACT_PREFIX}${artifact.input}`);
      if (store === undefined) carried(passed);
      else fetched(passed);
      return;
    }
    const from = artifact.from;
    const producer = from === undefined ? undefined : [...context.workflow.spec.steps, ...(context.workflow.spec.onExit ?? [])].find((candidate) => candidate.name === from.step);
    const produced = from === undefined ? undefined : producer?.outputs?.artifacts?.find((output) => output.name === from.output);
    if (from !== undefined) {
      if (producer?.map !== undefined) {
        refuse([...path, 'from'], artifact.name, `its producer "${from.step}" is mapped, and an artifact of every map index cannot be put at one path`);
        return;
      }
      if (store === undefined && produced?.location === undefined) {
        carried(outputCall('couler_artifact', plan, from.step, step, iteration, from.output));
        return;
      }
      if (produced?.location === undefined) {
        // The producer pushed the object's URL to XCom: the artifact's path is a parameter too.
        fetched(outputCall('couler_output', plan, from.step, step, iteration, `${ARTIFACT_PREFIX}${from.output}`));
        return;
      }
    }
    // Its own location, or the one its producer wrote it to: read with that location's settings.
    const location = artifact.location ?? produced?.location;
    if (location === undefined) return;
    if (location.type === 'git') {
      const clone = gitInitContainer(location, index, artifact.name, context.gitImage, mount, (script) => context.gitScriptConstant(index, script));
      initContainers.push(clone.container);
      if (clone.volume !== undefined) sharedVolumes.push(clone.volume);
      inputs.push({ kind: 'cloned', directory: gitDirectory(index), ...common });
      return;
    }
    const profile = `INPUT_${index}`;
    const target = locationTarget(location, 'input', profile);
    if (typeof target === 'string') {
      refuse([...path, 'location'], artifact.name, `it lives in a ${location.type.toUpperCase()} location, and ${target}`);
      return;
    }
    sidecarEnv.push(...target.env);
    baseEnv.push(envVar(env, pythonString(target.url)));
    inputs.push({ kind: 'fetch', env, profile, optional: artifact.optional === true, ...common });
  });

  const outputs: WrapperOutput[] = [];
  outputArtifacts.forEach((artifact, index) => {
    const env = `COULER_OUTPUT_${index}`;
    if (artifact.location === undefined) {
      if (store === undefined) {
        outputs.push({ kind: 'xcom', name: artifact.name, path: artifact.path, optional: artifact.optional === true, limit: context.xcomMaxBytes });
        return;
      }
      baseEnv.push(envVar(env, pythonString(`${ownPrefix(store)}/artifacts/${escapeJinjaText(artifact.name)}`)));
      outputs.push({ kind: 'upload', name: artifact.name, env, profile: STORE_PROFILE, path: artifact.path, optional: artifact.optional === true });
      return;
    }
    const profile = `OUTPUT_${index}`;
    const target = locationTarget(artifact.location, 'output', profile);
    if (typeof target === 'string') {
      refuse(['outputs', 'artifacts', artifact.name, 'location'], artifact.name, `it goes to a ${artifact.location.type.toUpperCase()} location, and ${target}`);
      return;
    }
    sidecarEnv.push(...target.env);
    baseEnv.push(envVar(env, pythonString(target.url)));
    outputs.push({ kind: 'upload', name: artifact.name, env, profile, path: artifact.path, optional: artifact.optional === true });
  });

  const sidecar = inputs.some((input) => input.kind === 'fetch') || outputs.some((output) => output.kind === 'upload') || context.values === 'spill' || context.readsSpilledOutputs;
  const wrapper = { sidecar, inputs, outputs, resolvePointers: context.readsSpilledOutputs, ...values };
  const init = initContainers.length > 0 ? { initContainers, shared: { volumes: sharedVolumes, mount } } : {};
  if (!sidecar) return { wrapper, baseEnv, ...init };

  return {
    wrapper,
    baseEnv: [envVar('COULER_DIR', pythonString(SHARED_DIRECTORY)), ...baseEnv],
    ...init,
    shared: { volumes: sharedVolumes, mount },
    sidecar: {
      volume: sharedVolumes[0]!,
      mount,
      container: call('k8s.V1Container', [], [
        ['name', plain(TRANSFER_CONTAINER)],
        ['image', plain(context.transferImage)],
        ['command', list([plain('python3'), plain('-c'), code(context.transferConstant()), plain('serve')])],
        ['env', list(sidecarEnv)],
        ['volume_mounts', list([mount])],
      ]),
    },
  };
}
