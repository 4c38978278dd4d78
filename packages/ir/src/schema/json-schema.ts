import * as z from 'zod';
import { WorkflowSchema } from './workflow';

/**
 * The IR's JSON Schema (draft 2020-12), generated from the same zod source as the TypeScript
 * types, so the two cannot drift. Also written to `schema/workflow.schema.json` at build.
 */
export function createWorkflowJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(WorkflowSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: 'https://couler.dev/schemas/v1alpha1/workflow.schema.json' };
}
