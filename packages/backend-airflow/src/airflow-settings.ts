import { CoulerError, resolveArtifactStore, type ArtifactStoreSettings, type ResolvedArtifactStore } from '@couler/ir';
import type { AirflowServerVersion } from './rest/detect-airflow-version';

/** How the Airflow backend writes DAG files. Every field is optional. */
export interface AirflowSettings {
  /**
   * Airflow version: `3` (`airflow.sdk` imports) or `2` (2.7+); also `"2"`, `"3"`, or a major and
   * minor as a string (`"2.9"`, `"2.10"`, `"3.1"`): features of a later minor (display names
   * from 2.9) are written only for it. `auto` (the default) asks the server before submit,
   * status and logs (`GET /api/v2/version`, then `/api/v1/version`); compiling does no I/O, so
   * with `auto` files are written for Airflow 3.
   */
  readonly airflowVersion?: 2 | 3 | 'auto' | `${2 | 3}` | `${2 | 3}.${number}`;
  /**
   * Where script steps run: `pod` (default) in a `KubernetesPodOperator` with the step's image,
   * like container steps; `task` on the Airflow worker itself, as a `@task` that runs the script's
   * command (the image is then only documentation).
   */
  readonly scriptMode?: 'pod' | 'task';
  /** Kubernetes namespace of the pods (default: the `kubernetes_default` connection's). */
  readonly namespace?: string;
  /** Airflow's `[core] max_map_length` on the target (default 1024): wider fan-outs are refused. */
  readonly maxMapLength?: number;
  /** The DAG's `start_date`, `YYYY-MM-DD` (default `2024-01-01`; `catchup` is off). */
  readonly startDate?: string;
  /** Extra DAG tags; `couler` is always there. */
  readonly tags?: ReadonlyArray<string>;
  /** Check each file (py_compile, Ruff, AST against the IR) before returning it (default false). */
  readonly validate?: boolean;
  /**
   * Object storage for artifacts and for outputs too large for XCom. Pods that move data get a
   * `couler-transfer` sidecar (see `transferImage`). Without it, an artifact with no location of
   * its own travels in XCom (a file's bytes or a directory's tar.gz, base64, up to `xcomMaxBytes`);
   * artifacts with an S3, HTTP or HDFS location are moved by the sidecar with that location's
   * settings, and Git input artifacts are cloned by init containers (see `gitImage`).
   */
  readonly artifactStore?: ArtifactStoreSettings;
  /** Image of the transfer sidecar: any image with `python3` 3.8+ (default `python:3.12-alpine`). */
  readonly transferImage?: string;
  /**
   * Image of the init containers that clone Git input artifacts: any image with `git` 2.24+, `sh`
   * and, for SSH keys, `ssh` (default `alpine/git:2.47.2`). Hosts listed in its
   * `/etc/ssh/ssh_known_hosts` must present the key listed there.
   */
  readonly gitImage?: string;
  /**
   * Image of the pods that run job steps (Kubeflow training jobs) and resource steps (`runJob`):
   * any image with `kubectl` and a POSIX `sh` (default `bitnami/kubectl:1.31`).
   */
  readonly kubectlImage?: string;
  /**
   * Bytes a value may take in XCom (default 49152). With an artifact store, a larger output is
   * written to the store and XCom holds a `couler-object:<url>` pointer. Without one, an artifact
   * carried in XCom may take this much once packed; a larger one fails its producer, naming the
   * `artifactStore` setting.
   */
  readonly xcomMaxBytes?: number;
}

// The artifact store's setting is the same for every backend without an artifact driver (Airflow, Tekton).
export type { ArtifactStoreSettings, ResolvedArtifactStore } from '@couler/ir';

export interface ResolvedAirflowSettings {
  /** The major the DAG file is written for (`3` when the setting is `auto` or not given). */
  readonly airflowVersion: 2 | 3;
  /** The lowest minor of that major the file must load on: `7` for a plain `2`, `0` for `3`. */
  readonly airflowMinor: number;
  /** The major the REST client talks to, or `auto` to ask the server. */
  readonly serverVersion: AirflowServerVersion;
  readonly scriptMode: 'pod' | 'task';
  readonly namespace: string | undefined;
  readonly maxMapLength: number;
  readonly startDate: string;
  readonly tags: ReadonlyArray<string>;
  readonly validate: boolean;
  readonly artifactStore: ResolvedArtifactStore | undefined;
  readonly transferImage: string;
  readonly gitImage: string;
  readonly kubectlImage: string;
  readonly xcomMaxBytes: number;
}

const KEYS = ['airflowVersion', 'scriptMode', 'namespace', 'maxMapLength', 'startDate', 'tags', 'validate', 'artifactStore', 'transferImage', 'gitImage', 'kubectlImage', 'xcomMaxBytes'];

function invalid(path: ReadonlyArray<string>, message: string, hint?: string): CoulerError {
  return new CoulerError('INVALID_FIELD', message, { path, ...(hint !== undefined && { hint }) });
}

/**
 * Checks settings that may come from a command line or a JSON file, so that a typo is a located
 * error instead of an ignored setting. `airflowVersion` also accepts `"2"`, `"3"` and `"2.9"`-style minors.
 *
 * @throws CoulerError `INVALID_FIELD` naming the setting and what it accepts.
 */
