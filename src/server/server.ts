/**
 * The server process: builds the app, listens, and shuts down gracefully on SIGINT/SIGTERM
 * (stop accepting, /ready turns 503, finish in-flight requests, then exit; forced after a grace period).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServeConfig } from './config.ts';

export const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Builds and starts the server; signal handlers are installed when `handleSignals` is true. */
export async function startServer(
  config: ServeConfig,
  handleSignals = true,
): Promise<RunningServer> {
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

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= app.close());

  if (handleSignals) {
    const onSignal = (signal: NodeJS.Signals): void => {
      app.log.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        app.log.error('shutdown grace period over; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      timer.unref();
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { app, url: address, close };
}
