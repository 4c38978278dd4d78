import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Tekton kinds this package emits and validates, each with its CRD schema file. */
export const TEKTON_SCHEMA_FILES = {
  Pipeline: 'pipeline.v1.openapi-v3.json',
  Task: 'task.v1.openapi-v3.json',
  PipelineRun: 'pipelinerun.v1.openapi-v3.json',
  TaskRun: 'taskrun.v1.openapi-v3.json',
} as const;

export type TektonKind = keyof typeof TEKTON_SCHEMA_FILES;
export const TEKTON_KINDS = Object.keys(TEKTON_SCHEMA_FILES) as TektonKind[];

type JsonObject = Record<string, unknown>;

const raw = new Map<TektonKind, JsonObject>();

/** Where the schemas are: `schema/` beside `dist/` in the package, or beside `src/` in the repo. */
export function tektonSchemaDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'schema'), join(here, '..', '..', 'schema')];
  const found = candidates.find((candidate) => existsSync(join(candidate, TEKTON_SCHEMA_FILES.Pipeline)));
  if (!found) throw new Error(`@couler/backend-tekton: the CRD schemas are missing (looked in ${candidates.join(', ')}); reinstall the package.`);
  return found;
}

/** A CRD's `openAPIV3Schema` as published, read once. */
export function loadRawTektonSchema(kind: TektonKind): JsonObject {
  let schema = raw.get(kind);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(tektonSchemaDirectory(), TEKTON_SCHEMA_FILES[kind]), 'utf8')) as JsonObject;
    raw.set(kind, schema);
  }
  return schema;
}

/**
 * The schema as Tekton enforces it in practice (see `schema/README.md`): objects that list
 * `properties` are closed unless `x-kubernetes-preserve-unknown-fields` (the webhook decodes with
 * `DisallowUnknownFields`); `required` lists are dropped (the defaulting webhook fills them with
 * `""`); vendor keywords are removed so Ajv runs in strict mode.
 */
function closeSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeSchema);
  if (node === null || typeof node !== 'object') return node;
  const record = node as JsonObject;
  const open = record['x-kubernetes-preserve-unknown-fields'] === true;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('x-') || key === 'required') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([name, schema]) => [name, closeSchema(schema)]));
    } else out[key] = closeSchema(value);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined && !open) out.additionalProperties = false;
  return out;
}

function property(schema: JsonObject, ...path: string[]): JsonObject {
  let node = schema;
  for (const key of path) node = (key === 'items' ? node.items : (node.properties as JsonObject)[key]) as JsonObject;
  return node;
}

const stringMap = { type: 'object', additionalProperties: { type: 'string' } };

/** `Task.spec` closed: the body of a Task and of an embedded `taskSpec`. */
export function taskSpecSchema(): JsonObject {
  return closeSchema(property(loadRawTektonSchema('Task'), 'spec')) as JsonObject;
}

/**
 * An embedded `taskSpec`: TaskSpec plus `apiVersion`/`kind`/`spec` (custom tasks) and
 * `metadata: {labels, annotations}` (Go's `EmbeddedTask`).
 */
export function embeddedTaskSchema(): JsonObject {
  const spec = taskSpecSchema();
  return {
    ...spec,
    properties: {
      ...(spec.properties as JsonObject),
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      spec: { type: 'object' },
      metadata: { type: 'object', properties: { labels: stringMap, annotations: stringMap }, additionalProperties: false },
    },
    additionalProperties: false,
  };
}

/** Ids of the shared parts, compiled once and referenced with `$ref` by every kind. */
export const SHARED_SCHEMA_IDS = {
  taskSpec: 'https://couler.dev/schemas/tekton/v1/task-spec.json',
  embeddedTask: 'https://couler.dev/schemas/tekton/v1/embedded-task.json',
  pipelineSpec: 'https://couler.dev/schemas/tekton/v1/pipeline-spec.json',
} as const;

/** `Pipeline.spec` closed, with the opaque `taskSpec`s of `tasks` and `finally` made concrete. */
export function pipelineSpecSchema(): JsonObject {
  const spec = closeSchema(property(loadRawTektonSchema('Pipeline'), 'spec')) as JsonObject;
  for (const list of ['tasks', 'finally']) {
    const task = property(spec, list, 'items');
    (task.properties as JsonObject).taskSpec = { $ref: SHARED_SCHEMA_IDS.embeddedTask };
  }
  return spec;
}

/** The shared schemas, each with its `$id`, to add to the validator before the kinds. */
export function sharedTektonSchemas(): JsonObject[] {
  return [
    { ...taskSpecSchema(), $id: SHARED_SCHEMA_IDS.taskSpec },
    { ...embeddedTaskSchema(), $id: SHARED_SCHEMA_IDS.embeddedTask },
    { ...pipelineSpecSchema(), $id: SHARED_SCHEMA_IDS.pipelineSpec },
  ];
}

/**
 * The whole document schema of one kind, `status` left out (a create request's status is
 * ignored). Specs are `$ref`s to `sharedTektonSchemas()`.
 */
export function strictTektonSchema(kind: TektonKind): JsonObject {
  const schema = closeSchema(loadRawTektonSchema(kind)) as JsonObject;
  const properties = { ...(schema.properties as JsonObject) };
  delete properties.status;
  const spec = properties.spec as JsonObject;
  if (kind === 'Pipeline') properties.spec = { $ref: SHARED_SCHEMA_IDS.pipelineSpec };
  if (kind === 'Task') properties.spec = { $ref: SHARED_SCHEMA_IDS.taskSpec };
  if (kind === 'PipelineRun') properties.spec = { ...spec, properties: { ...(spec.properties as JsonObject), pipelineSpec: { $ref: SHARED_SCHEMA_IDS.pipelineSpec } } };
  if (kind === 'TaskRun') properties.spec = { ...spec, properties: { ...(spec.properties as JsonObject), taskSpec: { $ref: SHARED_SCHEMA_IDS.taskSpec } } };
  return { ...schema, properties };
}
