import { CoulerError, didYouMean, resolveBackend, type BackendV1 } from '@couler/ir';
import { isPathSpec } from './project/import-plugin';
import { loadBackendModule } from './project/load-backend';
import type { LoadedConfig } from './project/load-project';

/**
 * The engines `couler` knows without a config, by `--backend` id. `compile`, `submit`, `status`,
 * `logs` and `watch` also take a path or a package name, and the ids a project's couler.config
 * registers.
 */
export const BACKENDS: Readonly<Record<string, () => Promise<BackendV1>>> = {
  // Imported when named: `compile --backend argo` need not load Tekton's Kubernetes client.
  argo: async () => (await import('@couler/backend-argo')).argo,
  airflow: async () => (await import('@couler/backend-airflow')).airflow,
  tekton: async () => (await import('@couler/backend-tekton')).tekton,
};

export const BACKEND_IDS = Object.keys(BACKENDS);

/** What `--backend` named, loaded, with the project's default settings for it. */
export interface ResolvedBackend {
  readonly backend: BackendV1;
  /** The id to show and to repeat in hints: the built-in or registered id, else the path or package. */
  readonly backendId: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

function unknownBackend(spec: string, known: ReadonlyArray<string>): CoulerError {
  return new CoulerError('INVALID_FIELD', `There is no backend "${spec}".${didYouMean(spec, known)}`, {
    path: ['backend'],
    hint: `Backends: ${known.join(', ')}; or a path to a backend module (./my-backend) or an installed package (couler-backend-foo), or register one in couler.config.`,
  });
}

/**
 * The backend `spec` names: a built-in id, an id the project's config registers, a path to a
 * module or package folder, or an installed package name (both from `cwd`; registered paths
 * from the config's folder). Its contract version is checked.
 *
 * @throws CoulerError `INVALID_FIELD` for an id nobody registered, `LOAD_FAILED` for a module
 *   that is not a backend, `UNSUPPORTED_SPECIFICATION_VERSION` for an unknown contract.
 */
export async function resolveBackendSpec(spec: string, project: LoadedConfig, cwd: string): Promise<ResolvedBackend> {
  const registered = project.config.backends ?? {};
  const known = [...BACKEND_IDS, ...Object.keys(registered)];
  const withSettings = (backend: BackendV1, backendId: string): ResolvedBackend => ({
    backend,
    backendId,
    settings: { ...project.config.settings?.[backend.backendId], ...project.config.settings?.[backendId] },
  });
  if (Object.hasOwn(BACKENDS, spec)) {
    if (Object.hasOwn(registered, spec)) {
      throw new CoulerError('INVALID_FIELD', `couler.config registers a backend "${spec}", which is built in.`, { path: ['config', 'backends', spec], hint: 'Register it under another id.' });
    }
    return withSettings(resolveBackend(await BACKENDS[spec]!()), spec);
  }
  if (Object.hasOwn(registered, spec)) {
    const entry = registered[spec]!;
    return withSettings(typeof entry === 'string' ? await loadBackendModule(entry, project.directory) : resolveBackend(entry), spec);
  }
  if (isPathSpec(spec)) return withSettings(await loadBackendModule(spec, cwd), spec);
  try {
    return withSettings(await loadBackendModule(spec, cwd), spec);
  } catch (error) {
    // A plain word that no package answers to is most likely a typo of a known id.
    if (CoulerError.isInstance(error) && error.code === 'LOAD_FAILED' && /Cannot find (module|package)/.test(error.message)) throw unknownBackend(spec, known);
    throw error;
  }
}

/** What a run-following command needs of a backend: submit and status (logs where it has them). */
export type RemoteBackend = BackendV1 & Required<Pick<BackendV1, 'doSubmit' | 'doStatus'>>;

/**
 * A backend that can submit and follow runs.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for one that only compiles.
 */
export function asRemoteBackend(resolved: ResolvedBackend): RemoteBackend {
  const { backend, backendId } = resolved;
  if (!backend.doSubmit || !backend.doStatus) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The ${backendId} backend only compiles; it cannot submit runs or follow them.`, { path: ['backend'], hint: '`couler compile` writes its files; submit them with the engine\'s own tools.' });
  }
  return backend as RemoteBackend;
}