export function resolveAirflowSettings(settings: Readonly<Record<string, unknown>> = {}, path: ReadonlyArray<string> = ['settings']): ResolvedAirflowSettings {
  for (const key of Object.keys(settings)) {
    if (!KEYS.includes(key)) throw invalid([...path, key], `The airflow backend has no setting "${key}".`, `Its settings are: ${KEYS.join(', ')}.`);
  }
  const { airflowVersion, scriptMode, namespace, maxMapLength, startDate, tags, validate, transferImage, gitImage, kubectlImage, xcomMaxBytes } = settings;
  const release = airflowVersion === undefined || airflowVersion === 'auto' ? undefined : airflowRelease(airflowVersion, [...path, 'airflowVersion']);
  if (scriptMode !== undefined && scriptMode !== 'pod' && scriptMode !== 'task') {
    throw invalid([...path, 'scriptMode'], `scriptMode must be "pod" or "task", not ${JSON.stringify(scriptMode)}.`);
  }
  if (namespace !== undefined && (typeof namespace !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)) {
    throw invalid([...path, 'namespace'], `namespace must be a Kubernetes namespace name (a DNS-1123 label), not ${JSON.stringify(namespace)}.`);
  }
  if (maxMapLength !== undefined && (typeof maxMapLength !== 'number' || !Number.isInteger(maxMapLength) || maxMapLength < 1)) {
    throw invalid([...path, 'maxMapLength'], `maxMapLength must be a whole number ≥ 1, not ${JSON.stringify(maxMapLength)}.`);
  }
  if (startDate !== undefined && (typeof startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(Date.parse(`${startDate}T00:00:00Z`)))) {
    throw invalid([...path, 'startDate'], `startDate must be a date written YYYY-MM-DD, not ${JSON.stringify(startDate)}.`);
  }
  if (tags !== undefined && (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.length === 0 || tag.length > 100))) {
    throw invalid([...path, 'tags'], `tags must be a list of non-empty strings of at most 100 characters, not ${JSON.stringify(tags)}.`);
  }
  if (validate !== undefined && typeof validate !== 'boolean') throw invalid([...path, 'validate'], `validate must be true or false, not ${JSON.stringify(validate)}.`);
  for (const [key, image] of [['transferImage', transferImage], ['gitImage', gitImage], ['kubectlImage', kubectlImage]] as const) {
    if (image !== undefined && (typeof image !== 'string' || !/^[^\s]+$/.test(image))) throw invalid([...path, key], `${key} must be an image reference, not ${JSON.stringify(image)}.`);
  }
  if (xcomMaxBytes !== undefined && (typeof xcomMaxBytes !== 'number' || !Number.isInteger(xcomMaxBytes) || xcomMaxBytes < 1)) {
    throw invalid([...path, 'xcomMaxBytes'], `xcomMaxBytes must be a whole number ≥ 1, not ${JSON.stringify(xcomMaxBytes)}.`);
  }
  return {
    airflowVersion: release?.major ?? 3,
    airflowMinor: release?.minor ?? 0,
    serverVersion: release?.major ?? 'auto',
    scriptMode: (scriptMode as 'pod' | 'task' | undefined) ?? 'pod',
    namespace: namespace as string | undefined,
    maxMapLength: (maxMapLength as number | undefined) ?? 1024,
    startDate: (startDate as string | undefined) ?? '2024-01-01',
    tags: ['couler', ...((tags as string[] | undefined) ?? []).filter((tag) => tag !== 'couler')],
    validate: (validate as boolean | undefined) ?? false,
    artifactStore: resolveArtifactStore(settings.artifactStore, [...path, 'artifactStore']),
    transferImage: (transferImage as string | undefined) ?? 'python:3.12-alpine',
    gitImage: (gitImage as string | undefined) ?? 'alpine/git:2.47.2',
    kubectlImage: (kubectlImage as string | undefined) ?? 'bitnami/kubectl:1.31',
    xcomMaxBytes: (xcomMaxBytes as number | undefined) ?? 49152,
  };
}


/** The oldest Airflow 2 the backend writes for: teardown tasks (exit and status hooks) came in 2.7. */
const OLDEST_MINOR_2 = 7;

/**
 * The major and minor of an `airflowVersion` setting: `2` and `3` (numbers or strings) mean 2.7
 * and 3.0; a minor is given as a string, since the number 2.10 is 2.1.
 */
function airflowRelease(setting: unknown, path: ReadonlyArray<string>): { major: 2 | 3; minor: number } {
  const match = typeof setting === 'number' ? /^([23])$/.exec(String(setting)) : typeof setting === 'string' ? /^([23])(?:\.(0|[1-9]\d{0,2}))?$/.exec(setting) : null;
  if (match === null) {
    throw invalid(path, `airflowVersion must be 2, 3, a major and minor such as "2.10", or "auto", not ${JSON.stringify(setting)}.`, typeof setting === 'number' ? `Write a minor as a string ("${setting}"): the number 2.10 is 2.1.` : undefined);
  }
  const major = match[1] === '2' ? 2 : 3;
  const minor = match[2] === undefined ? (major === 2 ? OLDEST_MINOR_2 : 0) : Number(match[2]);
  if (major === 2 && minor < OLDEST_MINOR_2) {
    throw invalid(path, `The airflow backend writes DAGs for Airflow 2.${OLDEST_MINOR_2} and later, not ${JSON.stringify(setting)}: its hooks are teardown tasks, which came in 2.${OLDEST_MINOR_2}.`, `Upgrade Airflow to 2.${OLDEST_MINOR_2} or later and set airflowVersion "2.${OLDEST_MINOR_2}" (or 2).`);
  }
  return { major, minor };
}
