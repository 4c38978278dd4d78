import { CoulerError } from '../../errors/couler-error';
import type { BackendV1 } from './backend-v1';

/** Checks that a value implements a contract version this package knows, before any use. */
export function resolveBackend(backend: unknown): BackendV1 {
  const candidate = backend as Partial<BackendV1> | null;
  if (candidate === null || typeof candidate !== 'object' || typeof candidate.doCompile !== 'function') {
    throw new CoulerError('UNSUPPORTED_SPECIFICATION_VERSION', 'This is not a Couler backend: it has no doCompile method.', {
      hint: 'A backend implements BackendV1 from @couler/ir.',
    });
  }
  if (candidate.specificationVersion !== 'v1') {
    throw new CoulerError(
      'UNSUPPORTED_SPECIFICATION_VERSION',
      `Backend "${String(candidate.backendId)}" implements contract "${String(candidate.specificationVersion)}", but this version of Couler knows "v1".`,
      { hint: 'Upgrade @couler/ir (and the CLI), or install a version of the backend built for v1.' },
    );
  }
  return candidate as BackendV1;
}
