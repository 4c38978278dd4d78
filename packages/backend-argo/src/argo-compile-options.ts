import { CoulerError } from '@couler/ir';
import { ARGO_KINDS, type ArgoKind } from './compile/argo-types';
import { DEFAULT_MEMOIZE_CONFIG_MAP } from './compile/map-memoize';

/** Argo releases the backend writes for, oldest first; the last is the default. */
export const ARGO_VERSIONS = ['3.4', '3.5', '3.6', '3.7', '4.0', '4.1'] as const;
export type ArgoVersion = (typeof ARGO_VERSIONS)[number];
export const DEFAULT_ARGO_VERSION: ArgoVersion = '4.1';

/** Whether `version` is `since` or later. */
export function argoVersionAtLeast(version: ArgoVersion, since: ArgoVersion): boolean {
  return ARGO_VERSIONS.indexOf(version) >= ARGO_VERSIONS.indexOf(since);
}

/** How `compileToArgo` shapes its output. Every field is optional. */
export interface ArgoCompileOptions {
  /**
   * Which object to emit. Default: `CronWorkflow` for a workflow with a cron schedule, else
   * `Workflow`. A `WorkflowTemplate` or `ClusterWorkflowTemplate` holds the same spec for reuse
   * (submit with `argo submit --from`).
   */
  readonly kind?: ArgoKind;
  /** `dag` (default): one DAG template per level. `steps`: Argo `steps` templates, in layers. */
  readonly templateStyle?: 'dag' | 'steps';
  /**
   * For `kind: Workflow`: use `metadata.generateName: <name>-` (default `true`) so the same file
   * can be submitted many times, or a fixed `metadata.name`.
   */
  readonly generateName?: boolean;
  /** ConfigMap that memoized results go to when a cache hint names none. */
  readonly memoizeConfigMap?: string;
  /**
   * Whether the cluster has an artifact repository Argo can write keys into (S3-compatible, GCS,
   * OSS …, configured in `artifact-repositories` or the controller's ConfigMap). Fan-ins too large
   * for a parameter are then passed as artifacts; without one they are a compile error.
   */
  readonly artifactRepository?: boolean;
  /**
   * Bytes one iteration of a mapped step is assumed to add to a fan-in of its outputs, when its
   * output size is not known (default 1024). Used to find fan-ins over Argo's 256 KiB limit.
   */
  readonly fanInBytesPerItem?: number;
  /**
   * What to do with a workflow over Argo's 1 MiB object size: `error` (default: it cannot run)
   * or `warn` (for tools that split the result afterwards, and for benchmarks).
   */
  readonly sizeLimit?: 'error' | 'warn';
  /**
   * The Argo release the cluster runs, `major.minor` (default the current one, `4.1`). Older
   * releases get the older form of what changed: before 3.6 a CronWorkflow has one `schedule`
   * string instead of the `schedules` list (3.6 added the list and deprecated the string; the v4.1 schema no longer has it).
   * A number is read too (`3.5`, `4` for `4.0`), as `--setting argoVersion=3.5` gives one.
   */
  readonly argoVersion?: ArgoVersion | number;
  /**
   * Write the template of a step that only one task or step runs inside that task or step
   * (`inline:`) instead of as a named template of its own (default false): a smaller document
   * that reads top to bottom. Templates run by several tasks, hooks or exit handlers stay named.
   */
  readonly inlineTemplates?: boolean;
  /**
   * Also write, in `<workflow>.datasets.yaml` beside each dataset's claim, a `Dataset` custom
   * resource (`couler.dev/v1alpha1`, the tech report's Code 7 shape) for a caching service on the
   * cluster to act on. Default false: applying it needs the resource's definition installed.
   */
  readonly datasetResource?: boolean;
}

export interface ResolvedArgoCompileOptions {
  readonly kind: ArgoKind | undefined;
  readonly templateStyle: 'dag' | 'steps';
  readonly generateName: boolean;
  readonly memoizeConfigMap: string;
  readonly artifactRepository: boolean;
  readonly fanInBytesPerItem: number;
  readonly sizeLimit: 'error' | 'warn';
  readonly argoVersion: ArgoVersion;
  readonly inlineTemplates: boolean;
  readonly datasetResource: boolean;
}

const KEYS = ['kind', 'templateStyle', 'generateName', 'memoizeConfigMap', 'artifactRepository', 'fanInBytesPerItem', 'sizeLimit', 'argoVersion', 'inlineTemplates', 'datasetResource', 'validate'];

