import { type Encoding, type Compression } from './compression.ts';
/**
 * An answer as sent: its JSON text and, once a client asked for them, its gzip and brotli forms; the
 * strong ETag of each form is kept beside it once computed, so a repeat is not hashed again.
 */
export interface CachedAnswer {
    readonly json: string;
    /**
     * the JSON's UTF-8 bytes, when the answer is held as bytes (route answers from a search thread:
     * Utf8Answer); sent, compressed and hashed in place of the text, which is then decoded only when
     * read
     */
    readonly utf8?: Buffer;
    /** the JSON's length in UTF-8 bytes, once asked for */
    bytes?: number;
    gzip?: Buffer;
    br?: Buffer;
    etag?: string;
    gzipEtag?: string;
    brEtag?: string;
}
export interface ResponseCacheOptions {
    maxEntries: number;
    maxBytes: number;
    /**
     * how hard its answers are compressed (compression.ts): "dynamic" for answers made per query
     * (route plans, places), "static" for answers made once per process (network data, documents).
     * Default "dynamic".
     */
    compression?: Compression;
}
/**
 * An answer as a search thread made it (API20): held as bytes, off the JavaScript heap, so the caches
 * holding thousands of route answers give the garbage collector little to mark or move, and the bytes
 * are sent as they are. When the asking client took a compressed form, that form alone crossed between
 * threads and is held (API21): the JSON is 4–5 times larger and nearly every answer is only ever sent
 * compressed. The JSON's bytes and text are made from what is held each time they are read (a client
 * without compression, another encoding's form, the shared answers of API replicas), not kept, so what
 * the cache counts is what it holds.
 */
export declare class Utf8Answer implements CachedAnswer {
    /** the JSON's UTF-8 bytes, when the search thread sent them */
    private readonly held;
    /** the compressed form the answer came as, when it came without its JSON bytes */
    private readonly source;
    bytes: number;
    gzip?: Buffer;
    br?: Buffer;
    etag?: string;
    gzipEtag?: string;
    brEtag?: string;
    /** The JSON's UTF-8 bytes, or its compressed form alone (`bytes`: the JSON's length). */
    constructor(made: Buffer | {
        encoding: Encoding;
        body: Buffer;
        etag: string;
        bytes: number;
    });
    /** bytes of JSON this answer holds beside its compressed forms (0 when it holds none) */
    get heldJsonBytes(): number;
    get utf8(): Buffer;
    get json(): string;
}
/** The answer as bytes to send, compress or hash: its UTF-8 bytes when held so, else its text. */
export declare const bodyOf: (a: CachedAnswer) => string | Buffer;
export declare class ResponseCache {
    private readonly map;
    /** the entries of each answer held here (an answer may sit under several keys) */
    private readonly entriesOf;
    private readonly opts;
    /** how this cache's answers are compressed */
    readonly compression: Compression;
    private bytes;
    hits: number;
    misses: number;
    constructor(opts: ResponseCacheOptions);
    get(key: string): CachedAnswer | undefined;
    set(key: string, value: CachedAnswer): void;
    /**
     * An answer's gzip or brotli form, compressed once (at this cache's compression) and kept with the
     * answer, counted by every cache holding it.
     */
    formOf(answer: CachedAnswer, encoding: Encoding): Buffer;
    private countForm;
    /** What the held entries take now, recomputed from them (the bound the count keeps). */
    heldBytes(): number;
    private remove;
    private evict;
    get size(): number;
}
//# sourceMappingURL=response-cache.d.ts.map