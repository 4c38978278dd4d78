import { createRequire } from 'node:module';
import { ARGO_KINDS } from '../compile/argo-types';
import { argoKindReference, createArgoAjv } from './create-argo-ajv';

/** The file the build writes into dist/ with `argoValidatorSource()`. */
export const ARGO_VALIDATORS_FILE = 'argo-validators.cjs';

/**
 * Ajv's standalone code (CommonJS) of a validator per Argo kind, for the default schema variant
 * (closed objects, IntOrString as strings). Compiling Argo's schema costs about a second; the
 * build does it once and a run loads the result in tens of milliseconds.
 */
export function argoValidatorSource(): string {
  const { default: standaloneCode } = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
  const ajv = createArgoAjv({ intOrString: false, allowUnknownFields: false }, { source: true });
  return standaloneCode(ajv, Object.fromEntries(ARGO_KINDS.map((kind) => [kind, argoKindReference(kind)])));
}
