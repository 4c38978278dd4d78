import { CoulerError, resolveBackend, type BackendV1 } from '@couler/ir';
import { exportsMatching, importPlugin } from './import-plugin';

const CONTRACT_HINT = "A backend module exports an object implementing BackendV1 from @couler/ir (specificationVersion 'v1', backendId, capabilities, doCompile), or a create…Backend() factory; see docs/writing-a-backend.md.";

function looksLikeBackend(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { doCompile?: unknown }).doCompile === 'function';
}

function isBackendFactory([name, value]: [string, unknown]): boolean {
  return typeof value === 'function' && /^create[A-Za-z0-9]*Backend$/.test(name);
}

/**
 * The backend a module provides: its default export or its one backend export, else the one
 * `create…Backend()` factory it exports, called without settings. The contract version is
 * checked (`resolveBackend`).
 *
 * @throws CoulerError `LOAD_FAILED` when the module is no backend or offers several;
 *   `UNSUPPORTED_SPECIFICATION_VERSION` when it implements a contract this CLI does not know.
 */
export async function loadBackendModule(spec: string, baseDirectory: string): Promise<BackendV1> {
  const { namespace } = await importPlugin(spec, baseDirectory, 'backend');
  const backends = exportsMatching(namespace, looksLikeBackend);
  const fromDefault = backends.find(([name]) => name === 'default');
  if (fromDefault) return resolveBackend(fromDefault[1]);
  if (backends.length === 1) return resolveBackend(backends[0]![1]);
  if (backends.length > 1) {
    throw new CoulerError('LOAD_FAILED', `"${spec}" exports several backends (${backends.map(([name]) => name).join(', ')}); Couler cannot tell which one to use.`, {
      hint: 'Export the one to use as the default export, or register each under its own id in couler.config (backends: { id: … }).',
    });
  }
  const factories = Object.entries(namespace).filter(isBackendFactory);
  if (factories.length === 1) return resolveBackend(await (factories[0]![1] as () => unknown)());
  const exported = Object.keys(namespace).filter((key) => key !== '__esModule');
  throw new CoulerError('LOAD_FAILED', `"${spec}" is not a Couler backend: ${exported.length === 0 ? 'it exports nothing' : `it exports ${exported.join(', ')}, none of them a backend`}.`, {
    hint: CONTRACT_HINT,
  });
}
