import { createRequire } from 'node:module';
import type Ajv2020 from 'ajv/dist/2020.js';
import { strictArgoSchema } from './load-argo-schema';

/** Which form of Argo's schema a validator checks against (see `ValidateArgoDocumentOptions`). */
export interface ArgoSchemaVariant {
  readonly intOrString: boolean;
  readonly allowUnknownFields: boolean;
}

/** Where each kind's schema is inside the schema registered as `argo`. */
export function argoKindReference(kind: string): string {
  return `argo#/definitions/io.argoproj.workflow.v1alpha1.${kind}`;
}

function openObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(openObjects);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.additionalProperties === false) delete record.additionalProperties;
    Object.values(record).forEach(openObjects);
  }
}

/**
 * An Ajv (draft 2020-12, strict, every error) holding Argo's schema in `variant` as `argo`: the
 * one setup for the validator compiled at run time and for the code the build generates
 * (`source`). Ajv is required here rather than imported, so that a run that finds the
 * generated validator never loads Ajv's compiler.
 */
export function createArgoAjv(variant: ArgoSchemaVariant, options: { source?: boolean } = {}): Ajv2020 {
  const { default: Ajv } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true, validateFormats: true, ...(options.source && { code: { source: true } }) });
  for (const format of ['int32', 'int64', 'uint64', 'byte']) ajv.addFormat(format, true);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  const schema = strictArgoSchema({ intOrString: variant.intOrString });
  if (variant.allowUnknownFields) openObjects(schema);
  ajv.addSchema({ ...schema, $id: 'argo' }, 'argo');
  return ajv;
}