function invalid(path: ReadonlyArray<string>, message: string, hint?: string): CoulerError {
  return new CoulerError('INVALID_FIELD', message, { path, ...(hint !== undefined && { hint }) });
}

/**
 * Checks options that may come from a command line or a JSON file, so that a typo is a located
 * error instead of an ignored setting. `validate` is accepted here for the backend's use.
 *
 * @throws CoulerError `INVALID_FIELD` naming the setting and what it accepts.
 */
export function resolveArgoCompileOptions(options: Readonly<Record<string, unknown>> = {}, path: ReadonlyArray<string> = ['settings']): ResolvedArgoCompileOptions {
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) throw invalid([...path, key], `The argo backend has no setting "${key}".`, `Its settings are: ${KEYS.join(', ')}.`);
  }
  const { kind, templateStyle, generateName, memoizeConfigMap, artifactRepository, fanInBytesPerItem, sizeLimit, argoVersion } = options;
  // `4` is how a command line's `4.0` arrives once read as JSON.
  const version = typeof argoVersion === 'number' && Number.isFinite(argoVersion) ? (Number.isInteger(argoVersion) ? `${argoVersion}.0` : String(argoVersion)) : argoVersion;
  if (version !== undefined && !(ARGO_VERSIONS as readonly unknown[]).includes(version)) {
    throw invalid([...path, 'argoVersion'], `argoVersion must be one of ${ARGO_VERSIONS.join(', ')}, not ${JSON.stringify(argoVersion)}.`, 'Give the major.minor of the Argo release your cluster runs (`argo version`); for a patch release give its minor (3.5.8 → 3.5).');
  }
  if (sizeLimit !== undefined && sizeLimit !== 'error' && sizeLimit !== 'warn') {
    throw invalid([...path, 'sizeLimit'], `sizeLimit must be "error" or "warn", not ${JSON.stringify(sizeLimit)}.`);
  }
  if (kind !== undefined && !(ARGO_KINDS as readonly unknown[]).includes(kind)) {
    throw invalid([...path, 'kind'], `The argo backend's kind must be one of ${ARGO_KINDS.join(', ')}, not ${JSON.stringify(kind)}.`);
  }
  if (templateStyle !== undefined && templateStyle !== 'dag' && templateStyle !== 'steps') {
    throw invalid([...path, 'templateStyle'], `templateStyle must be "dag" or "steps", not ${JSON.stringify(templateStyle)}.`);
  }
  for (const [key, value] of Object.entries({ generateName, artifactRepository, inlineTemplates: options.inlineTemplates, datasetResource: options.datasetResource, validate: options.validate })) {
    if (value !== undefined && typeof value !== 'boolean') throw invalid([...path, key], `${key} must be true or false, not ${JSON.stringify(value)}.`);
  }
  if (memoizeConfigMap !== undefined && (typeof memoizeConfigMap !== 'string' || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(memoizeConfigMap) || memoizeConfigMap.length > 253)) {
    throw invalid([...path, 'memoizeConfigMap'], `memoizeConfigMap must be a ConfigMap name (a DNS-1123 subdomain), not ${JSON.stringify(memoizeConfigMap)}.`);
  }
  if (fanInBytesPerItem !== undefined && (typeof fanInBytesPerItem !== 'number' || !Number.isFinite(fanInBytesPerItem) || fanInBytesPerItem < 0)) {
    throw invalid([...path, 'fanInBytesPerItem'], `fanInBytesPerItem must be a number of bytes ≥ 0, not ${JSON.stringify(fanInBytesPerItem)}.`);
  }
  return {
    kind: kind as ArgoKind | undefined,
    templateStyle: (templateStyle as 'dag' | 'steps' | undefined) ?? 'dag',
    generateName: (generateName as boolean | undefined) ?? true,
    memoizeConfigMap: (memoizeConfigMap as string | undefined) ?? DEFAULT_MEMOIZE_CONFIG_MAP,
    artifactRepository: (artifactRepository as boolean | undefined) ?? false,
    fanInBytesPerItem: (fanInBytesPerItem as number | undefined) ?? 1024,
    sizeLimit: (sizeLimit as 'error' | 'warn' | undefined) ?? 'error',
    argoVersion: (version as ArgoVersion | undefined) ?? DEFAULT_ARGO_VERSION,
    inlineTemplates: (options.inlineTemplates as boolean | undefined) ?? false,
    datasetResource: (options.datasetResource as boolean | undefined) ?? false,
  };
}
