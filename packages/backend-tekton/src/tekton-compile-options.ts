import { CoulerError, resolveArtifactStore, type ArtifactStoreSettings, type ResolvedArtifactStore } from '@couler/ir';

/** How `compileToTekton` shapes its output. Every field is optional. */
export interface TektonCompileOptions {
  /**
   * `embedded` (default): each task's spec is a `taskSpec` inside the Pipeline. `separate`: one
   * `Task` object per step, referenced with `taskRef` (apply the Tasks before the Pipeline).
   */
  readonly taskStyle?: 'embedded' | 'separate';
  /**
   * `reference` (default): a `Pipeline` plus a `PipelineRun` with `pipelineRef`. `embedded`: only
   * a `PipelineRun` holding the whole `pipelineSpec` (nothing to apply first).
   */
  readonly runStyle?: 'reference' | 'embedded';
  /** The PipelineRun gets `generateName: <name>-` (default) so it can be created many times. */
  readonly generateName?: boolean;
  /**
   * Write conditions that `in`/`notin` cannot express as CEL `when` expressions (needs
   * `enable-cel-in-whenexpression: true` on the cluster). Default false: a tiny generated task
   * computes them and the `when` reads its result.
   */
  readonly cel?: boolean;
  /** `execWhile` loops are unrolled up to this many iterations (default 10); above, a compile error. */
  readonly maxUnroll?: number;
  /** Bytes of results one step may write (default 4096: Tekton's termination message per container). */
  readonly resultLimitBytes?: number;
  /**
   * Outputs over their share of `resultLimitBytes`: `workspace` (default) writes them to a file in
   * the run's data workspace and the result points at it (consumers read the file); `error`
   * makes the producing step fail with a message instead (no workspace needed).
   */
  readonly largeResults?: 'workspace' | 'error';
  /** Size of the data workspace's volume claim (artifacts, large results). Default `1Gi`. */
  readonly workspaceStorage?: string;
  /** Image of generated helper tasks (conditions, sleeps, fan-ins: `/bin/sh`, `awk`, `sort`, `mktemp`). Default `busybox:1.36`. */
  readonly helperImage?: string;
  /** Image that runs `kubectl` for job and resource steps. Default `bitnami/kubectl:1.31`. */
  readonly kubectlImage?: string;
  /**
   * Object storage for artifacts without a location of their own: each producer uploads them to
   * `<url>/<PipelineRun name>/<task>/<artifact>` in a step after its own, each reader downloads
   * them in a step before its own (see `transferImage`). Without it they pass through the run's
   * data workspace. Artifacts with an S3 or HTTP location are moved with that location's settings
   * either way.
   */
  readonly artifactStore?: ArtifactStoreSettings;
  /** Image of the steps that download and upload artifacts: any image with `python3` 3.8+ and `/bin/sh`. Default `python:3.12-alpine`. */
  readonly transferImage?: string;
  /** Image of the steps that clone Git input artifacts: any image with `git` 2.24+ and `/bin/sh` (and `ssh` for SSH keys). Default `alpine/git:2.47.2`. */
  readonly gitImage?: string;
  /**
   * Also write, in `<workflow>.datasets.yaml` beside each dataset's claim, a `Dataset` custom
   * resource (`couler.dev/v1alpha1`, the tech report's Code 7 shape) for a caching service on the
   * cluster to act on. Default false: applying it needs the resource's definition installed.
   */
  readonly datasetResource?: boolean;
}

export interface ResolvedTektonCompileOptions {
  readonly taskStyle: 'embedded' | 'separate';
  readonly runStyle: 'reference' | 'embedded';
  readonly generateName: boolean;
  readonly cel: boolean;
  readonly maxUnroll: number;
  readonly resultLimitBytes: number;
  readonly largeResults: 'workspace' | 'error';
  readonly workspaceStorage: string;
  readonly helperImage: string;
  readonly kubectlImage: string;
  readonly artifactStore: ResolvedArtifactStore | undefined;
  readonly transferImage: string;
  readonly gitImage: string;
  readonly datasetResource: boolean;
}

