/**
 * A bounded LRU of serialized answers. Planning is pure: the same network, query and departure
 * give the same answer, so a repeated query is served from here without searching or serializing.
 * Bounded by entries and by bytes, so memory stays flat under any query mix.
 */
import { gzipSync } from 'node:zlib';

/** An answer as sent: its JSON text and, once a client asked for it, its gzip form. */
export interface CachedAnswer {
  readonly json: string;
  gzip?: Buffer;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  maxBytes: number;
}

const sizeOf = (key: string, a: CachedAnswer): number =>
  (key.length + a.json.length) * 2 + (a.gzip?.length ?? 0);

export class ResponseCache {
  private readonly map = new Map<string, CachedAnswer>();
  private readonly opts: ResponseCacheOptions;
  private bytes = 0;
  hits = 0;
  misses = 0;
  constructor(opts: ResponseCacheOptions) {
    this.opts = opts;
  }

  get(key: string): CachedAnswer | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // re-insert to mark as most recently used
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: CachedAnswer): void {
    const size = sizeOf(key, value);
    if (size > this.opts.maxBytes / 8) return; // one answer may not crowd out the rest
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.bytes -= sizeOf(key, old);
    }
    this.map.set(key, value);
    this.bytes += size;
    this.evict();
  }

  /** The gzip form of a cached answer, compressed once and kept (and counted) with it. */
  gzipOf(answer: CachedAnswer): Buffer {
    if (answer.gzip === undefined) {
      answer.gzip = gzipSync(answer.json);
      this.bytes += answer.gzip.length;
      this.evict();
    }
    return answer.gzip;
  }

  private evict(): void {
    while (this.map.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      const v = this.map.get(oldest.value);
      this.map.delete(oldest.value);
      if (v) this.bytes -= sizeOf(oldest.value, v);
    }
  }

  get size(): number {
    return this.map.size;
  }
}
