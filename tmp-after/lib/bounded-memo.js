/**
 * A memo that keeps at most `max` answers, the oldest dropped first: the per-thread caches of work a
 * query repeats (back-track pruning tables, legality answers, a route's P50/P90). The answer for
 * `key` when held, else `compute()`'s, kept.
 */
export function memoized(memo, max, key, compute) {
    const known = memo.get(key);
    if (known !== undefined)
        return known;
    const answer = compute();
    if (memo.size >= max)
        memo.delete(memo.keys().next().value);
    memo.set(key, answer);
    return answer;
}
/** The memo kept for `owner` (a routing index) in `memos`, made on first use and collected with it. */
export function memoOf(memos, owner) {
    let memo = memos.get(owner);
    if (!memo)
        memos.set(owner, (memo = new Map()));
    return memo;
}
//# sourceMappingURL=bounded-memo.js.map