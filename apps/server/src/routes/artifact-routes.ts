import { CoulerError, type Workflow } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authenticate';
import { contentDisposition } from '../artifacts/content-disposition';
import { LocalRunArtifacts } from '../artifacts/local-run-artifacts';
import { declaredArtifacts, describeLocation } from '../artifacts/remote-run-artifacts';
import { RunArtifactListSchema } from '../artifacts/run-artifact';
import type { ServerContext } from '../server-context';
import type { RunRow } from '../store/run-store';
import { tenantRun } from './tenant-run';
import { ERROR_RESPONSES, IdParams } from './route-schemas';

const ArtifactParams = z.object({ id: z.string().min(1).max(200), step: z.string().min(1).max(300), name: z.string().min(1).max(300) });

/**
 * A run's artifacts: listed per step, and downloaded (a file as it is, a directory as a tar) when
 * the run ran on this server's local cluster. A remote engine keeps its artifacts in its own
 * repository: the list says where, a download says so too, with a 409.
 */
export function artifactRoutes(context: ServerContext, options: { readonly home?: string }): FastifyPluginAsyncZod {
  const { db } = context.database;
  const local = new LocalRunArtifacts(options.home);
  const clusterOf = async (row: RunRow) => (row.cluster_id === null ? undefined : db.selectFrom('clusters').select(['name', 'kind']).where('id', '=', row.cluster_id).executeTakeFirst());
  const workflowOf = async (row: RunRow): Promise<Workflow> =>
    row.part === null ? JSON.parse((await db.selectFrom('workflows').select('ir').where('id', '=', row.workflow_id).executeTakeFirstOrThrow()).ir) : (JSON.parse(row.part) as { ir: Workflow }).ir;
  const mustGet = (tenantId: string, id: string) => tenantRun(db, tenantId, id);

  return async (app) => {
    app.get(
      '/runs/:id/artifacts',
      { schema: { summary: "A run's artifacts per step: name, size, where each lives, and where to download it", tags: ['runs'], params: IdParams, response: { 200: RunArtifactListSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        const row = await mustGet(callerOf(request).tenantId, request.params.id);
        const cluster = await clusterOf(row);
        if (!cluster) {
          const split = row.part === null && (await db.selectFrom('runs').select('id').where('parent_run_id', '=', row.id).executeTakeFirst()) !== undefined;
          return { where: 'none' as const, cluster: null, message: split ? 'This run was split into parts: each part lists its own artifacts.' : 'The run has not been placed on a cluster yet.', items: [] };
        }
        if (cluster.kind === 'local') return { where: 'local' as const, cluster: cluster.name, items: local.list(row.id) };
        return {
          where: 'remote' as const,
          cluster: cluster.name,
          message: `The run ran on ${cluster.kind} cluster "${cluster.name}": its artifacts live in that engine's artifact repository, not on this server.`,
          items: declaredArtifacts(await workflowOf(row), cluster),
        };
      },
    );

    app.get(
      '/runs/:id/steps/:step/artifacts/:name',
      {
        schema: {
          summary: "Download one artifact of a run's step: a file as it is, a directory as a tar",
          tags: ['runs'],
          params: ArtifactParams,
          produces: ['application/octet-stream', 'application/x-tar'],
          response: { 200: z.any().meta({ description: 'The bytes; Content-Disposition names the file.' }), ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const { id, step, name } = request.params;
        const row = await mustGet(callerOf(request).tenantId, id);
        const cluster = await clusterOf(row);
        if (cluster && cluster.kind !== 'local') {
          const declared = (await workflowOf(row)).spec.steps.find((candidate) => candidate.name === step)?.outputs?.artifacts?.find((artifact) => artifact.name === name);
          if (!declared) throw new CoulerError('NOT_FOUND', `Step "${step}" of run "${id}" declares no artifact "${name}".`, { path: ['params', 'name'] });
          throw Object.assign(
            new CoulerError('ARTIFACT_UNAVAILABLE', `Run "${id}" ran on ${cluster.kind} cluster "${cluster.name}": artifact "${name}" of step "${step}" lives in ${describeLocation(declared.location, cluster)}, not on this server.`, {
              path: ['params', 'name'],
              hint: 'Fetch it from there with the engine’s or the store’s own tools.',
            }),
          );
        }
        if (!cluster) throw new CoulerError('NOT_FOUND', `Run "${id}" has not run yet: it has no artifacts.`, { path: ['params', 'id'] });
        const artifact = await local.open(row.id, step, name);
        void reply
          .header('content-type', artifact.kind === 'dir' ? 'application/x-tar' : 'application/octet-stream')
          .header('content-disposition', contentDisposition(name, artifact.kind === 'dir' ? '.tar' : ''))
          .header('cache-control', 'private, no-store');
        if (artifact.size !== undefined) void reply.header('content-length', String(artifact.size));
        return reply.send(artifact.stream);
      },
    );
  };
}
