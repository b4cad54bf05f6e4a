/**
 * Binary min-heap of integer items keyed by float64 priorities, stored in growable typed arrays.
 * Searches push duplicates instead of decreasing keys (lazy deletion): simpler and as fast here.
 */
export declare class MinHeap {
    private keys;
    private items;
    private n;
    constructor(capacity?: number);
    get size(): number;
    clear(): void;
    /** The smallest key, or Infinity when empty. */
    peekKey(): number;
    push(item: number, key: number): void;
    /** Removes and returns the item with the smallest key; -1 when empty. */
    pop(): number;
    private grow;
}
//# sourceMappingURL=heap.d.ts.map