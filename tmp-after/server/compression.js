/**
 * How answers kept by the server are compressed (docs/decisions.md API19). Each form of an answer is
 * made once and kept with it (response-cache.ts), so the level is chosen by how often the same bytes
 * are compressed, not by how often they are sent:
 * - "dynamic": answers made per query (route plans, places). Nearly every uncached route answer is
 *   compressed once and never asked for again, so its compression is paid per request: gzip level 3
 *   (0.6–0.7 of level 6's CPU for about 7 % more bytes on route answers) and brotli quality 4
 *   (as the compression plugin, for clients that accept brotli but not gzip).
 * - "static": answers made once per process (network data, GeoJSON, the OpenAPI document,
 *   scenarios): the smallest forms, gzip level 9 and brotli quality 11, preferring brotli.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
/** below this an answer is sent as it is; the compression plugin's threshold (API14) */
export const COMPRESS_MIN_BYTES = 1024;
const LEVELS = {
    dynamic: { gzip: 3, br: 4 },
    static: { gzip: 9, br: 11 },
};
/** `text` as a string or as its UTF-8 bytes: the same bytes come out. */
export function compress(text, encoding, how) {
    const level = LEVELS[how][encoding];
    if (encoding === 'gzip')
        return gzipSync(text, { level });
    return brotliCompressSync(text, {
        params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: level,
            [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
        },
    });
}
const GZIP = /\bgzip\b/;
const BR = /\bbr\b/;
/**
 * The form to send for an Accept-Encoding header, or undefined for the JSON text. Static answers
 * prefer brotli (made once, smaller); dynamic ones gzip (cheaper to make for an answer sent once).
 * Weights are read only when the header has any (`gzip;q=0` refuses gzip, `*` accepts both).
 */
export function chooseEncoding(header, how) {
    if (typeof header !== 'string' || header === '')
        return undefined;
    let gzip;
    let br;
    if (!header.includes(';') && !header.includes('*')) {
        gzip = GZIP.test(header);
        br = BR.test(header);
    }
    else {
        const weights = new Map();
        for (const part of header.split(',')) {
            const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
            const q = params.find((p) => p.startsWith('q='));
            weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
        }
        const any = weights.get('*');
        const ok = (name) => (weights.get(name) ?? any ?? 0) > 0;
        gzip = ok('gzip');
        br = ok('br');
    }
    if (how === 'static')
        return br ? 'br' : gzip ? 'gzip' : undefined;
    return gzip ? 'gzip' : br ? 'br' : undefined;
}
//# sourceMappingURL=compression.js.map