import { airflow } from '@couler/backend-airflow';
import { argo } from '@couler/backend-argo';
import { tekton } from '@couler/backend-tekton';
import { CoulerError, didYouMean, resolveBackend, type BackendV1 } from '@couler/ir';

/**
 * The engines `couler` can compile for and submit to, by `--backend` id. Adding one is one line
 * here (`airflow`, `tekton` …); `compile`, `submit`, `status`, `logs` and `watch` pick it up.
 */
export const BACKENDS: Readonly<Record<string, BackendV1>> = { argo, airflow, tekton };

export const BACKEND_IDS = Object.keys(BACKENDS);

/**
 * The backend registered as `id`, checked against the contract version this CLI knows.
 *
 * @throws CoulerError `INVALID_FIELD` for an id nobody registered.
 */
export function backendById(id: string): BackendV1 {
  const backend = Object.hasOwn(BACKENDS, id) ? BACKENDS[id] : undefined;
  if (backend === undefined) {
    throw new CoulerError('INVALID_FIELD', `There is no backend "${id}".${didYouMean(id, BACKEND_IDS)}`, { path: ['backend'], hint: `Backends: ${BACKEND_IDS.join(', ')}.` });
  }
  return resolveBackend(backend);
}

/** What a run-following command needs of a backend: submit and status (logs where it has them). */
export type RemoteBackend = BackendV1 & Required<Pick<BackendV1, 'doSubmit' | 'doStatus'>>;

/**
 * A backend that can submit and follow runs.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for one that only compiles.
 */
export function remoteBackendById(id: string): RemoteBackend {
  const backend = backendById(id);
  if (!backend.doSubmit || !backend.doStatus) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The ${id} backend only compiles; it cannot submit runs or follow them.`, { path: ['backend'], hint: '`couler compile` writes its files; submit them with the engine\'s own tools.' });
  }
  return backend as RemoteBackend;
}
