/**
 * Sends a serialized answer held in a ResponseCache: as its JSON text, or its gzip or brotli form
 * (compressed once, then kept with the answer; compression.ts chooses the form and its level) when the
 * client accepts one and the answer is as large as the compression plugin's threshold (1 KiB, counted
 * in bytes as the plugin counts them: places with Chinese names are larger in bytes than in
 * characters). Answers sent this way skip the per-request serializer and the compression plugin,
 * which leaves bodies that already carry a content-encoding alone, and the ETag plugin's hashing: the
 * ETag of each form is computed once, the same way the plugin does (SHA-1 of the bytes sent, base64),
 * and kept with the answer; the plugin still answers 304 to a matching If-None-Match.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CachedAnswer, type ResponseCache } from './response-cache.ts';
export declare function sendAnswer(req: FastifyRequest, reply: FastifyReply, a: CachedAnswer, 
/** the cache holding the answer, which keeps its forms; none: compressed for this answer only */
from: ResponseCache | undefined, type?: string, 
/** the encoding chosen for this client, when the caller chose it already */
encoding?: import("./compression.ts").Encoding | undefined): FastifyReply;
//# sourceMappingURL=send-answer.d.ts.map