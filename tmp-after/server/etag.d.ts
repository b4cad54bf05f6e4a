/** A strong ETag of the bytes sent, as @fastify/etag makes it (its default: SHA-1, base64). */
export declare function etagOf(bytes: string | Uint8Array): string;
//# sourceMappingURL=etag.d.ts.map