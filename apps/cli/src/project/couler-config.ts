import type { ArtifactStoreSettings } from '@couler/artifact-stores';
import { CoulerError, didYouMean, type BackendV1, type PassV1 } from '@couler/ir';

/**
 * A project's `couler.config.ts` (or `.mts`, `.js`, `.mjs`, `.cjs`, `.json`): the backends and
 * passes the project adds, and default settings. `couler` reads the first one it finds from the
 * working directory upwards.
 *
 * ```ts
 * import { defineConfig } from '@couler/cli';
 * export default defineConfig({
 *   backends: { mermaid: './tools/mermaid-backend' },        // a path, a package name, or a BackendV1
 *   passes: ['./tools/add-labels-pass.ts'],                  // run in order before every compile
 *   settings: { airflow: { airflowVersion: 2 }, mermaid: { direction: 'LR' } },
 *   defaultBackend: 'airflow',
 * });
 * ```
 */
export interface CoulerConfig {
  /** Backends by the id `--backend` takes: a path (from the config's folder), a package name, or an object. */
  readonly backends?: Readonly<Record<string, string | BackendV1>>;
  /** Passes run in order on the workflow before `couler compile` hands it to a backend. */
  readonly passes?: ReadonlyArray<string | PassV1>;
  /** Default settings per backend id; `--setting` and the command's flags override them. */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The backend `couler compile` uses without `--backend` (default `argo`). */
  readonly defaultBackend?: string;
  /**
   * The remote stores of `couler run`: S3 and GCS endpoints for locations that name none, and a
   * JSON file of secret values (from the config's folder; `--secret-file` and `--secret` win).
   * Secret values themselves do not belong in a config that is committed.
   */
  readonly artifactStores?: ArtifactStoreSettings & { readonly secretFile?: string };
  /** The local engine's dataset cache: its size limit in bytes (default 20 GiB); least-recently-used datasets leave past it. */
  readonly datasetCache?: { readonly maxBytes?: number };
}

/** Types a config object; it returns its argument unchanged. */
export function defineConfig(config: CoulerConfig): CoulerConfig {
  return config;
}

const CONFIG_KEYS = ['backends', 'passes', 'settings', 'defaultBackend', 'artifactStores', 'datasetCache'] as const satisfies ReadonlyArray<keyof CoulerConfig>;

function fieldError(file: string, path: ReadonlyArray<string | number>, message: string, hint?: string): CoulerError {
  return new CoulerError('INVALID_FIELD', `${message} (in ${file})`, { path: ['config', ...path], ...(hint !== undefined && { hint }) });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STORE_FIELDS: Readonly<Record<string, Readonly<Record<string, 'string' | 'boolean'>>>> = {
  s3: { endpoint: 'string', region: 'string', forcePathStyle: 'boolean' },
  gcs: { apiEndpoint: 'string', projectId: 'string' },
  azure: { endpoint: 'string', accountName: 'string' },
};

function checkArtifactStores(value: unknown, file: string): void {
  const example = "artifactStores: { s3: { endpoint: 'http://minio:9000' }, secretFile: '~/.couler/secrets.json' }";
  if (!isPlainObject(value)) throw fieldError(file, ['artifactStores'], '"artifactStores" is an object of store settings.', example);
  for (const [store, settings] of Object.entries(value)) {
    if (store === 'secretFile') {
      if (typeof settings !== 'string') throw fieldError(file, ['artifactStores', 'secretFile'], '"secretFile" is the path of a JSON file of secrets.', example);
      continue;
    }
    const fields = STORE_FIELDS[store];
    if (!fields) throw fieldError(file, ['artifactStores', store], `"artifactStores" has no store "${store}".${didYouMean(store, [...Object.keys(STORE_FIELDS), 'secretFile'])}`, example);
    if (!isPlainObject(settings)) throw fieldError(file, ['artifactStores', store], `"artifactStores.${store}" is an object.`, example);
    for (const [field, setting] of Object.entries(settings)) {
      const type = fields[field];
      if (!type) throw fieldError(file, ['artifactStores', store, field], `"artifactStores.${store}" has no field "${field}".${didYouMean(field, Object.keys(fields))}`, `Fields: ${Object.keys(fields).join(', ')}.`);
      if (typeof setting !== type) throw fieldError(file, ['artifactStores', store, field], `"artifactStores.${store}.${field}" is a ${type}.`);
    }
  }
}

/**
 * Checks the shape of a loaded config and returns it typed.
 *
 * @throws CoulerError `INVALID_FIELD` naming the key, with a did-you-mean for unknown keys.
 */
export function checkConfig(value: unknown, file: string): CoulerConfig {
  if (!isPlainObject(value)) throw fieldError(file, [], 'A couler config is an object.', 'export default defineConfig({ backends: { … } })');
  for (const key of Object.keys(value)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw fieldError(file, [key], `A couler config has no field "${key}".${didYouMean(key, CONFIG_KEYS)}`, `Fields: ${CONFIG_KEYS.join(', ')}.`);
    }
  }
  const { backends, passes, settings, defaultBackend, artifactStores, datasetCache } = value;
  if (artifactStores !== undefined) checkArtifactStores(artifactStores, file);
  if (datasetCache !== undefined) {
    const example = 'datasetCache: { maxBytes: 50 * 1024 ** 3 }';
    if (!isPlainObject(datasetCache)) throw fieldError(file, ['datasetCache'], '"datasetCache" is an object.', example);
    for (const key of Object.keys(datasetCache)) if (key !== 'maxBytes') throw fieldError(file, ['datasetCache', key], `"datasetCache" has no field "${key}".${didYouMean(key, ['maxBytes'])}`, example);
    const { maxBytes } = datasetCache;
    if (maxBytes !== undefined && (typeof maxBytes !== 'number' || !Number.isSafeInteger(maxBytes) || maxBytes < 0)) throw fieldError(file, ['datasetCache', 'maxBytes'], '"datasetCache.maxBytes" is a whole number of bytes.', example);
  }
  if (backends !== undefined) {
    if (!isPlainObject(backends)) throw fieldError(file, ['backends'], '"backends" maps ids to a path, a package name or a backend object.');
    for (const [id, backend] of Object.entries(backends)) {
      if (!/^[a-z][a-z0-9-]*$/.test(id)) throw fieldError(file, ['backends', id], `Backend id "${id}" must be lower-case letters, digits and "-", starting with a letter.`);
      if (typeof backend !== 'string' && !isPlainObject(backend)) throw fieldError(file, ['backends', id], `Backend "${id}" must be a path, a package name or a backend object.`);
    }
  }
  if (passes !== undefined && (!Array.isArray(passes) || passes.some((pass) => typeof pass !== 'string' && !isPlainObject(pass)))) {
    throw fieldError(file, ['passes'], '"passes" is a list of paths, package names or pass objects.');
  }
  if (settings !== undefined && (!isPlainObject(settings) || Object.values(settings).some((entry) => !isPlainObject(entry)))) {
    throw fieldError(file, ['settings'], '"settings" maps a backend id to an object of settings.', "settings: { airflow: { airflowVersion: 2 } }");
  }
  if (defaultBackend !== undefined && typeof defaultBackend !== 'string') throw fieldError(file, ['defaultBackend'], '"defaultBackend" is a backend id.');
  return value as CoulerConfig;
}
