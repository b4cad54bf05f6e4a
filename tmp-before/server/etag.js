import { createHash } from 'node:crypto';
/** A strong ETag of the bytes sent, as @fastify/etag makes it (its default: SHA-1, base64). */
export function etagOf(bytes) {
    return `"${createHash('sha1').update(bytes).digest('base64')}"`;
}
//# sourceMappingURL=etag.js.map