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
import { compress, type Encoding, type Compression } from './compression.ts';

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
export class Utf8Answer implements CachedAnswer {
  /** the JSON's UTF-8 bytes, when the search thread sent them */
  private readonly held: Buffer | undefined;
  /** the compressed form the answer came as, when it came without its JSON bytes */
  private readonly source: Encoding | undefined;
  bytes: number;
  gzip?: Buffer;
  br?: Buffer;
  etag?: string;
  gzipEtag?: string;
  brEtag?: string;
  /** The JSON's UTF-8 bytes, or its compressed form alone (`bytes`: the JSON's length). */
  constructor(made: Buffer | { encoding: Encoding; body: Buffer; etag: string; bytes: number }) {
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
    } else {
      this.br = made.body;
      this.brEtag = made.etag;
    }
  }

  /** bytes of JSON this answer holds beside its compressed forms (0 when it holds none) */
  get heldJsonBytes(): number {
    return this.held?.length ?? 0;
  }

  get utf8(): Buffer {
    if (this.held !== undefined) return this.held;
    if (this.source === 'br' && this.br !== undefined) return brotliDecompressSync(this.br);
    if (this.gzip !== undefined) return gunzipSync(this.gzip);
    throw new Error('an answer holding neither its JSON nor a compressed form');
  }

  get json(): string {
    return this.utf8.toString('utf8');
  }
}

/** The answer as bytes to send, compress or hash: its UTF-8 bytes when held so, else its text. */
export const bodyOf = (a: CachedAnswer): string | Buffer => a.utf8 ?? a.json;

/** What an answer's JSON takes in the cache: its bytes or its text as held, none when not held. */
const jsonSizeOf = (a: CachedAnswer): number => {
  if (a instanceof Utf8Answer) return a.heldJsonBytes;
  return a.utf8 !== undefined ? a.utf8.length : a.json.length * 2;
};

const sizeOf = (key: string, a: CachedAnswer): number =>
  key.length * 2 + jsonSizeOf(a) + (a.gzip?.length ?? 0) + (a.br?.length ?? 0);

interface Entry {
  readonly answer: CachedAnswer;
  /** bytes this entry added to the count: its key and JSON, and its compressed forms once counted here */
  size: number;
  counted: Set<Encoding>;
}

const formsOf = (a: CachedAnswer): Set<Encoding> => {
  const forms = new Set<Encoding>();
  if (a.gzip !== undefined) forms.add('gzip');
  if (a.br !== undefined) forms.add('br');
  return forms;
};

/** The caches holding each answer, so a form compressed through one is counted by all of them. */
const holders = new WeakMap<CachedAnswer, Set<ResponseCache>>();

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  /** the entries of each answer held here (an answer may sit under several keys) */
  private readonly entriesOf = new WeakMap<CachedAnswer, Entry[]>();
  private readonly opts: ResponseCacheOptions;
  /** how this cache's answers are compressed */
  readonly compression: Compression;
  private bytes = 0;
  hits = 0;
  misses = 0;
  constructor(opts: ResponseCacheOptions) {
    this.opts = opts;
    this.compression = opts.compression ?? 'dynamic';
  }

  get(key: string): CachedAnswer | undefined {
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

  set(key: string, value: CachedAnswer): void {
    const size = sizeOf(key, value);
    if (size > this.opts.maxBytes / 8) return; // one answer may not crowd out the rest
    this.remove(key);
    const entry: Entry = { answer: value, size, counted: formsOf(value) };
    this.map.set(key, entry);
    const list = this.entriesOf.get(value);
    if (list) list.push(entry);
    else this.entriesOf.set(value, [entry]);
    const caches = holders.get(value);
    if (caches) caches.add(this);
    else holders.set(value, new Set([this]));
    this.bytes += size;
    this.evict();
  }

  /**
   * An answer's gzip or brotli form, compressed once (at this cache's compression) and kept with the
   * answer, counted by every cache holding it.
   */
  formOf(answer: CachedAnswer, encoding: Encoding): Buffer {
    let form = answer[encoding];
    if (form === undefined) {
      form = compress(bodyOf(answer), encoding, this.compression);
      answer[encoding] = form;
      for (const cache of [...(holders.get(answer) ?? [])])
        cache.countForm(answer, encoding, form.length);
    }
    return form;
  }

  private countForm(answer: CachedAnswer, encoding: Encoding, bytes: number): void {
    for (const entry of this.entriesOf.get(answer) ?? []) {
      if (entry.counted.has(encoding)) continue;
      entry.counted.add(encoding);
      entry.size += bytes;
      this.bytes += bytes;
    }
    this.evict();
  }

  /** What the held entries take now, recomputed from them (the bound the count keeps). */
  heldBytes(): number {
    let total = 0;
    for (const [key, entry] of this.map) total += sizeOf(key, entry.answer);
    return total;
  }

  private remove(key: string): void {
    const entry = this.map.get(key);
    if (entry === undefined) return;
    this.map.delete(key);
    this.bytes -= entry.size;
    const list = this.entriesOf.get(entry.answer);
    const rest = list?.filter((e) => e !== entry) ?? [];
    if (rest.length > 0) this.entriesOf.set(entry.answer, rest);
    else {
      this.entriesOf.delete(entry.answer);
      holders.get(entry.answer)?.delete(this);
    }
  }

  private evict(): void {
    while (this.map.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
  }

  get size(): number {
    return this.map.size;
  }
}
