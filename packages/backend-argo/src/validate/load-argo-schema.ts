import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file this package ships: Argo's JSON Schema, unmodified (see `schema/README.md`). */
export const ARGO_SCHEMA_FILE = 'argo-workflows.schema.json';

/** The IntOrString definition Argo's schema types as `string` only. */
export const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

type JsonObject = Record<string, unknown>;

/** Kubernetes actions whose IntOrString `port` must take an integer (see `strictArgoSchema`). */
const PORT_ACTIONS = ['io.k8s.api.core.v1.HTTPGetAction', 'io.k8s.api.core.v1.TCPSocketAction'] as const;

let raw: JsonObject | undefined;

/** Where the schema is: `schema/` beside `dist/` in the package, or beside `src/` in the repo. */
export function argoSchemaPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'schema', ARGO_SCHEMA_FILE), join(here, '..', '..', 'schema', ARGO_SCHEMA_FILE)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`@couler/backend-argo: ${ARGO_SCHEMA_FILE} is missing (looked in ${candidates.join(', ')}); reinstall the package.`);
  return found;
}

/** Argo's schema as published, read once. */
export function loadRawArgoSchema(): JsonObject {
  raw ??= JSON.parse(readFileSync(argoSchemaPath(), 'utf8')) as JsonObject;
  return raw;
}

/**
 * The schema as the validator uses it. Argo's own CLI decodes with `DisallowUnknownFields`
 * (`argo lint --strict`, the default), which the published schema cannot say (no
 * `additionalProperties: false` anywhere), so every object schema that lists its `properties`
 * is closed. Vendor keywords (`x-kubernetes-*`) are dropped so Ajv can run in strict mode.
 * With `intOrString`, IntOrString fields also take integers, as Argo's Go types do.
 */
export function strictArgoSchema(options: { intOrString: boolean }): JsonObject {
  const transform = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(transform);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key.startsWith('x-')) continue;
      if (key === 'properties' && value && typeof value === 'object') {
        out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([name, schema]) => [name, transform(schema)]));
      } else if (key === 'definitions' && value && typeof value === 'object') {
        out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([name, schema]) => [name, transform(schema)]));
      } else out[key] = transform(value);
    }
    if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
    return out;
  };
  const schema = transform(loadRawArgoSchema()) as JsonObject & { definitions: Record<string, unknown> };
  if (options.intOrString) schema.definitions[INT_OR_STRING] = { type: ['string', 'integer'] };
  // A probe's or hook's port is a number or a port name: Kubernetes takes "8080" as a name and
  // refuses it (a name has a letter), so a number must stay an integer, whatever the variant.
  for (const action of PORT_ACTIONS) {
    const definition = schema.definitions[action] as { properties: JsonObject };
    definition.properties.port = { type: ['string', 'integer'], description: 'Number or name of the port.' };
  }
  return schema;
}
