import { stepTree } from '@couler/backend-local';
import { CoulerError, didYouMean, parseWorkflow } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { callerOf } from '../auth/authenticate';
import { resumePoint, streamEvents, wantsEventStream } from '../http/event-stream';
import type { ServerContext } from '../server-context';
import { appendEvents, readEvents } from '../store/event-store';
import { getRun, getSteps, isFinished, listRuns, requestCancel, requeueRun, runView, SERVER_RUN_PHASES, stepView, type RunRow } from '../store/run-store';
import { plannedSteps, type PlannedSteps } from '../runs/planned-steps';
import { reopenSplitRun } from '../split/reopen-split-run';
import { tenantRun } from './tenant-run';
import { ERROR_RESPONSES, IdParams, PageQuery, RunDetailSchema, RunEventSchema, RunSchema } from './route-schemas';

const EventsQuery = z.object({
  after: z.coerce.number().int().min(0).optional().meta({ description: 'Only events after this seq (SSE clients send Last-Event-ID instead).' }),
  step: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

export function runRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  // A cluster's name never changes and clusters are not removed: names are read again only for an id not seen yet.
  let names = new Map<string, string>();
  const clusterName = async (id: string) => {
    if (!names.has(id)) names = new Map((await db.selectFrom('clusters').select(['id', 'name']).execute()).map((row) => [row.id, row.name]));
    return names.get(id);
  };
  const clusterNames = async () => {
    names = new Map((await db.selectFrom('clusters').select(['id', 'name']).execute()).map((row) => [row.id, row.name]));
    return names;
  };
  const view = async (row: RunRow) => runView(row, row.cluster_id === null ? undefined : await clusterName(row.cluster_id));
  // A workflow's IR never changes: its planned steps are read and expanded once per workflow (or part)
  // and parameters, not per status read.
  const plans = new Map<string, PlannedSteps>();
  const planOf = async (row: RunRow): Promise<PlannedSteps> => {
    const key = `${row.part === null ? row.workflow_id : row.id}\u0000${row.parameters}`;
    const known = plans.get(key);
    if (known) return known;
    type Declared = Parameters<typeof plannedSteps>[0];
    const ir = row.part === null ? (JSON.parse((await db.selectFrom('workflows').select('ir').where('id', '=', row.workflow_id).executeTakeFirstOrThrow()).ir) as Declared) : (JSON.parse(row.part) as { ir: Declared }).ir;
    const plan = plannedSteps(ir, JSON.parse(row.parameters) as Record<string, string>);
    if (plans.size >= 10_000) plans.delete(plans.keys().next().value!);
    plans.set(key, plan);
    return plan;
  };
  const mustGet = (tenantId: string, id: string) => tenantRun(db, tenantId, id);

  return async (app) => {
    app.get(
      '/runs',
      {
        schema: {
          summary: "List the tenant's runs, newest first",
          tags: ['runs'],
          querystring: z.object({
            phase: z.enum(SERVER_RUN_PHASES).optional(),
            workflow: z.string().max(253).optional().meta({ description: 'Workflow name.' }),
            workflowId: z.string().max(200).optional(),
            user: z.string().max(200).optional().meta({ description: 'User id.' }),
            parent: z.string().max(200).optional().meta({ description: 'The parts of this split run.' }),
            ...PageQuery,
          }),
          response: { 200: z.object({ items: z.array(RunSchema), nextCursor: z.string().optional() }), ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const { user, parent, ...query } = request.query;
        const page = await listRuns(db, callerOf(request).tenantId, { ...query, ...(user !== undefined && { userId: user }), ...(parent !== undefined && { parentRunId: parent }) });
        const names = await clusterNames();
        return { items: page.rows.map((row) => runView(row, row.cluster_id === null ? undefined : names.get(row.cluster_id))), ...(page.nextCursor && { nextCursor: page.nextCursor }) };
      },
    );

    app.get(
      '/runs/:id',
      { schema: { summary: 'A run: phase, timings, outputs, why it waits, and its steps', tags: ['runs'], params: IdParams, response: { 200: RunDetailSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        const row = await mustGet(callerOf(request).tenantId, request.params.id);
        const steps = (await getSteps(db, row.id)).map(stepView);
        const started = new Set(steps.map((step) => step.name));
        const plan = await planOf(row);
        const notStarted = plan.names.filter((name) => !started.has(name));
        // As `couler status --json`: calls open into their iterations and steps, started or not.
        return { ...(await view(row)), steps, notStarted, ...(plan.calls && { tree: stepTree([...steps.map((step) => step.id), ...notStarted]) }) };
      },
    );

    app.post(
      '/runs/:id/cancel',
      { schema: { summary: 'Cancel a run: at once when queued; running steps are stopped', tags: ['runs'], params: IdParams, response: { 200: RunSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        const row = await mustGet(callerOf(request).tenantId, request.params.id);
        const result = await requestCancel(db, row.id, context.now());
        if (result === 'finished') throw new CoulerError('INVALID_RUN_STATE', `Run "${row.id}" has finished (${row.phase}); there is nothing to cancel.`, { path: ['params', 'id'] });
        context.dispatcher.cancelHere(row.id);
        await appendEvents(db, [{ runId: row.id, tenantId: row.tenant_id, type: 'cancel-requested', data: { message: `Cancelled by ${callerOf(request).userName}.` }, at: context.now() }]);
        context.notifier.notify(row.id);
        return view((await getRun(db, row.tenant_id, row.id))!);
      },
    );

    app.post(
      '/runs/:id/retry',
      {
        schema: {
          summary: 'Run a finished run again from its failure point (with `from`, from that step on)',
          tags: ['runs'],
          params: IdParams,
          body: z.object({ from: z.string().min(1).max(300).optional().meta({ description: 'Also run this step and every step after it again.' }) }).strict().default({}),
          response: { 202: RunSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const row = await mustGet(caller.tenantId, request.params.id);
        // In part order (ids end in -p1, -p2 … -p10: shorter first, then as text); without an order PostgreSQL gives them as its pages hold them.
        const parts = await db.selectFrom('runs').select(['id', 'phase']).where('parent_run_id', '=', row.id).orderBy(sql`length(id)`).orderBy('id').execute();
        if (parts.length > 0) {
          const failed = parts.filter((part) => part.phase !== 'Succeeded').map((part) => `"${part.id}"`);
          throw new CoulerError('INVALID_RUN_STATE', `Run "${row.id}" was split into ${parts.length} parts; a retry is of a part, not of the whole.`, { path: ['params', 'id'], hint: failed.length > 0 ? `Retry ${failed.join(', ')}.` : 'Every part succeeded.' });
        }
        const from = request.body?.from;
        if (from !== undefined) {
          const ir = await db.selectFrom('workflows').select('ir').where('id', '=', row.workflow_id).executeTakeFirstOrThrow();
          const workflow = parseWorkflow(JSON.parse(ir.ir));
          const names = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name);
          if (!names.includes(from)) {
            throw new CoulerError('UNKNOWN_STEP', `Run "${row.id}" has no step "${from}".${didYouMean(from, names)}`, { path: ['body', 'from'], hint: `Its steps are ${names.map((name) => `"${name}"`).join(', ')}.` });
          }
        }
        if (!isFinished(row.phase) || !(await requeueRun(db, row.id, 'retry', from ?? null, context.now()))) {
          throw new CoulerError('INVALID_RUN_STATE', `Run "${row.id}" is ${row.phase.toLowerCase()}; only a finished run can be retried.`, { path: ['params', 'id'], hint: 'Wait for it to finish, or cancel it first.' });
        }
        if (row.parent_run_id !== null) await reopenSplitRun(db, row.parent_run_id, context.now());
        context.metrics.retries.inc({ kind: 'manual' });
        const message = from === undefined ? `Retry from the failure point, asked by ${caller.userName}.` : `Retry from step "${from}" on, asked by ${caller.userName}.`;
        await appendEvents(db, [{ runId: row.id, tenantId: row.tenant_id, type: 'retry-requested', data: { message, ...(from !== undefined && { from }) }, at: context.now() }]);
        context.dispatcher.wake();
        return reply.code(202).send(await view((await getRun(db, row.tenant_id, row.id))!));
      },
    );

    for (const kind of ['events', 'logs'] as const) {
      app.get(
        `/runs/:id/${kind}`,
        {
          schema: {
            summary:
              kind === 'events'
                ? "A run's events (placement with its scores, waits, steps, retries); SSE with Accept: text/event-stream"
                : 'What the steps printed, one event per line; SSE with Accept: text/event-stream, resumable with Last-Event-ID',
            tags: ['runs'],
            params: IdParams,
            querystring: EventsQuery,
            response: { 200: z.object({ items: z.array(RunEventSchema), next: z.number() }).meta({ description: 'Or, when asked, a text/event-stream.' }), ...ERROR_RESPONSES },
          },
        },
        async (request, reply) => {
          const row = await mustGet(callerOf(request).tenantId, request.params.id);
          const { step, limit } = request.query;
          const after = resumePoint(request, request.query.after);
          const read = (from: number) => readEvents(db, row.id, { after: from, limit, kind, ...(step !== undefined && { stepId: step }) });
          if (wantsEventStream(request)) {
            return streamEvents(request, reply, {
              read,
              finished: async () => isFinished((await getRun(db, row.tenant_id, row.id))?.phase ?? 'Cancelled'),
              wait: (ms) => context.notifier.wait(row.id, ms),
            }, after);
          }
          const items = await read(after);
          return { items, next: items.length > 0 ? items[items.length - 1]!.seq : after };
        },
      );
    }
  };
}
