/**
 * A memo that keeps at most `max` answers, the oldest dropped first: the per-thread caches of work a
 * query repeats (back-track pruning tables, legality answers, a route's P50/P90). The answer for
 * `key` when held, else `compute()`'s, kept.
 */
export declare function memoized<V>(memo: Map<string, V>, max: number, key: string, compute: () => V): V;
/** The memo kept for `owner` (a routing index) in `memos`, made on first use and collected with it. */
export declare function memoOf<K extends object, V>(memos: WeakMap<K, Map<string, V>>, owner: K): Map<string, V>;
//# sourceMappingURL=bounded-memo.d.ts.map