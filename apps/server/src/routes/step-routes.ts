import { CoulerError } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authenticate';
import type { ServerContext } from '../server-context';
import { MAX_STEP_BYTES, RegisteredStepInputSchema, RegisteredStepSchema, StepNameSchema, type RegisteredStepInput } from '../steps/registered-step-schema';
import { deleteRegisteredStep, getRegisteredStep, insertRegisteredStep, listRegisteredSteps, replaceRegisteredStep } from '../store/step-store';
import { ERROR_RESPONSES, PageQuery } from './route-schemas';

const NameParams = z.object({ name: z.string().min(1).max(300) });

const noStep = (name: string) => new CoulerError('NOT_FOUND', `There is no step "${name}" in your tenant's registry.`, { path: ['params', 'name'], hint: 'GET /api/v1/steps lists them.' });

/** The registry's size limit, on the step as stored (its script and values included). */
function checkSize(step: RegisteredStepInput): void {
  const bytes = Buffer.byteLength(JSON.stringify(step));
  if (bytes > MAX_STEP_BYTES) {
    throw new CoulerError('PAYLOAD_TOO_LARGE', `The step takes ${bytes} bytes as JSON; a registered step takes at most ${MAX_STEP_BYTES}.`, { path: ['body'], hint: 'Keep large scripts and data in the image or an artifact, not in the step.' });
  }
}

/**
 * The tenant's step registry: steps the builder offers beside the zoo's, shared by every user of
 * the tenant (each may add, change and remove them; who did what last is kept). Another tenant's
 * step is answered like one that does not exist.
 */
export function stepRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  const changeBy = (request: Parameters<typeof callerOf>[0]) => {
    const caller = callerOf(request);
    return { tenantId: caller.tenantId, userName: caller.userName, at: context.now() };
  };
  return async (app) => {
    app.get(
      '/steps',
      { schema: { summary: "The tenant's registered steps, by name", tags: ['steps'], querystring: z.object(PageQuery), response: { 200: z.object({ items: z.array(RegisteredStepSchema), nextCursor: z.string().optional() }), ...ERROR_RESPONSES } } },
      async (request) => listRegisteredSteps(db, callerOf(request).tenantId, { limit: request.query.limit, ...(request.query.cursor !== undefined && { cursor: request.query.cursor }) }),
    );

    app.post(
      '/steps',
      { schema: { summary: 'Register a step in the tenant’s registry', tags: ['steps'], body: RegisteredStepInputSchema, response: { 201: RegisteredStepSchema, ...ERROR_RESPONSES } } },
      async (request, reply) => {
        checkSize(request.body);
        return reply.code(201).send(await insertRegisteredStep(db, request.body, changeBy(request)));
      },
    );

    app.get(
      '/steps/:name',
      { schema: { summary: 'A registered step', tags: ['steps'], params: NameParams, response: { 200: RegisteredStepSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        const step = await getRegisteredStep(db, callerOf(request).tenantId, request.params.name);
        if (!step) throw noStep(request.params.name);
        return step;
      },
    );

    app.put(
      '/steps/:name',
      {
        schema: {
          summary: 'Change a registered step (everything but its name)',
          tags: ['steps'],
          params: NameParams,
          body: RegisteredStepInputSchema.extend({ name: StepNameSchema.optional() }).meta({ id: 'StepChange', description: 'A registered step as PUT takes it: its name is in the address.' }),
          response: { 200: RegisteredStepSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const { name } = request.params;
        if (request.body.name !== undefined && request.body.name !== name) {
          throw new CoulerError('INVALID_FIELD', `The body names step "${request.body.name}", the address "${name}": a step is not renamed.`, { path: ['body', 'name'], hint: 'Register it under the new name, then delete the old one.' });
        }
        const step = { ...request.body, name };
        checkSize(step);
        const changed = await replaceRegisteredStep(db, step, changeBy(request));
        if (!changed) throw noStep(name);
        return changed;
      },
    );

    app.delete(
      '/steps/:name',
      { schema: { summary: 'Remove a registered step (workflows built with it keep what they were)', tags: ['steps'], params: NameParams, response: { 204: z.null(), ...ERROR_RESPONSES } } },
      async (request, reply) => {
        if (!(await deleteRegisteredStep(db, callerOf(request).tenantId, request.params.name))) throw noStep(request.params.name);
        return reply.code(204).send(null);
      },
    );
  };
}
