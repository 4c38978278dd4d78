import { CoulerError } from '@couler/ir';
import type { Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, requireRole } from '../auth/authenticate';
import { checkClusterSettings } from '../clusters/check-cluster-settings';
import type { ClusterHealth } from '../clusters/cluster-runner';
import type { Database } from '../db/database-schema';
import { notFound } from '../http/error-body';
import type { ServerContext } from '../server-context';
import { clusterSettings, clusterView, findCluster, insertCluster, listClusters, updateCluster, type ClusterRow } from '../store/cluster-store';
import { ClusterNameParams, ClusterPatchSchema, ClusterSchema, NewClusterSchema, SETTINGS_BY_KIND, type RemoteKindName } from './cluster-schemas';
import { ERROR_RESPONSES, IdParams } from './route-schemas';

/** A unique-constraint violation, on SQLite and PostgreSQL. */
const isUniqueViolation = (error: unknown) => ['23505', 'SQLITE_CONSTRAINT_UNIQUE'].includes((error as { code?: string }).code ?? '');

/** Runs that hold a cluster: running there, or queued to be resumed there (a server stopped with them). */
async function runsPlacedOn(db: Kysely<Database>, clusterId: string): Promise<number> {
  const rows = await db
    .selectFrom('runs')
    .select('id')
    .where('cluster_id', '=', clusterId)
    .where((eb) => eb.or([eb('phase', '=', 'Running'), eb.and([eb('phase', '=', 'Queued'), eb('dispatch_action', '=', 'resume')])]))
    .execute();
  return rows.length;
}

/** The cluster's settings with `change` merged in (`null` removes a key), checked as its kind's. */
function mergedSettings(row: ClusterRow, current: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const schema = SETTINGS_BY_KIND[row.kind as RemoteKindName];
  if (!schema) throw new CoulerError('INVALID_FIELD', `A cluster of kind "${row.kind}" has no settings to change.`, { path: ['body', 'settings'] });
  const merged = Object.fromEntries(Object.entries({ ...current, ...change }).filter(([, value]) => value !== null));
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CoulerError('INVALID_FIELD', `settings${issue.path.map((key) => `.${String(key)}`).join('')}: ${issue.message}`, { path: ['body', 'settings', ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))] });
  }
  checkClusterSettings(row.kind, parsed.data);
  return parsed.data;
}

export function clusterRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  const { secrets, runners } = context.clusters;
  const withLoad = async () => {
    const running = await db.selectFrom('runs').select(['cluster_id', 'cpu', 'memory', 'gpu']).where('phase', '=', 'Running').execute();
    return (await listClusters(db)).map((row) => {
      const mine = running.filter((run) => run.cluster_id === row.id);
      const used = { cpu: mine.reduce((total, run) => total + run.cpu, 0), memory: mine.reduce((total, run) => total + run.memory, 0), gpu: mine.reduce((total, run) => total + run.gpu, 0) };
      return { ...clusterView(secrets, row), used, runs: mine.length };
    });
  };
  const viewOf = async (nameOrId: string) => (await withLoad()).find((entry) => entry.id === nameOrId || entry.name === nameOrId);
  const checkHealth = async (kind: string, settings: Record<string, unknown>): Promise<ClusterHealth> => (await runners.get(kind)?.checkHealth?.(settings)) ?? { healthy: true };
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
          body: NewClusterSchema,
          response: { 201: ClusterSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        // Clusters are shared by every tenant: a tenant's admin must not point others' runs at a server of theirs.
        requireRole(request, 'owner');
        const { name, kind, capacity, settings } = request.body;
        checkClusterSettings(kind, settings);
        const health = await checkHealth(kind, settings);
        try {
          const row = await insertCluster(db, secrets, { name, kind, capacity, settings, health }, context.now());
          if (health.healthy) context.dispatcher.wake();
          return reply.code(201).send({ ...clusterView(secrets, row), used: { cpu: 0, memory: 0, gpu: 0 }, runs: 0 });
        } catch (error) {
          if (isUniqueViolation(error)) throw new CoulerError('DUPLICATE_NAME', `A cluster "${name}" exists already.`, { path: ['body', 'name'] });
          throw error;
        }
      },
    );

    app.patch(
      '/clusters/:name',
      {
        schema: {
          summary: "Change a cluster's capacity, settings or credentials, or drain it (the server's owner)",
          description: 'Changed settings are checked as at registration, and the cluster\'s health checked again. Runs already on it keep the settings they started with until their next dispatch.',
          tags: ['clusters'],
          params: ClusterNameParams,
          body: ClusterPatchSchema,
          response: { 200: ClusterSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        requireRole(request, 'owner');
        const row = await findCluster(db, request.params.name);
        if (!row) throw notFound('cluster', request.params.name);
        const { capacity, settings: change, draining } = request.body;
        const settings = change === undefined ? undefined : mergedSettings(row, clusterSettings(secrets, row), change);
        const health = settings === undefined ? undefined : await checkHealth(row.kind, settings);
        const updated = await updateCluster(db, secrets, row, { ...(capacity && { capacity }), ...(settings && { settings }), ...(draining !== undefined && { draining }), ...(health && { health }) }, context.now());
        // More room, a healthy cluster or one no longer draining: queued runs may fit now.
        context.dispatcher.wake();
        return (await viewOf(updated.id))!;
      },
    );

    app.delete(
      '/clusters/:name',
      {
        schema: {
          summary: 'Delete a cluster no run is placed on (the server\'s owner)',
          description: 'Refused with 409 while runs are running on it (or queued to be resumed there): drain it first (`PATCH {draining: true}`) and delete it once they have finished. Finished runs keep their steps, events and logs.',
          tags: ['clusters'],
          params: ClusterNameParams,
          response: { 204: z.null(), ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        requireRole(request, 'owner');
        const row = await findCluster(db, request.params.name);
        if (!row) throw notFound('cluster', request.params.name);
        if (row.kind === 'local') {
          throw new CoulerError('INVALID_FIELD', 'The local cluster is this server\'s own machine: it cannot be deleted.', { path: ['params', 'name'], hint: 'PATCH it with {"draining": true} to place no runs on it.' });
        }
        await db.transaction().execute(async (trx) => {
          // Locks the row as a placement round does (PostgreSQL): no run is placed on it between the count and the delete.
          if (context.database.dialect === 'postgres') await trx.selectFrom('clusters').select('id').where('id', '=', row.id).forUpdate().execute();
          const placed = await runsPlacedOn(trx, row.id);
          if (placed > 0) {
            throw new CoulerError('INVALID_RUN_STATE', `Cluster "${row.name}" has ${placed} run${placed === 1 ? '' : 's'} placed on it.`, {
              path: ['params', 'name'],
              hint: row.draining === 1 ? 'It is draining: delete it once they have finished (or cancel them).' : 'Drain it first (PATCH {"draining": true}), then delete it once they have finished.',
            });
          }
          await trx.deleteFrom('clusters').where('id', '=', row.id).execute();
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/clusters/:id/check',
      { schema: { summary: "Check a cluster's health now (by id or name)", tags: ['clusters'], params: IdParams, response: { 200: ClusterSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        requireRole(request, 'owner');
        await context.clusters.health.checkAll();
        const cluster = await viewOf(request.params.id);
        if (!cluster) throw notFound('cluster', request.params.id);
        return cluster;
      },
    );
  };
}
