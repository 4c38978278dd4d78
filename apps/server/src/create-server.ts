import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { CoulerError } from '@couler/ir';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { bearerToken, registerAuthentication } from './auth/authenticate';
import { hashApiToken } from './auth/api-token';
import { bootstrapOwner } from './auth/bootstrap-owner';
import { CallerCache } from './auth/caller-cache';
import { createAirflowCluster } from './clusters/airflow-cluster';
import { createArgoCluster } from './clusters/argo-cluster';
import { createTektonCluster } from './clusters/tekton-cluster';
import { ClusterHealthWatcher } from './clusters/cluster-health-watcher';
import type { ClusterRunner } from './clusters/cluster-runner';
import { createLocalCluster } from './clusters/local-cluster';
import { migrateToLatest } from './db/migrate';
import { openDatabase, type ServerDatabase } from './db/open-database';
import { registerContentParsers } from './http/content-parsers';
import { registerErrorHandler } from './http/error-handler';
import { responseSerializerCompiler } from './http/response-serializer';
import { registerSecurityHeaders } from './http/security-headers';
import { defaultWebRoot, registerWebRoot } from './http/web-root';
import { createServerMetrics } from './metrics/server-metrics';
import { DEFAULT_AUTO_RETRY } from './monitor/auto-retry';
import { DEFAULT_ON_TIME_POLICY } from './monitor/on-time-policy';
import { DEFAULT_PLACEMENT_WEIGHTS } from './queue/placement-weights';
import { artifactRoutes } from './routes/artifact-routes';
import { clusterRoutes } from './routes/cluster-routes';
import { compileRoutes } from './routes/compile-routes';
import { healthRoutes } from './routes/health-routes';
import { identityRoutes } from './routes/identity-routes';
import { runRoutes } from './routes/run-routes';
import { stepRoutes } from './routes/step-routes';
import { workflowRoutes } from './routes/workflow-routes';
import { RunDispatcher } from './runs/run-dispatcher';
import { createSourceCompiler, DEFAULT_SOURCE_LIMITS } from './source/compile-workflow-source';
import { RunNotifier } from './runs/run-notifier';
import type { ServerContext } from './server-context';
import { defaultDatabase, type ServerOptions } from './server-options';
import { assertCredentialsOpen, ensureLocalCluster } from './store/cluster-store';
import { SecretBox } from './secrets/secret-box';
import { resolveServerKey } from './secrets/server-key';
import { SubmissionBatcher } from './store/submission-batcher';

export const API_PREFIX = '/api/v1';

/** A server built and migrated, not yet listening. */
export interface CoulerServer {
  readonly app: FastifyInstance;
  readonly database: ServerDatabase;
  readonly dispatcher: RunDispatcher;
  /** The owner's token, when this start created it (print it: it is not stored in clear). */
  readonly ownerToken?: string;
  /** Whether the GUI's build is served at `/`. */
  readonly servesGui: boolean;
  /** Starts listening and taking work; resolves with the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: no new requests or work, requests in flight finish, runs go back to the queue with their leases released. */
  close(): Promise<void>;
}

/**
 * Builds the Couler server: opens and migrates the database, creates the owner on an empty one,
 * registers the local cluster and every route. Nothing listens and no run starts until `listen`.
 */
