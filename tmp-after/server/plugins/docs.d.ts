import type { FastifyInstance } from 'fastify';
export declare function registerDocs(app: FastifyInstance): Promise<void>;
//# sourceMappingURL=docs.d.ts.map