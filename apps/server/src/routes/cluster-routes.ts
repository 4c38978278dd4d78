import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authenticate';
import type { ServerContext } from '../server-context';
import { clusterView, listClusters } from '../store/cluster-store';
import { ERROR_RESPONSES, RequestSchema } from './route-schemas';

const ClusterSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), capacity: RequestSchema, used: RequestSchema, runs: z.number(), healthy: z.boolean(), createdAt: z.string() })
  .meta({ id: 'Cluster' });

export function clusterRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  return async (app) => {
    app.get('/clusters', { schema: { summary: 'Clusters with their capacity and what running runs hold', tags: ['clusters'], response: { 200: z.object({ items: z.array(ClusterSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
      callerOf(request);
      const running = await db.selectFrom('runs').select(['cluster_id', 'cpu', 'memory', 'gpu']).where('phase', '=', 'Running').execute();
      return {
        items: (await listClusters(db)).map((row) => {
          const mine = running.filter((run) => run.cluster_id === row.id);
          const used = { cpu: mine.reduce((total, run) => total + run.cpu, 0), memory: mine.reduce((total, run) => total + run.memory, 0), gpu: mine.reduce((total, run) => total + run.gpu, 0) };
          return { ...clusterView(row), used, runs: mine.length };
        }),
      };
    });
  };
}
