/**
 * A bounded LRU of serialized answers. Planning is pure: the same network, query and departure
 * give the same answer, so a repeated query is served from here without searching or serializing.
 * Bounded by entries and by bytes, so memory stays flat under any query mix.
 */

export interface ResponseCacheOptions {
  maxEntries: number;
  maxBytes: number;
}

export class ResponseCache {
  private readonly map = new Map<string, string>();
  private bytes = 0;
  hits = 0;
  misses = 0;
  private readonly opts: ResponseCacheOptions;
  constructor(opts: ResponseCacheOptions) {
    this.opts = opts;
  }

  get(key: string): string | undefined {
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

  set(key: string, value: string): void {
    const size = (key.length + value.length) * 2; // UTF-16 upper bound
    if (size > this.opts.maxBytes / 8) return; // one answer may not crowd out the rest
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.bytes -= (key.length + old.length) * 2;
    }
    this.map.set(key, value);
    this.bytes += size;
    while (this.map.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      const v = this.map.get(oldest.value) ?? '';
      this.map.delete(oldest.value);
      this.bytes -= (oldest.value.length + v.length) * 2;
    }
  }

  get size(): number {
    return this.map.size;
  }
}
