import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The definitions measured. */
export const MEASURED_DEFINITIONS = ['WorkflowSpec', 'Template', 'DAGTask', 'WorkflowStep', 'Artifact', 'Container'] as const;

export type MeasuredDefinition = (typeof MEASURED_DEFINITIONS)[number];

/** The definition's name in Argo's schema: Argo's own, or Kubernetes' (Container). */
const schemaName = (name: MeasuredDefinition): string => (name === 'Container' ? 'io.k8s.api.core.v1.Container' : `io.argoproj.workflow.v1alpha1.${name}`);

export interface ArgoField {
  definition: MeasuredDefinition;
  /** `Template.securityContext`. */
  field: string;
}

interface JsonSchemaDocument {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
}

/** Argo's JSON Schema as @couler/backend-argo ships it and validates every document against. */
export function loadArgoSchema(): JsonSchemaDocument {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('@couler/backend-argo/schema/argo-workflows.schema.json'), 'utf8')) as JsonSchemaDocument;
}

/** Every field of the measured definitions, in the schema's order. */
export function listArgoFields(schema: JsonSchemaDocument = loadArgoSchema()): ArgoField[] {
  return MEASURED_DEFINITIONS.flatMap((name) => {
    const definition = schema.definitions[schemaName(name)];
    if (!definition?.properties) throw new Error(`Argo's schema has no definition "${schemaName(name)}" with properties; was the schema file replaced?`);
    return Object.keys(definition.properties).map((key) => ({ definition: name, field: `${name}.${key}` }));
  });
}
