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
import { chooseEncoding, compress, COMPRESS_MIN_BYTES } from './compression.ts';
import { etagOf } from './etag.ts';
import { bodyOf, type CachedAnswer, type ResponseCache } from './response-cache.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

export function sendAnswer(
  req: FastifyRequest,
  reply: FastifyReply,
  a: CachedAnswer,
  /** the cache holding the answer, which keeps its forms; none: compressed for this answer only */
  from: ResponseCache | undefined,
  type: string = JSON_TYPE,
  /** the encoding chosen for this client, when the caller chose it already */
  encoding = chooseEncoding(req.headers['accept-encoding'], from?.compression ?? 'dynamic'),
): FastifyReply {
  // added to what is there (CORS varies every answer by Origin), as the compression plugin adds it
  const vary = reply.getHeader('vary');
  void reply
    .header('content-type', type)
    .header('vary', typeof vary === 'string' ? `${vary}, accept-encoding` : 'accept-encoding');
  if (encoding !== undefined && (a.bytes ??= Buffer.byteLength(bodyOf(a))) >= COMPRESS_MIN_BYTES) {
    void reply.header('content-encoding', encoding);
    if (from === undefined) return reply.send(compress(bodyOf(a), encoding, 'dynamic'));
    const form = from.formOf(a, encoding);
    const etag = encoding === 'gzip' ? (a.gzipEtag ??= etagOf(form)) : (a.brEtag ??= etagOf(form));
    return reply.header('etag', etag).send(form);
  }
  // read once: an answer held compressed (API22) makes its JSON on each read
  const body = bodyOf(a);
  if (from !== undefined) void reply.header('etag', (a.etag ??= etagOf(body)));
  return reply.send(body);
}
