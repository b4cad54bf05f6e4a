/**
 * Binary min-heap of integer items keyed by float64 priorities, stored in growable typed arrays.
 * Searches push duplicates instead of decreasing keys (lazy deletion): simpler and as fast here.
 */
export class MinHeap {
    keys;
    items;
    n = 0;
    constructor(capacity = 1024) {
        this.keys = new Float64Array(Math.max(16, capacity));
        this.items = new Int32Array(Math.max(16, capacity));
    }
    get size() {
        return this.n;
    }
    clear() {
        this.n = 0;
    }
    /** The smallest key, or Infinity when empty. */
    peekKey() {
        return this.n > 0 ? this.keys[0] : Infinity;
    }
    push(item, key) {
        if (this.n === this.keys.length)
            this.grow();
        const keys = this.keys;
        const items = this.items;
        let i = this.n++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pk = keys[parent];
            if (pk <= key)
                break;
            keys[i] = pk;
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        items[i] = item;
    }
    /** Removes and returns the item with the smallest key; -1 when empty. */
    pop() {
        if (this.n === 0)
            return -1;
        const keys = this.keys;
        const items = this.items;
        const top = items[0];
        const last = --this.n;
        if (last > 0) {
            const key = keys[last];
            const item = items[last];
            let i = 0;
            for (;;) {
                let child = 2 * i + 1;
                if (child >= last)
                    break;
                const right = child + 1;
                if (right < last && keys[right] < keys[child])
                    child = right;
                if (keys[child] >= key)
                    break;
                keys[i] = keys[child];
                items[i] = items[child];
                i = child;
            }
            keys[i] = key;
            items[i] = item;
        }
        return top;
    }
    grow() {
        const keys = new Float64Array(this.keys.length * 2);
        keys.set(this.keys);
        const items = new Int32Array(this.items.length * 2);
        items.set(this.items);
        this.keys = keys;
        this.items = items;
    }
}
//# sourceMappingURL=heap.js.map