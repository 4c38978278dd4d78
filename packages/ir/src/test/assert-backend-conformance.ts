import { CoulerError } from '../errors/couler-error';
import { resolveBackend } from '../backend/v1/resolve-backend';
import { detectConstructs } from '../backend/v1/constructs';
import type { Workflow } from '../schema/workflow';
import { conformanceWorkflows } from './conformance-workflows';

/**
 * Checks the promises every backend makes, with plain `Error`s so that it runs under any test
 * runner: the contract version is known; compiling is deterministic (byte-identical files on a
 * second run) and writes only relative paths inside the output directory; a workflow using a
 * construct outside `capabilities` is refused with UNSUPPORTED_BY_BACKEND, never half-compiled.
 */
export async function assertBackendConformance(
  backend: unknown,
  workflows: Readonly<Record<string, Workflow>> = conformanceWorkflows,
): Promise<void> {
  const resolved = resolveBackend(backend);
  const supported = new Set(resolved.capabilities);
  for (const [name, workflow] of Object.entries(workflows)) {
    const expressible = detectConstructs(workflow).every((use) => supported.has(use.construct));
    if (!expressible) {
      const refused = await resolved.doCompile(workflow, {}).then(
        () => false,
        (error: unknown) => CoulerError.isInstance(error) && error.code === 'UNSUPPORTED_BY_BACKEND',
      );
      if (!refused) throw new Error(`Backend "${resolved.backendId}" compiled "${name}" although it uses a construct outside its capabilities; it must throw UNSUPPORTED_BY_BACKEND (call assertSupported).`);
      continue;
    }
    const first = await resolved.doCompile(workflow, {});
    const second = await resolved.doCompile(workflow, {});
    if (first.files.length === 0) throw new Error(`Backend "${resolved.backendId}" produced no files for "${name}".`);
    if (JSON.stringify(first.files) !== JSON.stringify(second.files)) {
      throw new Error(`Backend "${resolved.backendId}" is not deterministic: compiling "${name}" twice gave different files.`);
    }
    for (const file of first.files) {
      if (file.path.startsWith('/') || file.path.split(/[\\/]/).includes('..')) {
        throw new Error(`Backend "${resolved.backendId}" wrote "${file.path}" for "${name}"; file paths must be relative and stay inside the output directory.`);
      }
    }
  }
}