export const TEKTON_SETTING_KEYS = [
  'taskStyle', 'runStyle', 'generateName', 'cel', 'maxUnroll', 'resultLimitBytes', 'largeResults',
  'workspaceStorage', 'helperImage', 'kubectlImage', 'artifactStore', 'transferImage', 'gitImage', 'datasetResource', 'validate', 'kubeconfig', 'kubeconfigYaml', 'context',
] as const;

function invalid(path: ReadonlyArray<string>, message: string, hint?: string): CoulerError {
  return new CoulerError('INVALID_FIELD', message, { path, ...(hint !== undefined && { hint }) });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: ReadonlyArray<string>, key: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw invalid([...path, key], `${key} must be ${allowed.map((item) => `"${item}"`).join(' or ')}, not ${JSON.stringify(value)}.`);
  return value as T;
}

/**
 * Checks settings that may come from a command line or a JSON file, so that a typo is a located
 * error instead of an ignored setting. Backend-only settings (`validate`, `kubeconfig`,
 * `kubeconfigYaml`, `context`) are accepted here and checked by the backend.
 *
 * @throws CoulerError `INVALID_FIELD` naming the setting and what it accepts.
 */
export function resolveTektonCompileOptions(options: Readonly<Record<string, unknown>> = {}, path: ReadonlyArray<string> = ['settings']): ResolvedTektonCompileOptions {
  for (const key of Object.keys(options)) {
    if (!(TEKTON_SETTING_KEYS as readonly string[]).includes(key)) throw invalid([...path, key], `The tekton backend has no setting "${key}".`, `Its settings are: ${TEKTON_SETTING_KEYS.join(', ')}.`);
  }
  for (const key of ['generateName', 'cel', 'datasetResource', 'validate']) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') throw invalid([...path, key], `${key} must be true or false, not ${JSON.stringify(options[key])}.`);
  }
  for (const [key, minimum] of [['maxUnroll', 1], ['resultLimitBytes', 256]] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < minimum)) throw invalid([...path, key], `${key} must be a whole number ≥ ${minimum}, not ${JSON.stringify(value)}.`);
  }
  for (const key of ['workspaceStorage', 'helperImage', 'kubectlImage', 'transferImage', 'gitImage', 'kubeconfig', 'kubeconfigYaml', 'context']) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) throw invalid([...path, key], `${key} must be a non-empty string, not ${JSON.stringify(value)}.`);
  }
  if (typeof options.workspaceStorage === 'string' && !/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.test(options.workspaceStorage)) {
    throw invalid([...path, 'workspaceStorage'], `workspaceStorage must be a Kubernetes quantity such as "1Gi", not ${JSON.stringify(options.workspaceStorage)}.`);
  }
  return {
    taskStyle: oneOf(options.taskStyle, ['embedded', 'separate'], path, 'taskStyle') ?? 'embedded',
    runStyle: oneOf(options.runStyle, ['reference', 'embedded'], path, 'runStyle') ?? 'reference',
    generateName: (options.generateName as boolean | undefined) ?? true,
    cel: (options.cel as boolean | undefined) ?? false,
    maxUnroll: (options.maxUnroll as number | undefined) ?? 10,
    resultLimitBytes: (options.resultLimitBytes as number | undefined) ?? 4096,
    largeResults: oneOf(options.largeResults, ['workspace', 'error'], path, 'largeResults') ?? 'workspace',
    workspaceStorage: (options.workspaceStorage as string | undefined) ?? '1Gi',
    helperImage: (options.helperImage as string | undefined) ?? 'busybox:1.36',
    kubectlImage: (options.kubectlImage as string | undefined) ?? 'bitnami/kubectl:1.31',
    artifactStore: resolveArtifactStore(options.artifactStore, [...path, 'artifactStore']),
    transferImage: (options.transferImage as string | undefined) ?? 'python:3.12-alpine',
    gitImage: (options.gitImage as string | undefined) ?? 'alpine/git:2.47.2',
    datasetResource: (options.datasetResource as boolean | undefined) ?? false,
  };
}
