/**
 * Lower bounds of the remaining cost to the targets, per node and objective: a reverse Dijkstra on
 * static weights (no waiting, no bans, no lifts). Static weights never exceed what a time-dependent
 * search pays on the same edge, so the bounds are admissible and consistent: the label-setting search
 * uses them as an A* heuristic (and to prune Pareto labels), which keeps results exact. Cached per
 * search context and target set, so the searches of one query share them.
 */
import { MinHeap } from "../lib/heap.js";
import { staticWeight } from "./search-static.js";
const reverse = new WeakMap();
function reverseCsr(idx) {
    let r = reverse.get(idx);
    if (r)
        return r;
    const n = idx.nodeCount;
    const off = new Int32Array(n + 1);
    for (let e = 0; e < idx.edgeCount; e++)
        off[idx.eTo[e] + 1]++;
    for (let v = 0; v < n; v++)
        off[v + 1] += off[v];
    const cur = off.slice(0, n);
    const edges = new Int32Array(idx.edgeCount);
    for (let e = 0; e < idx.edgeCount; e++)
        edges[cur[idx.eTo[e]]++] = e;
    r = { off, edges };
    reverse.set(idx, r);
    return r;
}
const cache = new WeakMap();
// the reverse searches are synchronous and never nested, so one heap serves them all
const heap = new MinHeap(64);
/**
 * Least static weight from each node to any target (Infinity when no target is reachable). Kept per
 * context by objective and targets: the weights read the context's gateway bans as they
 * stand, so the first call for a key must come with no ban set, as the corridor exploration's first,
 * unbanned search does (bounds worked out under bans would be too high for the searches after).
 */
export function lowerBounds(ctx, targets, objective) {
    let m = cache.get(ctx);
    if (!m)
        cache.set(ctx, (m = new Map()));
    const key = `${objective}:${targets.join(',')}`;
    const hit = m.get(key);
    if (hit)
        return hit;
    const idx = ctx.index;
    const { off, edges } = reverseCsr(idx);
    const dist = new Float64Array(idx.nodeCount).fill(Infinity);
    heap.clear();
    for (const t of targets) {
        dist[t] = 0;
        heap.push(t, 0);
    }
    while (heap.size > 0) {
        const d = heap.peekKey();
        const v = heap.pop();
        if (d > dist[v])
            continue;
        for (let k = off[v]; k < off[v + 1]; k++) {
            const e = edges[k];
            const u = idx.eFrom[e];
            // u is already as near as this edge could bring it (a weight is never negative, -1 forbids
            // the edge): its weight, and the edge's costing, are not needed
            if (dist[u] <= d)
                continue;
            const we = staticWeight(ctx, e, objective);
            if (we < 0)
                continue;
            const du = d + we;
            if (du < dist[u]) {
                dist[u] = du;
                heap.push(u, du);
            }
        }
    }
    m.set(key, dist);
    return dist;
}
//# sourceMappingURL=lower-bounds.js.map