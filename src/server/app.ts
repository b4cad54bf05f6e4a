/**
 * buildApp: the whole HTTP API as one fastify instance, without listen (tests use inject; the
 * process lives in server.ts). Order: ecosystem plugins → handlers and hooks → routes → web.
 * Networks are loaded and planners built here, once; a network with errors refuses the build.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import {
  connectForRequests,
  createRedisRunManager,
  type RunLimits,
  type RunManager,
} from '../jobs/index.ts';
import type { ApiContext } from './context.ts';
import { redisSharedAnswers } from './shared-answers.ts';
import { loadNetworkRegistry, type NetworkRegistry } from './network-registry.ts';
import { createPlanRunner } from './plan-pool.ts';
import { CONNECTION_TIMEOUTS, problemOnClientError } from './timeouts.ts';
import { apiKeyStep, type ApiKeyEntry } from './plugins/api-keys.ts';
import { registerCaching } from './plugins/caching.ts';
import { registerDocs } from './plugins/docs.ts';
import { registerSecurity, type RateLimitOptions } from './plugins/security.ts';
import { registerWeb } from './plugins/web.ts';
import { handleError, installProblemHandlers } from './problem-handlers.ts';
import { echoRequestId, generateRequestId } from './request-id.ts';
import { installRequestSteps } from './request-steps.ts';
import { healthRoutes } from './routes/health.ts';
import { networkRoutes } from './routes/networks.ts';
import { placeRoutes } from './routes/places.ts';
import { matrixRoutes } from './routes/matrix.ts';
import { planRoutes } from './routes/plan.ts';
import { simulationRoutes } from './routes/simulations.ts';

export const BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_TIME_BUDGET_MS = 5_000;
const DEFAULT_MAX_LABELS = 200_000;
const DEFAULT_CACHE_ENTRIES = 5_000;
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export interface BuildAppOptions {
  networksDir: string;
  /** dist/web; when absent or unbuilt, / explains how to build it */
  webRoot?: string;
  logger?: boolean | object;
  rateLimit?: RateLimitOptions | false;
  timeBudgetMs?: number;
  maxLabels?: number;
  /** origins allowed to POST and DELETE from a browser; "*" (the default) allows only reads from any origin */
  corsOrigin?: string | string[];
  /** API keys; none (the default) leaves the API open */
  apiKeys?: readonly ApiKeyEntry[];
  /**
   * check every route answer against the published schema before sending it (a mismatch is a 500);
   * default true. `corridor serve` turns it off unless asked (docs/decisions.md API19)
   */
  checkAnswers?: boolean;
  /** worker threads for searches; 0 (the default) searches in-process */
  planWorkers?: number;
  /** searches allowed to wait per worker thread before 503 BUSY (default 32) */
  planQueue?: number;
  /** answers kept by the route cache; 0 turns it off */
  cacheEntries?: number;
  /** an already loaded registry (tests building many apps on one network) */
  registry?: NetworkRegistry;
  /** caps on queued + running simulation replications and how long finished runs are kept */
  simulationLimits?: Partial<RunLimits>;
  /** where simulation runs live (Redis when REDIS_URL is set); by default in this process */
  runManager?: RunManager;
  /**
   * Redis shared by API replicas (REDIS_URL): simulation runs are jobs on its queue (run by
   * `corridor worker`s) and the rate limit counts there, so N replicas enforce one limit
   */
  redisUrl?: string;
  /** with redisUrl: a folder shared with the workers where runs are also written as JSON files */
  resultsDir?: string;
  /** fastify's trustProxy: clients behind a reverse proxy are told apart by X-Forwarded-For */
  trustProxy?: boolean | number | string[];
}

/** fastify takes a hop count at run time but not in its types: the same rule as a function */
const trustProxyOption = (t: boolean | number | string[]) =>
  typeof t === 'number' ? (_address: string, hop: number) => hop < t : t;

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const registry = opts.registry ?? (await loadNetworkRegistry(opts.networksDir));
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: generateRequestId,
    requestIdHeader: false,
    frameworkErrors: (error, req, reply) => handleError(error, req, reply),
    routerOptions: { maxParamLength: 200 },
    // while draining, requests still reaching us are served (with Connection: close) rather than
    // answered by fastify's own non-problem 503; /ready then says NOT_READY
    return503OnClosing: false,
    // a client that stalls its headers or body is answered 408 (a problem body) and disconnected
    requestTimeout: CONNECTION_TIMEOUTS.requestMs,
    keepAliveTimeout: CONNECTION_TIMEOUTS.keepAliveMs,
    http: {
      headersTimeout: CONNECTION_TIMEOUTS.headersMs,
      connectionsCheckingInterval: CONNECTION_TIMEOUTS.checkEveryMs,
    },
    clientErrorHandler: problemOnClientError,
    ...(opts.trustProxy !== undefined ? { trustProxy: trustProxyOption(opts.trustProxy) } : {}),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const planRunner = createPlanRunner(registry, opts.planWorkers ?? 0, opts.planQueue);
  const redis = opts.redisUrl ? connectForRequests(opts.redisUrl) : undefined;
  const sharedAnswers = redis ? await redisSharedAnswers(redis, opts.networksDir) : undefined;
  const ctx: ApiContext = {
    registry,
    planRunner,
    timeBudgetMs: opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    maxLabels: opts.maxLabels ?? DEFAULT_MAX_LABELS,
    checkAnswers: opts.checkAnswers ?? true,
    cacheEntries: opts.cacheEntries ?? DEFAULT_CACHE_ENTRIES,
    cacheBytes: DEFAULT_CACHE_BYTES,
    state: { ready: false, startedAt: Date.now() },
    ...(sharedAnswers ? { sharedAnswers } : {}),
  };

  installProblemHandlers(app);
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  const securitySteps = await registerSecurity(app, {
    rateLimit: opts.rateLimit ?? { max: 1_200, timeWindow: '1 minute' },
    corsOrigin: opts.corsOrigin ?? '*',
    ...(redis ? { redis } : {}),
  });
  const lastModifiedStep = await registerCaching(app);
  // one onRequest hook for what every request does, in this order (request-steps.ts); the rate
  // limit runs after it, as a route-level hook
  installRequestSteps(app, [
    echoRequestId,
    apiKeyStep(opts.apiKeys ?? []),
    ...securitySteps,
    lastModifiedStep,
  ]);
  await registerDocs(app);

  await app.register(healthRoutes, ctx);
  await app.register(networkRoutes, ctx);
  await app.register(placeRoutes, ctx);
  await app.register(planRoutes, ctx);
  await app.register(matrixRoutes, ctx);
  // Simulations (scenarios, POST /api/v1/simulations, GET /api/v1/simulations/:id) register here:
  await app.register(simulationRoutes, {
    ...ctx,
    networksDir: opts.networksDir,
    limits: opts.simulationLimits,
    runManager:
      opts.runManager ??
      (opts.redisUrl
        ? createRedisRunManager(opts.redisUrl, {
            limits: opts.simulationLimits,
            ...(opts.resultsDir ? { resultsDir: opts.resultsDir } : {}),
          })
        : undefined),
  });

  await registerWeb(app, opts.webRoot);

  app.addHook('onReady', async () => {
    ctx.state.ready = true;
  });
  app.addHook('preClose', async () => {
    ctx.state.ready = false;
  });
  app.addHook('onClose', async () => planRunner.close());
  return app;
}
