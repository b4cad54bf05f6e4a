/**
 * The server process: builds the app, listens, and shuts down gracefully on SIGINT/SIGTERM
 * (stop accepting, /ready turns 503, finish in-flight requests, then exit; forced after a grace period).
 */
import type { FastifyInstance } from 'fastify';
import type { ServeConfig } from './config.ts';
export declare const SHUTDOWN_GRACE_MS = 10000;
export interface RunningServer {
    app: FastifyInstance;
    url: string;
    close(): Promise<void>;
}
/** Builds and starts the server; signal handlers are installed when `handleSignals` is true. */
export declare function startServer(config: ServeConfig, handleSignals?: boolean): Promise<RunningServer>;
//# sourceMappingURL=server.d.ts.map