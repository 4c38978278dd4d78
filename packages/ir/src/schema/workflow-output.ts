import * as z from 'zod';
import { StepOutputRefSchema, ValueSchema } from './value';

/**
 * A value the workflow as a whole returns when its main steps are done (Argo: an output of the
 * entry template, with a `globalName`). Exactly one of: `value`, a literal or references to main
 * steps' outputs and parameters; `firstOf`, the first of several step outputs whose step
 * succeeded — the result of whichever `when` branch ran.
 */
export const WorkflowOutputParameterSchema = z
  .strictObject({
    name: z.string(),
    value: ValueSchema.optional(),
    firstOf: z
      .array(StepOutputRefSchema)
      .min(1)
      .optional()
      .meta({ description: 'Outputs of main steps, in order; the first whose step succeeded is the value.' }),
    description: z.string().optional(),
  })
  .meta({ id: 'WorkflowOutputParameter', description: 'Exactly one of value, firstOf.' });
export type WorkflowOutputParameter = z.infer<typeof WorkflowOutputParameterSchema>;

/**
 * A file the workflow as a whole returns: the artifact of the first of several main steps that
 * succeeded, in the order given — the model of whichever `when` branch ran. Argo writes it as an
 * output artifact of the entry template chosen by an expression (`fromExpression`), exported
 * under its own name; the local engine picks the artifact when the main steps are done.
 */
export const WorkflowOutputArtifactSchema = z
  .strictObject({
    name: z.string(),
    firstOf: z
      .array(StepOutputRefSchema)
      .min(1)
      .meta({ description: 'Artifact outputs of main steps, in order; the first whose step succeeded is the artifact.' }),
  })
  .meta({ id: 'WorkflowOutputArtifact' });
export type WorkflowOutputArtifact = z.infer<typeof WorkflowOutputArtifactSchema>;
