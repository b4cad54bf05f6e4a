/**
 * Answers that change only when the process restarts (network data, GeoJSON, scenarios, the OpenAPI
 * document): serialized once, each compressed form made once at the smallest setting (gzip 9, brotli
 * 11) and kept with its ETag, so a request neither serializes, checks, compresses nor hashes them
 * (docs/decisions.md API19). Keyed by what the answer depends on (network, list filters); bounded by
 * entries and bytes like the route cache, since filters make many keys possible.
 */
import type { Compression } from './compression.ts';
import { ResponseCache, type CachedAnswer } from './response-cache.ts';
export interface StaticAnswers {
    /** the cache that keeps the answers and their forms, for sendAnswer */
    readonly cache: ResponseCache;
    /** the answer under `key`, serialized by `make` the first time */
    get(key: string, make: () => string): CachedAnswer;
}
/**
 * `compression` 'dynamic' for answers whose keys a client can vary at will (filtered lists): each new
 * key is compressed on the request path, where the smallest setting would cost a brotli-11 pass.
 */
export declare function staticAnswers(entries?: number, bytes?: number, compression?: Compression): StaticAnswers;
//# sourceMappingURL=static-answers.d.ts.map