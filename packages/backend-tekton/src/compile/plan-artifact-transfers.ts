import { artifactStoreEnv, keyHasRunId, transferTarget, type ArtifactLocation, type GitLocation, type OutputArtifact, type Step, type TransferEnvVar } from '@couler/ir';
import type { ResolvedTektonCompileOptions } from '../tekton-compile-options';
import { resultNameFor } from './name-allocator';
import { pipelineVariable, type ReferenceTargets } from './render-reference';
import { shellQuote } from './shell';
import type { TektonParam, TektonParamSpec } from './tekton-types';
import { unsupported } from './unsupported';
import { artifactPath } from './wrapper-script';

/** The emptyDir the transfer steps and the step's own container share (Tekton steps share volumes). */
export const TRANSFER_VOLUME = 'couler-transfer';
export const TRANSFER_DIRECTORY = '/couler-transfer';
/** The task param holding the PipelineRun's name: `$(context.pipelineRun.name)` is a Pipeline variable only. */
export const RUN_PARAM = 'couler-run';
export const RUN_VARIABLE = 'COULER_RUN';
/** The task param holding the PipelineRun's uid, for keys that name the run's id (a Pipeline variable too). */
export const RUN_UID_PARAM = 'couler-run-uid';
export const RUN_UID_VARIABLE = 'COULER_RUN_UID';
/** A Kubernetes uid: 36 characters. */
const RUN_UID_BYTES = 36;
const STORE_PROFILE = 'STORE';
/** Tekton refuses PipelineRun names over 63 characters (they become label values). */
const RUN_NAME_BYTES = 63;
/** Termination-message bytes around one result: `{"key":"…","value":"…","type":1}`. */
const RESULT_ENTRY_BYTES = 40;

/** One object the transfer tool moves; `url` is a `/bin/sh` word (quoted, `$(` split). */
export interface PlannedTransfer {
  readonly name: string;
  readonly url: string;
  /** Relative to the shared directory: `inputs/<n>` or `outputs/<n>`. */
  readonly file: string;
  readonly profile: string;
  readonly optional: boolean;
  /**
   * A shell word that is empty when the producer did not write the artifact (an optional one):
   * the producer's URL result. Its text is not the URL read: Tekton's later substitution phases
   * would replace variables such as `$(context.taskRun.name)` inside a value it passes.
   */
  readonly produced?: string;
}

/** A Git input artifact, cloned by a step of its own into `directory` (relative to the shared directory). */
export interface PlannedClone {
  readonly name: string;
  readonly location: GitLocation;
  readonly directory: string;
  readonly index: number;
}

export interface ArtifactTransfers {
  readonly downloads: ReadonlyArray<PlannedTransfer>;
  /** Git input artifacts: a `couler-git-<n>` step before the downloads clones each (see gitCloneScript). */
  readonly clones: ReadonlyArray<PlannedClone>;
  /** Each upload writes the object's URL to the task result `result`. */
  readonly uploads: ReadonlyArray<PlannedTransfer & { readonly result: string }>;
  /** The transfer tool's settings, for the transfer steps only (credentials as Secret keys). */
  readonly env: ReadonlyArray<TransferEnvVar>;
  /** Task params the transfer steps read as environment variables (`variable`), and what the pipeline task passes. */
  readonly params: ReadonlyArray<{ readonly spec: TektonParamSpec; readonly passed: TektonParam; readonly variable: string }>;
  /** What the step's own wrapper copies in before its command and out after it. */
  /** `from` and `to` are `/bin/sh` words (quoted), `path` the step's own path. */
  readonly inputArtifacts: ReadonlyArray<{ from: string; path: string; optional: boolean; mode?: number }>;
  readonly outputArtifacts: ReadonlyArray<{ to: string; path: string; optional: boolean }>;
  /** Bytes the URL results may take in the termination message at most. */
  readonly resultBytes: number;
  /** Whether an artifact passes through the data workspace (no store, no location). */
  readonly usesData: boolean;
}

export interface ArtifactTransferContext {
  readonly taskName: string;
  readonly path: ReadonlyArray<string | number>;
  readonly options: ResolvedTektonCompileOptions;
  readonly targets: ReferenceTargets;
  /** The output artifact a step declares, to read it where its producer wrote it. */
  producedArtifact(step: string, name: string): OutputArtifact | undefined;
  /** The task result holding the URL of an uploaded artifact (see `planResultNames`). */
  urlResultOf(step: string, artifact: string): string;
}

/**
 * `<store>/<PipelineRun>/<task>[/<iteration>]/<artifact>` as a shell word: one object per run, task
 * and map iteration, the run's name from `$COULER_RUN` and the iteration from `$couler_iteration`.
 */
