import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestStep } from '../request-steps.ts';
export declare const ApiKeyEntry: z.ZodObject<{
    name: z.ZodString;
    key: z.ZodString;
    rate_limit: z.ZodOptional<z.ZodNumber>;
    max_runs: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type ApiKeyEntry = z.infer<typeof ApiKeyEntry>;
interface ApiClient {
    readonly name: string;
    readonly rateLimit: number | undefined;
    readonly maxRuns: number;
}
declare module 'fastify' {
    interface FastifyRequest {
        /** the caller's key, when keys are configured and it gave a valid one */
        apiClient?: ApiClient;
    }
}
/** Keys from `API_KEYS` ("name:key,name:key") and/or `API_KEYS_FILE` (YAML or JSON list of entries). */
export declare function loadApiKeys(env: Readonly<Record<string, string | undefined>>): ApiKeyEntry[];
/**
 * The request step requiring a key on /api/ when `keys` is not empty (undefined when there are none);
 * health, documents and the web view stay open.
 */
export declare function apiKeyStep(keys: readonly ApiKeyEntry[]): RequestStep | undefined;
/** Matrices running per client, capped by its key (or the default cap when keys are off). */
export declare class RunCaps {
    private readonly running;
    /** @throws ApiError RATE_LIMITED (429) when the client already runs its cap */
    acquire(req: FastifyRequest): () => void;
}
export {};
//# sourceMappingURL=api-keys.d.ts.map