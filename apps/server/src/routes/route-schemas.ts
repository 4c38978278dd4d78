import { z } from 'zod';
import { ErrorBodySchema } from '../http/error-body';
import { SERVER_RUN_PHASES } from '../store/run-store';

/** The error answers every authenticated route may give. */
export const ERROR_RESPONSES = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 413: ErrorBodySchema, 429: ErrorBodySchema } as const;

export const IdParams = z.object({ id: z.string().min(1).max(200) });

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(1000).optional(),
};

export const RequestSchema = z.object({ cpu: z.number(), memory: z.number(), gpu: z.number() });

export const RunSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    workflowName: z.string(),
    userId: z.string(),
    phase: z.enum(SERVER_RUN_PHASES),
    priority: z.number(),
    request: RequestSchema.meta({ description: 'What the run holds on its cluster: cores, bytes of memory, GPUs.' }),
    parameters: z.record(z.string(), z.string()),
    cluster: z.string().nullable(),
    waitReason: z.string().nullable().meta({ description: 'Why it is still queued (quota, capacity, priority).' }),
    message: z.string().nullable(),
    outputs: z.record(z.string(), z.string()).nullable(),
    cancelRequested: z.boolean(),
    dispatches: z.number(),
    parentRunId: z.string().nullable().meta({ description: 'For a part of a split workflow: the run of the whole.' }),
    part: z.object({ index: z.number(), of: z.number() }).nullable().meta({ description: 'For a part of a split workflow: its number (from 0) and how many parts there are.' }),
    createdAt: z.string(),
    queuedAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Run' });

export const StepSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phase: z.string(),
    attempts: z.number(),
    message: z.string().nullable(),
    exitCode: z.number().nullable(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'RunStep', description: 'One step of a run, as the engine recorded it.' });

/** A step instance, a sub-workflow call or one of its iterations, and what runs inside it (`stepTree`). */
export const StepTreeNodeSchema = z
  .object({
    id: z.string().meta({ description: 'A step id (`models`, `models[1].train`), or an iteration of a call (`models[1]`).' }),
    kind: z.enum(['step', 'iteration']).meta({ description: '`iteration` groups the steps of one item of a mapped call and has no step of its own.' }),
    get children() {
      return z.array(StepTreeNodeSchema);
    },
  })
  .meta({ id: 'RunStepTreeNode' });

/** A run with its steps: those the engine recorded, those not started, and how they nest into sub-workflow calls. */
export const RunDetailSchema = RunSchema.extend({
  steps: z.array(StepSchema),
  notStarted: z.array(z.string()).meta({ description: "Steps not started yet; a sub-workflow call's iterations by their steps' ids (`models[1].train`)." }),
  tree: z
    .array(StepTreeNodeSchema)
    .optional()
    .meta({ description: 'For a workflow that calls sub-workflows: its steps nested as `couler status --json` nests them (call → iteration → step), started or not.' }),
}).meta({ id: 'RunDetail' });

export const WorkflowSummarySchema = z
  .object({ id: z.string(), name: z.string(), userId: z.string(), createdAt: z.string() })
  .meta({ id: 'WorkflowSummary' });

export const RunEventSchema = z
  .object({ seq: z.number(), type: z.string(), stepId: z.string().nullable(), at: z.string(), data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'RunEvent' });
