import { createRequire } from 'node:module';
import type Ajv from 'ajv';
import { sharedTektonSchemas } from './load-tekton-schemas';

/** Formats of the CRD schemas beyond JSON Schema's; plain functions and patterns (see `formatsSource`). */
const TEKTON_FORMATS = {
  int32: { type: 'number', validate: (value: number) => Number.isInteger(value) },
  int64: { type: 'number', validate: (value: number) => Number.isInteger(value) },
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
} as const;

/** `TEKTON_FORMATS` as JavaScript source, for generated code to hold the same definitions. */
function formatsSource(): string {
  const entries = Object.entries(TEKTON_FORMATS).map(([name, format]) =>
    format instanceof RegExp ? `${JSON.stringify(name)}: ${format}` : `${JSON.stringify(name)}: { type: ${JSON.stringify(format.type)}, validate: ${format.validate} }`,
  );
  return `{ ${entries.join(', ')} }`;
}

/**
 * An Ajv (draft-07, strict, every error) with the shared task and pipeline specs added: the one
 * setup for validators compiled at run time and for the code the build generates (`source`).
 * Ajv is required here rather than imported, so that a run that finds the generated
 * validators never loads Ajv's compiler.
 */
export function createTektonAjv(options: { source?: boolean } = {}): Ajv {
  const require = createRequire(import.meta.url);
  const ajvModule = require('ajv') as typeof import('ajv');
  const code = options.source ? { source: true, formats: ajvModule._([formatsSource()] as unknown as TemplateStringsArray) } : undefined;
  // OpenAPI v3 structural schemas are a subset of draft-07. Strict mode catches keywords we
  // would otherwise ignore; strictTypes is off for the int-or-string `anyOf` nodes.
  const ajv = new ajvModule.default({ strict: true, strictTypes: false, allErrors: true, validateFormats: true, ...(code && { code }) });
  for (const [name, format] of Object.entries(TEKTON_FORMATS)) ajv.addFormat(name, format as Parameters<Ajv['addFormat']>[1]);
  // Task and pipeline specs are compiled once and shared by every kind that embeds them.
  for (const schema of sharedTektonSchemas()) ajv.addSchema(schema);
  return ajv;
}
