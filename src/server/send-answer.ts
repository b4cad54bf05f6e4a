/**
 * Sends a serialized answer held in a ResponseCache: as its JSON text, or gzip-compressed (once, then
 * kept with the answer) when the client accepts gzip. Answers sent this way skip the per-request
 * serializer and the compression plugin, which leaves bodies that already carry a content-encoding
 * alone.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedAnswer, ResponseCache } from './response-cache.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
/** below this an answer is sent as it is: compressing a few hundred bytes costs more than it saves */
const GZIP_MIN_CHARS = 1024;

export function sendAnswer(
  req: FastifyRequest,
  reply: FastifyReply,
  a: CachedAnswer,
  /** the cache holding the answer, which keeps its gzip form; none: compressed for this answer only */
  from: ResponseCache | undefined,
): FastifyReply {
  void reply.type(JSON_TYPE).header('vary', 'accept-encoding');
  const accepts = req.headers['accept-encoding'];
  if (typeof accepts === 'string' && /\bgzip\b/.test(accepts) && a.json.length > GZIP_MIN_CHARS) {
    return reply.header('content-encoding', 'gzip').send(from ? from.gzipOf(a) : gzipSync(a.json));
  }
  return reply.send(a.json);
}
