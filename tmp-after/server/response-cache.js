/**
 * A bounded LRU of serialized answers. Planning is pure: the same network, query and departure
 * give the same answer, so a repeated query is served from here without searching or serializing.
 * Bounded by entries and by bytes, so memory stays flat under any query mix.
 *
 * Each entry's size is recorded when it is counted and the recorded size is what eviction takes
 * back off, so the count cannot drift. (It once did: the route cache and the raw-body cache share
 * answer objects, a gzip form made through one cache was subtracted by the other on eviction without
 * having been added there, the raw-body cache's count went negative and it kept answers up to its
 * entry bound, about 5,000 of them, a few hundred MB; docs/benchmarks.md, memory soak.)
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress } from "./compression.js";
/**
 * An answer as a search thread made it (API20): held as bytes, off the JavaScript heap, so the caches
 * holding thousands of route answers give the garbage collector little to mark or move, and the bytes
 * are sent as they are. When the asking client took a compressed form, that form alone crossed between
 * threads and is held (API21): the JSON is 4–5 times larger and nearly every answer is only ever sent
 * compressed. The JSON's bytes and text are made from what is held each time they are read (a client
 * without compression, another encoding's form, the shared answers of API replicas), not kept, so what
 * the cache counts is what it holds.
 */
export class Utf8Answer {
    /** the JSON's UTF-8 bytes, when the search thread sent them */
    held;
    /** the compressed form the answer came as, when it came without its JSON bytes */
    source;
    bytes;
    gzip;
    br;
    etag;
    gzipEtag;
    brEtag;
    /** The JSON's UTF-8 bytes, or its compressed form alone (`bytes`: the JSON's length). */
    constructor(made) {
        if (Buffer.isBuffer(made)) {
            this.held = made;
            this.source = undefined;
            this.bytes = made.length;
            return;
        }
        this.held = undefined;
        this.source = made.encoding;
        this.bytes = made.bytes;
        if (made.encoding === 'gzip') {
            this.gzip = made.body;
            this.gzipEtag = made.etag;
        }
        else {
            this.br = made.body;
            this.brEtag = made.etag;
        }
    }
    /** bytes of JSON this answer holds beside its compressed forms (0 when it holds none) */
    get heldJsonBytes() {
        return this.held?.length ?? 0;
    }
    get utf8() {
        if (this.held !== undefined)
            return this.held;
        if (this.source === 'br' && this.br !== undefined)
            return brotliDecompressSync(this.br);
        if (this.gzip !== undefined)
            return gunzipSync(this.gzip);
        throw new Error('an answer holding neither its JSON nor a compressed form');
    }
    get json() {
        return this.utf8.toString('utf8');
    }
}
/** The answer as bytes to send, compress or hash: its UTF-8 bytes when held so, else its text. */
export const bodyOf = (a) => a.utf8 ?? a.json;
/** What an answer's JSON takes in the cache: its bytes or its text as held, none when not held. */
const jsonSizeOf = (a) => {
    if (a instanceof Utf8Answer)
        return a.heldJsonBytes;
    return a.utf8 !== undefined ? a.utf8.length : a.json.length * 2;
};
const sizeOf = (key, a) => key.length * 2 + jsonSizeOf(a) + (a.gzip?.length ?? 0) + (a.br?.length ?? 0);
const formsOf = (a) => {
    const forms = new Set();
    if (a.gzip !== undefined)
        forms.add('gzip');
    if (a.br !== undefined)
        forms.add('br');
    return forms;
};
/** The caches holding each answer, so a form compressed through one is counted by all of them. */
const holders = new WeakMap();
export class ResponseCache {
    map = new Map();
    /** the entries of each answer held here (an answer may sit under several keys) */
    entriesOf = new WeakMap();
    opts;
    /** how this cache's answers are compressed */
    compression;
    bytes = 0;
    hits = 0;
    misses = 0;
    constructor(opts) {
        this.opts = opts;
        this.compression = opts.compression ?? 'dynamic';
    }
    get(key) {
        const entry = this.map.get(key);
        if (entry === undefined) {
            this.misses++;
            return undefined;
        }
        this.hits++;
        // re-insert to mark as most recently used
        this.map.delete(key);
        this.map.set(key, entry);
        return entry.answer;
    }
    set(key, value) {
        const size = sizeOf(key, value);
        if (size > this.opts.maxBytes / 8)
            return; // one answer may not crowd out the rest
        this.remove(key);
        const entry = { answer: value, size, counted: formsOf(value) };
        this.map.set(key, entry);
        const list = this.entriesOf.get(value);
        if (list)
            list.push(entry);
        else
            this.entriesOf.set(value, [entry]);
        const caches = holders.get(value);
        if (caches)
            caches.add(this);
        else
            holders.set(value, new Set([this]));
        this.bytes += size;
        this.evict();
    }
    /**
     * An answer's gzip or brotli form, compressed once (at this cache's compression) and kept with the
     * answer, counted by every cache holding it.
     */
    formOf(answer, encoding) {
        let form = answer[encoding];
        if (form === undefined) {
            form = compress(bodyOf(answer), encoding, this.compression);
            answer[encoding] = form;
            for (const cache of [...(holders.get(answer) ?? [])])
                cache.countForm(answer, encoding, form.length);
        }
        return form;
    }
    countForm(answer, encoding, bytes) {
        for (const entry of this.entriesOf.get(answer) ?? []) {
            if (entry.counted.has(encoding))
                continue;
            entry.counted.add(encoding);
            entry.size += bytes;
            this.bytes += bytes;
        }
        this.evict();
    }
    /** What the held entries take now, recomputed from them (the bound the count keeps). */
    heldBytes() {
        let total = 0;
        for (const [key, entry] of this.map)
            total += sizeOf(key, entry.answer);
        return total;
    }
    remove(key) {
        const entry = this.map.get(key);
        if (entry === undefined)
            return;
        this.map.delete(key);
        this.bytes -= entry.size;
        const list = this.entriesOf.get(entry.answer);
        const rest = list?.filter((e) => e !== entry) ?? [];
        if (rest.length > 0)
            this.entriesOf.set(entry.answer, rest);
        else {
            this.entriesOf.delete(entry.answer);
            holders.get(entry.answer)?.delete(this);
        }
    }
    evict() {
        while (this.map.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
            const oldest = this.map.keys().next();
            if (oldest.done)
                break;
            this.remove(oldest.value);
        }
    }
    get size() {
        return this.map.size;
    }
}
//# sourceMappingURL=response-cache.js.map