function storeUrl(store: string, task: string, artifact: string, mapped = false): string {
  const below = mapped ? `${shellQuote(`/${task}/`)}"$couler_iteration"${shellQuote(`/${artifact}`)}` : shellQuote(`/${task}/${artifact}`);
  return `${shellQuote(`${store}/`)}"$${RUN_VARIABLE}"${below}`;
}

/** How an output artifact leaves its step: its own location, the artifact store, or the data workspace. */
export function outputRoute(artifact: OutputArtifact, options: Pick<ResolvedTektonCompileOptions, 'artifactStore'>): 'location' | 'store' | 'workspace' {
  if (artifact.location !== undefined) return 'location';
  return options.artifactStore !== undefined ? 'store' : 'workspace';
}

/** The result that carries an uploaded artifact's URL, before names are made unique. */
export function urlResultName(artifact: string): string {
  return resultNameFor(`${artifact}-url`);
}

/**
 * How one step's artifacts travel. Tekton has no artifact driver, so Couler moves them itself,
 * as Tekton's catalog tasks do: a step in `transferImage` before the step's own downloads its
 * inputs into a volume the task's steps share, a step after it uploads its outputs and writes
 * each object's URL to a task result, which readers receive as a param (and which orders them
 * after the producer). Credentials are in the transfer steps' environment only. Without a store,
 * an artifact without a location passes through the run's data workspace.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a location the transfer tool cannot move, or
 *   an artifact of a mapped step.
 */
