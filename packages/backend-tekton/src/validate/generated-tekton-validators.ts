import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { TEKTON_VALIDATORS_FILE } from './tekton-validator-source';

let loaded: Record<string, ValidateFunction> | null | undefined;

/**
 * The validators the build generated (`dist/tekton-validators.cjs`), by kind, or undefined in a
 * checkout that was not built: then the schemas are compiled at run time, to the same errors.
 */
export function generatedTektonValidators(): Record<string, ValidateFunction> | undefined {
  if (loaded === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    // Beside the chunk in dist/, or dist/ of the package from src/validate/.
    const found = [join(here, TEKTON_VALIDATORS_FILE), join(here, '..', '..', 'dist', TEKTON_VALIDATORS_FILE)].find(existsSync);
    loaded = found ? (createRequire(import.meta.url)(found) as Record<string, ValidateFunction>) : null;
  }
  return loaded ?? undefined;
}
