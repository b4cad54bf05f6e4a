import { ResponseCache } from "./response-cache.js";
const ENTRIES = 512;
const BYTES = 64 * 1024 * 1024;
/**
 * `compression` 'dynamic' for answers whose keys a client can vary at will (filtered lists): each new
 * key is compressed on the request path, where the smallest setting would cost a brotli-11 pass.
 */
export function staticAnswers(entries = ENTRIES, bytes = BYTES, compression = 'static') {
    const cache = new ResponseCache({ maxEntries: entries, maxBytes: bytes, compression });
    return {
        cache,
        get(key, make) {
            let a = cache.get(key);
            if (a === undefined) {
                a = { json: make() };
                cache.set(key, a);
            }
            return a;
        },
    };
}
//# sourceMappingURL=static-answers.js.map