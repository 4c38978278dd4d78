import * as z from 'zod';
import { GroupSchema } from './group';
import { WorkflowParameterSchema } from './parameter';
import { StepSchema } from './step';
import { SubWorkflowInputArtifactSchema, SubWorkflowOutputArtifactSchema } from './sub-workflow-artifacts';
import { WorkflowOutputParameterSchema } from './workflow-output';

/**
 * A reusable group of steps, defined once and called by any number of `subWorkflow` steps (an
 * Argo DAG template, a KFP sub-pipeline, an Airflow task group). It is self-contained like a
 * function: inside its steps, `{ ref: 'parameter', name }` reads one of its own `inputs`, never
 * a workflow parameter (a call passes what the body needs), and step references name steps of
 * the same body. `outputs` are values of its steps, as a workflow's are. Input artifacts are read by
 * body steps as `{ input: name }` artifact sources; output artifacts name a body step's artifact.
 */
export const SubWorkflowSchema = z
  .strictObject({
    name: z.string().meta({ description: 'Unique DNS-1123 label among the definitions.' }),
    description: z.string().optional(),
    inputs: z
      .strictObject({ parameters: z.array(WorkflowParameterSchema).optional(), artifacts: z.array(SubWorkflowInputArtifactSchema).optional() })
      .optional()
      .meta({ description: 'What each call passes; an input without a default must be given by every call.' }),
    outputs: z
      .strictObject({ parameters: z.array(WorkflowOutputParameterSchema).optional(), artifacts: z.array(SubWorkflowOutputArtifactSchema).optional() })
      .optional()
      .meta({ description: "What a call returns: values of the body's steps." }),
    steps: z.array(StepSchema).min(1),
    groups: z.array(GroupSchema).optional(),
  })
  .meta({ id: 'SubWorkflow' });
export type SubWorkflow = z.infer<typeof SubWorkflowSchema>;
