/**
 * Sends a serialized answer held in a ResponseCache: as its JSON text, or gzip-compressed (once, then
 * kept with the answer) when the client accepts gzip and the answer is as large as the compression
 * plugin's threshold (1 KiB, counted in bytes as the plugin counts them: places with Chinese names
 * are larger in bytes than in characters). Answers sent this way skip the per-request serializer and
 * the compression plugin, which leaves bodies that already carry a content-encoding alone, and the
 * ETag plugin's hashing: the ETag of each form is computed once, the same way the plugin does (SHA-1
 * of the bytes sent, base64), and kept with the answer; the plugin still answers 304 to a matching
 * If-None-Match.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedAnswer, ResponseCache } from './response-cache.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * below this an answer is sent as it is (compressing a few hundred bytes costs more than it saves);
 * the compression plugin's threshold, so that it never compresses a cached answer per request
 */
const GZIP_MIN_BYTES = 1024;

export function sendAnswer(
  req: FastifyRequest,
  reply: FastifyReply,
  a: CachedAnswer,
  /** the cache holding the answer, which keeps its gzip form; none: compressed for this answer only */
  from: ResponseCache | undefined,
): FastifyReply {
  // added to what is there (CORS varies every answer by Origin), as the compression plugin adds it
  const vary = reply.getHeader('vary');
  void reply
    .header('content-type', JSON_TYPE)
    .header('vary', typeof vary === 'string' ? `${vary}, accept-encoding` : 'accept-encoding');
  const accepts = req.headers['accept-encoding'];
  if (
    typeof accepts === 'string' &&
    /\bgzip\b/.test(accepts) &&
    (a.bytes ??= Buffer.byteLength(a.json)) >= GZIP_MIN_BYTES
  ) {
    if (from === undefined) return reply.header('content-encoding', 'gzip').send(gzipSync(a.json));
    const gzip = from.gzipOf(a);
    a.gzipEtag ??= etagOf(gzip);
    return reply.header('content-encoding', 'gzip').header('etag', a.gzipEtag).send(gzip);
  }
  if (from !== undefined) void reply.header('etag', (a.etag ??= etagOf(a.json)));
  return reply.send(a.json);
}

/** A strong ETag of the bytes sent, as @fastify/etag makes it (its default: SHA-1, base64). */
function etagOf(bytes: string | Buffer): string {
  return `"${createHash('sha1').update(bytes).digest('base64')}"`;
}
