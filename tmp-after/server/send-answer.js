import { chooseEncoding, compress, COMPRESS_MIN_BYTES } from "./compression.js";
import { etagOf } from "./etag.js";
import { bodyOf } from "./response-cache.js";
const JSON_TYPE = 'application/json; charset=utf-8';
export function sendAnswer(req, reply, a, 
/** the cache holding the answer, which keeps its forms; none: compressed for this answer only */
from, type = JSON_TYPE, 
/** the encoding chosen for this client, when the caller chose it already */
encoding = chooseEncoding(req.headers['accept-encoding'], from?.compression ?? 'dynamic')) {
    // added to what is there (CORS varies every answer by Origin), as the compression plugin adds it
    const vary = reply.getHeader('vary');
    void reply
        .header('content-type', type)
        .header('vary', typeof vary === 'string' ? `${vary}, accept-encoding` : 'accept-encoding');
    if (encoding !== undefined && (a.bytes ??= Buffer.byteLength(bodyOf(a))) >= COMPRESS_MIN_BYTES) {
        void reply.header('content-encoding', encoding);
        if (from === undefined)
            return reply.send(compress(bodyOf(a), encoding, 'dynamic'));
        const form = from.formOf(a, encoding);
        const etag = encoding === 'gzip' ? (a.gzipEtag ??= etagOf(form)) : (a.brEtag ??= etagOf(form));
        return reply.header('etag', etag).send(form);
    }
    // read once: an answer held compressed (API22) makes its JSON on each read
    const body = bodyOf(a);
    if (from !== undefined)
        void reply.header('etag', (a.etag ??= etagOf(body)));
    return reply.send(body);
}
//# sourceMappingURL=send-answer.js.map