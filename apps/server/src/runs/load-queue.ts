import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema';
import type { SqlDialectName } from '../db/open-database';
import type { ClusterLoad, QueuedRun, UserLoad } from '../queue/index';
import type { RunRow } from '../store/run-store';

/**
 * The columns of a queued run that a placement round reads: what it scores and what it writes
 * back. Not `selectAll`: a run's row also holds its parameters and, for a part of a split run,
 * its IR, and the round reads up to 200 rows each time it looks at the queue; the full rows are
 * read for the runs it places only.
 */
const QUEUE_COLUMNS = ['id', 'tenant_id', 'user_id', 'priority', 'cpu', 'memory', 'gpu', 'queued_at', 'wait_reason'] as const;
export type QueuedRow = Pick<RunRow, (typeof QUEUE_COLUMNS)[number]>;

/** Most runs one placement round considers: the highest priorities, and the longest waiting (aging). */
const BY_PRIORITY = 150;
const OLDEST = 50;

/**
 * Locks and reads what one placement round needs. On PostgreSQL the clusters' rows are locked
 * first, so rounds of several servers take turns and never place over a cluster's capacity;
 * queued runs are taken `FOR UPDATE SKIP LOCKED`, so no run is read by two rounds at once.
 * SQLite has one writer at a time already.
 */
export async function loadQueue(trx: Transaction<Database>, dialect: SqlDialectName): Promise<{ rows: QueuedRow[]; runs: QueuedRun[]; clusters: ClusterLoad[]; users: Map<string, UserLoad> }> {
  const postgres = dialect === 'postgres';
  let clusterQuery = trx.selectFrom('clusters').selectAll().orderBy('id');
  if (postgres) clusterQuery = clusterQuery.forUpdate();
  const clusterRows = await clusterQuery.execute();
  const now = new Date().toISOString();
  const queued = (order: 'priority' | 'age', limit: number) => {
    // A run waiting for its automatic retry's backoff is not placed before its time.
    // A part of a split run waits for the parts it reads from (`waiting_for`).
    let query = trx
      .selectFrom('runs')
      .select(QUEUE_COLUMNS)
      .where('phase', '=', 'Queued')
      .where('waiting_for', 'is', null)
      .where((eb) => eb.or([eb('not_before', 'is', null), eb('not_before', '<=', now)]));
    query = order === 'priority' ? query.orderBy('priority', 'desc').orderBy('queued_at') : query.orderBy('queued_at');
    query = query.limit(limit);
    return (postgres ? query.forUpdate().skipLocked() : query).execute();
  };
  const byId = new Map<string, QueuedRow>();
  for (const row of [...(await queued('priority', BY_PRIORITY)), ...(await queued('age', OLDEST))]) byId.set(row.id, row);
  const rows = [...byId.values()];
  if (rows.length === 0) return { rows, runs: [], clusters: [], users: new Map() };
  const running = await trx
    .selectFrom('runs')
    .select(['cluster_id', 'user_id', 'cpu', 'memory', 'gpu'])
    .where('phase', '=', 'Running')
    // The parent of a split run runs nowhere: its parts hold the resources.
    .where('cluster_id', 'is not', null)
    .execute();
  // A draining cluster takes no new runs; the runs on it finish.
  const clusters: ClusterLoad[] = clusterRows.filter((cluster) => cluster.draining === 0).map((cluster) => {
    const mine = running.filter((run) => run.cluster_id === cluster.id);
    return {
      id: cluster.id,
      name: cluster.name,
      healthy: cluster.healthy === 1,
      capacity: { cpu: cluster.cpu, memory: cluster.memory, gpu: cluster.gpu },
      used: { cpu: sum(mine, 'cpu'), memory: sum(mine, 'memory'), gpu: sum(mine, 'gpu') },
    };
  });
  const userIds = [...new Set(rows.map((row) => row.user_id))];
  const userRows = await trx.selectFrom('users').selectAll().where('id', 'in', userIds).execute();
  const users = new Map<string, UserLoad>(
    userRows.map((user) => {
      const mine = running.filter((run) => run.user_id === user.id);
      return [
        user.id,
        {
          userId: user.id,
          quota: { cpu: user.cpu_quota, memory: user.memory_quota, gpu: user.gpu_quota, runs: user.runs_quota },
          used: { cpu: sum(mine, 'cpu'), memory: sum(mine, 'memory'), gpu: sum(mine, 'gpu'), runs: mine.length },
        },
      ];
    }),
  );
  const runs: QueuedRun[] = rows.map((row) => ({ id: row.id, userId: row.user_id, priority: row.priority, cpu: row.cpu, memory: row.memory, gpu: row.gpu, queuedAt: Date.parse(row.queued_at) }));
  return { rows, runs, clusters, users };
}

function sum<K extends 'cpu' | 'memory' | 'gpu'>(rows: ReadonlyArray<Record<K, number>>, key: K): number {
  return rows.reduce((total, row) => total + row[key], 0);
}
