/**
 * A memo that keeps at most `max` answers, the oldest dropped first: the per-thread caches of work a
 * query repeats (back-track pruning tables, legality answers, a route's P50/P90). The answer for
 * `key` when held, else `compute()`'s, kept.
 */
export function memoized<V>(memo: Map<string, V>, max: number, key: string, compute: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const answer = compute();
  if (memo.size >= max) memo.delete(memo.keys().next().value!);
  memo.set(key, answer);
  return answer;
}
