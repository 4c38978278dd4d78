import { sql } from 'kysely';
import { CoulerError } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, ErrorBodySchema } from '../http/error-body';
import type { ServerContext } from '../server-context';

/** Liveness, readiness and metrics: no token, no rate limit (probes and scrapers call them often). */
export function healthRoutes(context: ServerContext, state: { readonly shuttingDown: () => boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { summary: 'The process answers', tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));
    app.get(
      '/readyz',
      { schema: { summary: 'The database answers and the server takes work', tags: ['health'], response: { 200: z.object({ status: z.literal('ready'), database: z.string() }), 503: ErrorBodySchema } } },
      async (_request, reply) => {
        const unready = (message: string) => reply.code(503).send(errorBody(new CoulerError('SERVER_ERROR', message, { path: [] })) as never);
        if (state.shuttingDown()) return unready('The server is shutting down.');
        try {
          await sql`select 1`.execute(context.database.db);
        } catch (error) {
          return unready(`The database does not answer: ${(error as Error).message}`);
        }
        return { status: 'ready' as const, database: context.database.dialect };
      },
    );
    app.get('/metrics', { schema: { summary: 'Prometheus metrics', tags: ['health'], hide: false } }, async (_request, reply) => {
      const text = await context.metrics.registry.metrics();
      return reply.type(context.metrics.registry.contentType).send(text);
    });
  };
}
