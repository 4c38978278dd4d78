import { CoulerError } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authenticate';
import { notFound } from '../http/error-body';
import type { ServerContext } from '../server-context';
import { listRuns, requestCancel, runView } from '../store/run-store';
import { deleteWorkflow, getWorkflow, listWorkflows } from '../store/workflow-store';
import { ERROR_RESPONSES, IdParams, PageQuery, RunSchema, WorkflowSummarySchema } from './route-schemas';
import { submitWorkflow } from './submit-workflow';

const SubmitBody = z
  .object({
    workflow: z
      .union([z.string().max(10_000_000), z.record(z.string(), z.unknown())])
      .optional()
      .meta({ description: 'The workflow IR: an object, or its JSON or YAML text. A body that is an IR document itself is taken as this field.' }),
    source: z
      .string()
      .min(1)
      .max(1_000_000)
      .optional()
      .meta({ description: 'Instead of `workflow`: a TypeScript or JavaScript module written with @couler/dsl, as `couler run` takes a .ts file. Compiled in a child process with a time and memory limit. A body sent as application/typescript or text/javascript is taken as this field.' }),
    language: z.enum(['ts', 'js']).default('ts').meta({ description: 'The language of `source`.' }),
    split: z
      .union([
        z.literal(false),
        z
          .object({
            steps: z.number().int().min(1).optional(),
            bytes: z.number().int().min(1024).optional(),
            pods: z.number().int().min(1).optional(),
          })
          .strict(),
      ])
      .optional()
      .meta({ description: 'Split the workflow into parts within this budget (steps, bytes of Argo YAML, pods), each queued and placed on its own; `false`: never. Default: workflows of more than 200 steps are split.' }),
    parameters: z.record(z.string(), z.string()).optional().meta({ description: 'Values of workflow parameters, as `couler run --param`.' }),
    priority: z.number().int().min(-1000).max(1000).optional().meta({ description: 'Queue priority (default: the IR\'s spec.priority, else 0); higher goes first.' }),
    deadlineSeconds: z.number().int().min(1).max(30 * 86_400).optional().meta({ description: "The on-time monitor's deadline for each attempt of the run, in seconds (default: the server's)." }),
  })
  .strict();

const summary = (row: { id: string; name: string; user_id: string; created_at: string }) => ({ id: row.id, name: row.name, userId: row.user_id, createdAt: row.created_at });

export function workflowRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/workflows',
      {
        schema: {
          summary: 'Submit a workflow: validated, stored, and queued as a new run',
          tags: ['workflows'],
          body: SubmitBody,
          response: { 201: z.object({ workflow: WorkflowSummarySchema, run: RunSchema }), ...ERROR_RESPONSES },
        },
        // A body that is an IR document (JSON or YAML) is the `workflow` field, with defaults.
        preValidation: async (request) => {
          const body = request.body as Record<string, unknown> | undefined;
          if (body && typeof body === 'object' && !Array.isArray(body) && 'apiVersion' in body && !('workflow' in body)) request.body = { workflow: body } as typeof request.body;
        },
      },
      async (request, reply) => {
        const { source, language, workflow: ir, ...rest } = request.body;
        if ((source === undefined) === (ir === undefined)) {
          throw new CoulerError('INVALID_FIELD', 'Send either `workflow` (the IR) or `source` (a TypeScript/JavaScript module), not both and not neither.', { path: ['body'] });
        }
        const caller = callerOf(request);
        const value = source === undefined ? ir : await context.compileSource(source, language);
        const { workflow, run } = await submitWorkflow(context, caller, { ...rest, workflow: value });
        return reply.code(201).send({ workflow: summary(workflow), run: runView(run) });
      },
    );

    app.get(
      '/workflows',
      {
        schema: {
          summary: "List the tenant's workflows, newest first",
          tags: ['workflows'],
          querystring: z.object({ name: z.string().max(253).optional(), ...PageQuery }),
          response: { 200: z.object({ items: z.array(WorkflowSummarySchema), nextCursor: z.string().optional() }), ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const page = await listWorkflows(context.database.db, callerOf(request).tenantId, request.query);
        return { items: page.rows.map(summary), ...(page.nextCursor && { nextCursor: page.nextCursor }) };
      },
    );

    app.get(
      '/workflows/:id',
      {
        schema: {
          summary: 'A workflow: its IR and its runs',
          tags: ['workflows'],
          params: IdParams,
          response: { 200: WorkflowSummarySchema.extend({ ir: z.record(z.string(), z.unknown()), runs: z.array(RunSchema) }), ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const row = await getWorkflow(context.database.db, caller.tenantId, request.params.id);
        if (!row) throw notFound('workflow', request.params.id);
        const runs = await listRuns(context.database.db, caller.tenantId, { workflowId: row.id, limit: 100 });
        return { ...summary(row), ir: JSON.parse(row.ir) as Record<string, unknown>, runs: runs.rows.map((run) => runView(run)) };
      },
    );

    app.post(
      '/workflows/:id/cancel',
      {
        schema: { summary: "Cancel a workflow's queued and running runs", tags: ['workflows'], params: IdParams, response: { 200: z.object({ cancelled: z.array(z.string()) }), ...ERROR_RESPONSES } },
      },
      async (request) => {
        const caller = callerOf(request);
        const row = await getWorkflow(context.database.db, caller.tenantId, request.params.id);
        if (!row) throw notFound('workflow', request.params.id);
        const active = await context.database.db.selectFrom('runs').select('id').where('workflow_id', '=', row.id).where('phase', 'in', ['Queued', 'Running']).execute();
        for (const { id } of active) {
          await requestCancel(context.database.db, id, context.now());
          context.dispatcher.cancelHere(id);
        }
        return { cancelled: active.map((run) => run.id) };
      },
    );

    app.delete(
      '/workflows/:id',
      { schema: { summary: 'Delete a workflow with its finished runs', tags: ['workflows'], params: IdParams, response: { 204: z.null(), ...ERROR_RESPONSES } } },
      async (request, reply) => {
        const caller = callerOf(request);
        await context.database.db.transaction().execute(async (trx) => {
          const row = await getWorkflow(trx, caller.tenantId, request.params.id);
          if (!row) throw notFound('workflow', request.params.id);
          const active = await trx.selectFrom('runs').select('id').where('workflow_id', '=', row.id).where('phase', 'in', ['Queued', 'Running']).execute();
          if (active.length > 0) {
            throw new CoulerError('INVALID_RUN_STATE', `Workflow "${row.name}" has ${active.length} run(s) queued or running (${active.map((run) => run.id).join(', ')}).`, {
              path: ['params', 'id'],
              hint: `Cancel them first: POST /api/v1/workflows/${row.id}/cancel.`,
            });
          }
          await deleteWorkflow(trx, caller.tenantId, row.id);
        });
        return reply.code(204).send(null);
      },
    );
  };
}
