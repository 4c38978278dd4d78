import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { ARGO_VALIDATORS_FILE } from './argo-validator-source';

let loaded: Record<string, ValidateFunction> | null | undefined;

/**
 * The validators the build generated (`dist/argo-validators.cjs`), by kind, or undefined when
 * there are none (a checkout that was not built): then the schema is compiled at run time, to
 * the same errors.
 */
export function generatedArgoValidators(): Record<string, ValidateFunction> | undefined {
  if (loaded === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    // dist/ (a chunk), dist/test/, or src/validate/ in the repo once the package is built.
    const candidates = [join(here, ARGO_VALIDATORS_FILE), join(here, '..', ARGO_VALIDATORS_FILE), join(here, '..', '..', 'dist', ARGO_VALIDATORS_FILE)];
    const found = candidates.find((candidate) => existsSync(candidate));
    loaded = found ? (createRequire(import.meta.url)(found) as Record<string, ValidateFunction>) : null;
  }
  return loaded ?? undefined;
}
