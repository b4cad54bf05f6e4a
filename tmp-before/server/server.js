import { buildApp } from "./app.js";
export const SHUTDOWN_GRACE_MS = 10_000;
/** Builds and starts the server; signal handlers are installed when `handleSignals` is true. */
export async function startServer(config, handleSignals = true) {
    const app = await buildApp({
        networksDir: config.networksDir,
        webRoot: config.webRoot,
        logger: { level: config.logLevel },
        rateLimit: config.rateLimit,
        timeBudgetMs: config.timeBudgetMs,
        checkAnswers: config.checkAnswers,
        corsOrigin: config.corsOrigin,
        planWorkers: config.planWorkers,
        simulationLimits: config.simulationLimits,
        apiKeys: config.apiKeys,
        ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
        ...(config.resultsDir ? { resultsDir: config.resultsDir } : {}),
        ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}),
    });
    const address = await app.listen({ port: config.port, host: config.host });
    let closing;
    const close = () => (closing ??= app.close());
    if (handleSignals) {
        const onSignal = (signal) => {
            app.log.info({ signal }, 'shutting down');
            const timer = setTimeout(() => {
                app.log.error('shutdown grace period over; exiting');
                process.exit(1);
            }, SHUTDOWN_GRACE_MS);
            timer.unref();
            close().then(() => process.exit(0), (error) => {
                app.log.error({ err: error }, 'shutdown failed');
                process.exit(1);
            });
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    return { app, url: address, close };
}
//# sourceMappingURL=server.js.map