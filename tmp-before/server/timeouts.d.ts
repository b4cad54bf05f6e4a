import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
export declare const CONNECTION_TIMEOUTS: {
    /** the whole request (headers and body) must arrive within this */
    readonly requestMs: 8000;
    /** the headers must arrive within this (Node requires it ≤ requestMs) */
    readonly headersMs: 8000;
    /** how often Node looks for requests past those timeouts */
    readonly checkEveryMs: 500;
    /** an idle keep-alive connection is closed after this: longer than common load-balancer idle timeouts (60 s) */
    readonly keepAliveMs: 72000;
};
/** fastify's clientErrorHandler: answers with a problem body unless an answer is already under way. */
export declare function problemOnClientError(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void;
//# sourceMappingURL=timeouts.d.ts.map