import { createRequire } from 'node:module';
import { createTektonAjv } from './create-tekton-ajv';
import { strictTektonSchema, TEKTON_KINDS } from './load-tekton-schemas';

/** The file the build writes into dist/ with `tektonValidatorSource()`. */
export const TEKTON_VALIDATORS_FILE = 'tekton-validators.cjs';

/**
 * Ajv's standalone code (CommonJS) of a validator per Tekton kind. Compiling the CRD schemas
 * costs hundreds of milliseconds; the build does it once and a run loads the result.
 */
export function tektonValidatorSource(): string {
  const { default: standaloneCode } = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
  const ajv = createTektonAjv({ source: true });
  for (const kind of TEKTON_KINDS) ajv.addSchema(strictTektonSchema(kind), kind);
  return standaloneCode(ajv, Object.fromEntries(TEKTON_KINDS.map((kind) => [kind, kind])));
}
