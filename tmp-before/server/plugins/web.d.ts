import type { FastifyInstance } from 'fastify';
/** Serves the web bundle from `webRoot`, or the page saying how to build it while it is missing. */
export declare function registerWeb(app: FastifyInstance, webRoot: string | undefined): Promise<void>;
//# sourceMappingURL=web.d.ts.map