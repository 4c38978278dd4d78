import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema';
import type { SecretBox } from '../secrets/secret-box';
import { clusterSettings, listClusters, setClusterHealth } from '../store/cluster-store';
import type { ClusterRunner } from './cluster-runner';

/**
 * Checks every remote cluster's health now and then and writes it to its row: the queue places
 * runs on healthy clusters only, and `GET /clusters` shows what is wrong with the others.
 */
export class ClusterHealthWatcher {
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly runners: ReadonlyMap<string, ClusterRunner>,
    private readonly secrets: SecretBox,
    private readonly everyMs: number,
    private readonly log: FastifyBaseLogger,
    /** A cluster turned healthy: the queue may place runs there now. */
    private readonly onHealthy: () => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.checkAll(), this.everyMs);
    this.timer.unref();
  }

  async checkAll(): Promise<void> {
    if (this.checking) return this.checking;
    this.checking = (async () => {
      try {
        for (const cluster of await listClusters(this.db)) {
          const runner = this.runners.get(cluster.kind);
          if (!runner?.checkHealth) continue;
          const health = await runner.checkHealth(clusterSettings(this.secrets, cluster));
          await setClusterHealth(this.db, cluster.id, health, new Date().toISOString());
          if (health.healthy && cluster.healthy === 0) this.onHealthy();
        }
      } catch (error) {
        this.log.error({ err: error }, 'cluster health check failed');
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking;
  }
}
