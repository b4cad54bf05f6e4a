/**
 * Compression and conditional requests for every answer (docs/decisions.md API14):
 * - @fastify/compress: brotli (quality 4) or gzip for JSON, GeoJSON, problem bodies, documents and
 *   static files of 1 KiB or more, by the client's Accept-Encoding. Route answers that are already
 *   compressed (the route cache's gzip-once path, pre-compressed static files) pass untouched.
 * - @fastify/etag: a strong ETag (SHA-1 of the bytes) on every string or buffer answer, and 304 for a
 *   matching If-None-Match. Static files get theirs from @fastify/static (size and mtime).
 * - Last-Modified on network data, places and the OpenAPI document: networks are loaded once per
 *   process, so these answers change only when the server restarts; If-Modified-Since is honoured
 *   when no If-None-Match is sent.
 * Streams (NDJSON matrices) are neither hashed nor compressed, so their lines arrive as written.
 */
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import { COMPRESS_MIN_BYTES } from "../compression.js";
/** GET answers that only change when the process restarts (the networks are loaded once). */
const PROCESS_STABLE = /^\/(?:api\/v1\/(?:networks|places|scenarios)(?:[/?]|$)|openapi\.json(?:\?|$))/;
/** Types to compress besides mime-db's compressible ones: NDJSON streams are left alone on purpose. */
const EXTRA_TYPES = /^(?:application\/(?:geo\+json|problem\+json|json)|image\/svg\+xml)(?:;|$)/;
/** Registers the ETag and compression plugins; returns the request step that sets Last-Modified. */
export async function registerCaching(app) {
    // second-precision, as the header carries it
    const loadedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const lastModified = loadedAt.toUTCString();
    await app.register(fastifyEtag);
    await app.register(fastifyCompress, {
        encodings: ['br', 'gzip'],
        threshold: COMPRESS_MIN_BYTES,
        customTypes: EXTRA_TYPES,
    });
    return (req, reply) => {
        if ((req.method === 'GET' || req.method === 'HEAD') && PROCESS_STABLE.test(req.url)) {
            void reply.header('last-modified', lastModified);
            const since = req.headers['if-modified-since'];
            if (since !== undefined && req.headers['if-none-match'] === undefined) {
                const t = Date.parse(since);
                if (Number.isFinite(t) && t >= loadedAt.getTime()) {
                    void reply.code(304).send();
                    return 'sent';
                }
            }
        }
        return undefined;
    };
}
//# sourceMappingURL=caching.js.map