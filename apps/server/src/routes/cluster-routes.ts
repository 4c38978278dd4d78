import { resolveArgoServerConnection } from '@couler/backend-argo';
import { CoulerError } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, requireRole } from '../auth/authenticate';
import { argoSettings } from '../clusters/argo-cluster';
import { notFound } from '../http/error-body';
import type { ServerContext } from '../server-context';
import { clusterView, insertCluster, listClusters } from '../store/cluster-store';
import { ERROR_RESPONSES, IdParams, RequestSchema } from './route-schemas';

const ClusterSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    capacity: RequestSchema,
    used: RequestSchema,
    runs: z.number(),
    settings: z.record(z.string(), z.unknown()).meta({ description: 'The kind\'s settings; credentials show only as `hasToken`.' }),
    healthy: z.boolean(),
    healthMessage: z.string().nullable().meta({ description: 'What the last health check found wrong.' }),
    checkedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Cluster' });

const Capacity = z
  .object({
    cpu: z.number().min(0).max(1e7).meta({ description: 'Cores the queue may place on it.' }),
    memory: z.number().min(0).max(1e18).meta({ description: 'Bytes.' }),
    gpu: z.number().int().min(0).max(1e6).default(0),
  })
  .strict();

const NewCluster = z
  .object({
    name: z.string().min(1).max(63).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'Use lower-case letters, digits and "-", starting and ending with a letter or digit'),
    kind: z.literal('argo').meta({ description: 'Argo Workflows through the Argo Server REST API.' }),
    capacity: Capacity,
    settings: z
      .object({
        server: z.string().min(1).max(2000).meta({ description: 'The Argo Server: https://argo.example.com:2746' }),
        namespace: z.string().min(1).max(63).default('argo'),
        token: z.string().min(1).max(20_000).optional().meta({ description: 'Bearer token (`argo auth token`); stored by the server, never shown again.' }),
      })
      .strict(),
  })
  .strict();

/** A unique-constraint violation, on SQLite and PostgreSQL. */
const isUniqueViolation = (error: unknown) => ['23505', 'SQLITE_CONSTRAINT_UNIQUE'].includes((error as { code?: string }).code ?? '');

export function clusterRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  const withLoad = async () => {
    const running = await db.selectFrom('runs').select(['cluster_id', 'cpu', 'memory', 'gpu']).where('phase', '=', 'Running').execute();
    return (await listClusters(db)).map((row) => {
      const mine = running.filter((run) => run.cluster_id === row.id);
      const used = { cpu: mine.reduce((total, run) => total + run.cpu, 0), memory: mine.reduce((total, run) => total + run.memory, 0), gpu: mine.reduce((total, run) => total + run.gpu, 0) };
      return { ...clusterView(row), used, runs: mine.length };
    });
  };
  return async (app) => {
    app.get('/clusters', { schema: { summary: 'Clusters with their capacity, health and what running runs hold', tags: ['clusters'], response: { 200: z.object({ items: z.array(ClusterSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
      callerOf(request);
      return { items: await withLoad() };
    });

    app.post(
      '/clusters',
      {
        schema: {
          summary: "Register a cluster the queue may place runs on (the server's owner: clusters serve every tenant)",
          tags: ['clusters'],
          body: NewCluster,
          response: { 201: ClusterSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        // Clusters are shared by every tenant: a tenant's admin must not point others' runs at a server of theirs.
        requireRole(request, 'owner');
        const { name, kind, capacity, settings } = request.body;
        try {
          resolveArgoServerConnection(argoSettings(settings));
        } catch (error) {
          if (CoulerError.isInstance(error)) throw new CoulerError('INVALID_FIELD', error.message, { path: ['body', 'settings', ...(error.path ?? [])], ...(error.hint && { hint: error.hint }) });
          throw error;
        }
        const health = (await context.clusters.runners.get(kind)?.checkHealth?.(settings)) ?? { healthy: true };
        try {
          const row = await insertCluster(db, { name, kind, capacity, settings, health }, context.now());
          if (health.healthy) context.dispatcher.wake();
          return reply.code(201).send({ ...clusterView(row), used: { cpu: 0, memory: 0, gpu: 0 }, runs: 0 });
        } catch (error) {
          if (isUniqueViolation(error)) throw new CoulerError('DUPLICATE_NAME', `A cluster "${name}" exists already.`, { path: ['body', 'name'] });
          throw error;
        }
      },
    );

    app.post(
      '/clusters/:id/check',
      { schema: { summary: "Check a cluster's health now", tags: ['clusters'], params: IdParams, response: { 200: ClusterSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        requireRole(request, 'owner');
        await context.clusters.health.checkAll();
        const cluster = (await withLoad()).find((entry) => entry.id === request.params.id);
        if (!cluster) throw notFound('cluster', request.params.id);
        return cluster;
      },
    );
  };
}
