/**
 * Binary min-heap of integer items keyed by float64 priorities, stored in growable typed arrays.
 * Searches push duplicates instead of decreasing keys (lazy deletion): simpler and as fast here.
 */
export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  private n = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.items = new Int32Array(Math.max(16, capacity));
  }

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.n > 0 ? (this.keys[0] as number) : Infinity;
  }

  push(item: number, key: number): void {
    if (this.n === this.keys.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      items[i] = items[parent] as number;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Removes and returns the item with the smallest key; -1 when empty. */
  pop(): number {
    if (this.n === 0) return -1;
    const keys = this.keys;
    const items = this.items;
    const top = items[0] as number;
    const last = --this.n;
    if (last > 0) {
      const key = keys[last] as number;
      const item = items[last] as number;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (keys[right] as number) < (keys[child] as number)) child = right;
        if ((keys[child] as number) >= key) break;
        keys[i] = keys[child] as number;
        items[i] = items[child] as number;
        i = child;
      }
      keys[i] = key;
      items[i] = item;
    }
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}
