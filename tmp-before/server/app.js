/**
 * buildApp: the whole HTTP API as one fastify instance, without listen (tests use inject; the
 * process lives in server.ts). Order: ecosystem plugins → handlers and hooks → routes → web.
 * Networks are loaded and planners built here, once; a network with errors refuses the build.
 */
import Fastify, {} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { connectForRequests, createRedisRunManager, } from "../jobs/index.js";
import { redisSharedAnswers } from "./shared-answers.js";
import { loadNetworkRegistry } from "./network-registry.js";
import { createPlanRunner } from "./plan-pool.js";
import { CONNECTION_TIMEOUTS, problemOnClientError } from "./timeouts.js";
import { apiKeyStep } from "./plugins/api-keys.js";
import { registerCaching } from "./plugins/caching.js";
import { registerDocs } from "./plugins/docs.js";
import { registerSecurity } from "./plugins/security.js";
import { registerWeb } from "./plugins/web.js";
import { handleError, installProblemHandlers } from "./problem-handlers.js";
import { echoRequestId, generateRequestId } from "./request-id.js";
import { installRequestSteps } from "./request-steps.js";
import { healthRoutes } from "./routes/health.js";
import { networkRoutes } from "./routes/networks.js";
import { placeRoutes } from "./routes/places.js";
import { matrixRoutes } from "./routes/matrix.js";
import { planRoutes } from "./routes/plan.js";
import { simulationRoutes } from "./routes/simulations.js";
export const BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_TIME_BUDGET_MS = 5_000;
const DEFAULT_MAX_LABELS = 200_000;
const DEFAULT_CACHE_ENTRIES = 5_000;
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
/** fastify takes a hop count at run time but not in its types: the same rule as a function */
const trustProxyOption = (t) => typeof t === 'number' ? (_address, hop) => hop < t : t;
export async function buildApp(opts) {
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
    const ctx = {
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
    if (redis)
        app.addHook('onClose', async () => void redis.disconnect());
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
        runManager: opts.runManager ??
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
//# sourceMappingURL=app.js.map