export function planArtifactTransfers(step: Step, context: ArtifactTransferContext): ArtifactTransfers {
  const { options, path, taskName, targets } = context;
  const store = options.artifactStore;
  const env = new Map<string, TransferEnvVar>();
  const addEnv = (variables: ReadonlyArray<TransferEnvVar>) => {
    for (const variable of variables) env.set(variable.name, variable);
  };
  const refuse = (artifact: string, where: ReadonlyArray<string | number>, location: ArtifactLocation, reason: string) =>
    unsupported(`artifact.${location.type}`, `artifact "${artifact}" in a ${location.type.toUpperCase()} location: ${reason}`, {
      path: where,
      stepName: step.name,
      hint: 'Use an S3 location, or no location and the artifact store (the "artifactStore" setting), or compile for the argo or local backend.',
    });
  let readsRunUid = false;
  // A URL is a shell word: literal text quoted, the run's uid from the variable its param fills.
  const target = (location: ArtifactLocation, direction: 'input' | 'output', profile: string, name: string, where: ReadonlyArray<string | number>) => {
    const found = transferTarget(location, direction, profile, { literal: shellQuote, runId: `"$${RUN_UID_VARIABLE}"` });
    if ('refused' in found) throw refuse(name, where, location, found.refused);
    if ('key' in location && keyHasRunId(location.key)) readsRunUid = true;
    return found;
  };
  /** The URL's length once Tekton has run the step: its text with a uid in place of the variable. */
  const urlLength = (location: ArtifactLocation, direction: 'input' | 'output', profile: string) => {
    const found = transferTarget(location, direction, profile, { literal: (text) => text, runId: 'u'.repeat(RUN_UID_BYTES) });
    return 'refused' in found ? 0 : JSON.stringify(found.url).length;
  };

  const downloads: PlannedTransfer[] = [];
  const clones: PlannedClone[] = [];
  const params: Array<ArtifactTransfers['params'][number]> = [];
  const inputArtifacts: Array<ArtifactTransfers['inputArtifacts'][number]> = [];
  let usesData = false;
  let readsRun = false;
  (step.inputs?.artifacts ?? []).forEach((artifact, index) => {
    if (artifact.raw !== undefined) return;
    const where = [...path, 'inputs', 'artifacts', artifact.name];
    const placed = { path: artifact.path, optional: artifact.optional === true, ...(artifact.mode !== undefined && { mode: artifact.mode }) };
    const file = `inputs/${index}`;
    const download = { name: artifact.name, file, optional: artifact.optional === true };
    if (artifact.location?.type === 'git') {
      // The transfer tool does not clone: a step in an image with git does, as Airflow's init container does.
      const directory = `git/${index}`;
      clones.push({ name: artifact.name, location: artifact.location, directory, index });
      inputArtifacts.push({ from: shellQuote(`${TRANSFER_DIRECTORY}/${directory}`), ...placed });
      return;
    }
    if (artifact.location !== undefined) {
      const profile = `INPUT_${index}`;
      const found = target(artifact.location, 'input', profile, artifact.name, [...where, 'location']);
      addEnv(found.env);
      downloads.push({ ...download, url: found.url, profile });
      inputArtifacts.push({ from: shellQuote(`${TRANSFER_DIRECTORY}/${file}`), ...placed });
      return;
    }
    const from = artifact.from!;
    if (targets.isMapped(from.step)) {
      throw unsupported('map.items', `reading artifact "${from.output}" of mapped step "${from.step}" (every iteration writes its own; Tekton gathers only string results of a matrix)`, {
        path: where,
        stepName: step.name,
        hint: "Read an output parameter of the mapped step instead (it arrives as the JSON list of every iteration's value), or write the files to a volume the steps share.",
      });
    }
    const produced = context.producedArtifact(from.step, from.output);
    const route = produced === undefined ? 'workspace' : outputRoute(produced, options);
    if (route === 'workspace') {
      usesData = true;
      inputArtifacts.push({ from: artifactPath(targets.taskOf(from.step), from.output), ...placed });
      return;
    }
    // Read where the producer wrote it, with that location's settings (or the store's).
    let profile = STORE_PROFILE;
    let url: string;
    if (route === 'location') {
      profile = `INPUT_${index}`;
      const found = target(produced!.location!, 'input', profile, artifact.name, [...where, 'from']);
      addEnv(found.env);
      url = found.url;
    } else {
      addEnv(artifactStoreEnv(store!, STORE_PROFILE));
      url = storeUrl(store!.url, targets.taskOf(from.step), from.output);
      readsRun = true;
    }
    const variable = `COULER_ARTIFACT_${index}`;
    const param = `couler-artifact-${index}`;
    params.push({
      spec: { name: param, type: 'string' },
      passed: { name: param, value: pipelineVariable({ ref: 'step', step: from.step, output: from.output }, { ...targets, resultOf: context.urlResultOf, fanInOf: () => undefined }, { path: where, stepName: step.name }) },
      variable,
    });
    downloads.push({ ...download, url, profile, produced: `"$${variable}"` });
    inputArtifacts.push({ from: shellQuote(`${TRANSFER_DIRECTORY}/${file}`), ...placed });
  });

  const uploads: Array<ArtifactTransfers['uploads'][number]> = [];
  const outputArtifacts: Array<ArtifactTransfers['outputArtifacts'][number]> = [];
  let resultBytes = 0;
  (step.outputs?.artifacts ?? []).forEach((artifact, index) => {
    const route = outputRoute(artifact, options);
    if (route === 'workspace') {
      usesData = true;
      outputArtifacts.push({ to: artifactPath(taskName, artifact.name), path: artifact.path, optional: artifact.optional === true });
      return;
    }
    const file = `outputs/${index}`;
    const result = context.urlResultOf(step.name, artifact.name);
    let url: string;
    let profile: string;
    let urlBytes: number;
    if (route === 'location') {
      profile = `OUTPUT_${index}`;
      const found = target(artifact.location!, 'output', profile, artifact.name, [...path, 'outputs', 'artifacts', artifact.name, 'location']);
      addEnv(found.env);
      url = found.url;
      urlBytes = urlLength(artifact.location!, 'output', profile);
    } else {
      profile = STORE_PROFILE;
      addEnv(artifactStoreEnv(store!, STORE_PROFILE));
      url = storeUrl(store!.url, taskName, artifact.name, step.map !== undefined);
      readsRun = true;
      urlBytes = JSON.stringify(`${store!.url}/${taskName}/${artifact.name}`).length + RUN_NAME_BYTES + (step.map !== undefined ? 12 : 0);
    }
    resultBytes += urlBytes + result.length + RESULT_ENTRY_BYTES;
    uploads.push({ name: artifact.name, url, file, profile, optional: artifact.optional === true, result });
    outputArtifacts.push({ to: `${TRANSFER_DIRECTORY}/${file}`, path: artifact.path, optional: artifact.optional === true });
  });
  if (readsRun) {
    params.push({ spec: { name: RUN_PARAM, type: 'string' }, passed: { name: RUN_PARAM, value: '$(context.pipelineRun.name)' }, variable: RUN_VARIABLE });
  }
  if (readsRunUid) {
    params.push({ spec: { name: RUN_UID_PARAM, type: 'string' }, passed: { name: RUN_UID_PARAM, value: '$(context.pipelineRun.uid)' }, variable: RUN_UID_VARIABLE });
  }
  return { downloads, clones, uploads, env: [...env.values()], params, inputArtifacts, outputArtifacts, resultBytes, usesData };
}