export async function createServer(options: ServerOptions = {}): Promise<CoulerServer> {
  const database = await openDatabase(defaultDatabase(options), { ...(options.dbSchema !== undefined && { schema: options.dbSchema }) });
  let closing = false;
  try {
    const secrets = new SecretBox(resolveServerKey({ ...(options.secret !== undefined && { secret: options.secret }), ...(options.secretFile !== undefined && { secretFile: options.secretFile }), ...(options.home !== undefined && { home: options.home }) }).secret);
    await migrateToLatest(database.db as never, database.dialect, secrets);
    // A wrong key fails the start, with what to do, rather than every run on a remote cluster later.
    await assertCredentialsOpen(database.db, secrets);
    const now = () => new Date().toISOString();
    await ensureLocalCluster(database.db, now(), options.localCluster);
    const ownerToken = await bootstrapOwner(database.db, now(), options.ownerToken ?? process.env.COULER_SERVER_TOKEN);

    const app = Fastify({
      logger: options.logger ?? { level: 'info' },
      bodyLimit: options.bodyLimit ?? 4 * 2 ** 20,
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
      // Requests in flight finish on close; idle keep-alive connections do not hold it up.
      forceCloseConnections: 'idle',
      routerOptions: { maxParamLength: 500 },
    });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(responseSerializerCompiler);
    registerContentParsers(app);
    registerErrorHandler(app);
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });

    const metrics = createServerMetrics(database.db);
    app.addHook('onResponse', async (request, reply) => {
      metrics.requests.inc({ method: request.method, route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) });
    });
    const notifier = new RunNotifier();
    const autoRetry = options.autoRetry ?? DEFAULT_AUTO_RETRY;
    const processName = options.processName ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    const local = createLocalCluster({ ...(options.home !== undefined && { home: options.home }), ...(options.localCluster?.parallelism !== undefined && { parallelism: options.localCluster.parallelism }), ...(options.localCluster?.artifactStores && { artifactStores: options.localCluster.artifactStores }), ...(autoRetry !== false && { engineRetry: false as const }) });
    const remote = { ...(options.clusters?.pollMs !== undefined && { pollMs: options.clusters.pollMs }) };
    const runners = new Map<string, ClusterRunner>([local, createArgoCluster(remote), createTektonCluster(remote), createAirflowCluster(remote)].map((runner) => [runner.kind, runner]));
    const dispatcher = new RunDispatcher({
      database,
      owner: processName,
      runners,
      weights: { ...DEFAULT_PLACEMENT_WEIGHTS, ...options.weights },
      leaseMs: options.leaseMs ?? 30_000,
      pollMs: options.pollMs ?? 1000,
      metrics,
      log: app.log,
      notify: notifier.notify,
      autoRetry,
      onTime: { ...DEFAULT_ON_TIME_POLICY, ...options.onTime },
      secrets,
    });
    const health = new ClusterHealthWatcher(database.db, runners, secrets, options.clusters?.healthEveryMs ?? 30_000, app.log, () => dispatcher.wake());
    const callers = new CallerCache(options.authCacheMs ?? 2000);
    const context: ServerContext = { callers, submissions: new SubmissionBatcher(database.db), database, dispatcher, notifier, metrics, now, clusters: { runners, health, secrets }, compileSource: createSourceCompiler({ ...DEFAULT_SOURCE_LIMITS, ...options.sourceLimits }) };

    registerSecurityHeaders(app);
    if (options.corsOrigins && options.corsOrigins.length > 0) await app.register(fastifyCors, { origin: [...options.corsOrigins] });
    if (options.rateLimit !== false) {
      await app.register(fastifyRateLimit, {
        max: options.rateLimit ?? 600,
        timeWindow: 60_000,
        allowList: (request) => !request.url.startsWith(API_PREFIX),
        // Per token (its hash: the limiter's store must not hold tokens), else per address.
        keyGenerator: (request) => {
          const token = bearerToken(request);
          return token === undefined ? `ip:${request.ip}` : `token:${hashApiToken(token)}`;
        },
        errorResponseBuilder: (_request, context) =>
          Object.assign(new CoulerError('RATE_LIMITED', `Too many requests: at most ${context.max} a minute with one token.`, { path: [], hint: `Try again in ${context.after}.` }), { statusCode: 429 }),
      });
    }
    await app.register(fastifySwagger, {
      openapi: {
        info: { title: 'Couler server', description: 'Submit workflows, watch and retry their runs, across clusters.', version: '1' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
      transform: jsonSchemaTransform,
      // Writes the schemas named with .meta({ id }) (Run, Step, Error …) into components, where the routes' $refs point.
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
    registerAuthentication(app, database.db, API_PREFIX, callers);
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await app.register(healthRoutes(context, { shuttingDown: () => closing }));
    for (const routes of [workflowRoutes, runRoutes, clusterRoutes, identityRoutes, stepRoutes]) await app.register(routes(context), { prefix: API_PREFIX });
    await app.register(artifactRoutes(context, { ...(options.home !== undefined && { home: options.home }) }), { prefix: API_PREFIX });
    await app.register(compileRoutes(), { prefix: API_PREFIX });
    const servesGui = options.webRoot !== false && (await registerWebRoot(app, options.webRoot ?? defaultWebRoot()));

    return {
      app,
      database,
      dispatcher,
      servesGui,
      ...(ownerToken !== undefined && { ownerToken }),
      async listen() {
        const url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
        dispatcher.start();
        health.start();
        return url;
      },
      async close() {
        if (closing) return;
        closing = true;
        await health.stop();
        await dispatcher.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
