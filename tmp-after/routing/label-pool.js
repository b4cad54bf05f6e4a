/**
 * Labels of the multi-criteria searches, stored column-wise in growable typed arrays. A label is a
 * state reached (node × customs layer) with its money, arrival time, CO2e, boardings and predecessor.
 */
export const EDGE_SOURCE = -1;
export const EDGE_CLEARANCE = -2;
export class LabelPool {
    size = 0;
    state;
    pred;
    edge;
    hops;
    bagNext;
    money;
    time;
    co2;
    dep0;
    /** the objective's key, kept so dominance checks need not recompute it */
    key;
    constructor(capacity = 4096) {
        this.state = new Int32Array(capacity);
        this.pred = new Int32Array(capacity);
        this.edge = new Int32Array(capacity);
        this.hops = new Int32Array(capacity);
        this.bagNext = new Int32Array(capacity);
        this.money = new Float64Array(capacity);
        this.time = new Float64Array(capacity);
        this.co2 = new Float64Array(capacity);
        this.dep0 = new Float64Array(capacity);
        this.key = new Float64Array(capacity);
    }
    reset() {
        this.size = 0;
    }
    add(state, pred, edge, hops, money, time, co2, dep0, key = 0) {
        if (this.size === this.state.length)
            this.grow();
        const l = this.size++;
        this.state[l] = state;
        this.pred[l] = pred;
        this.edge[l] = edge;
        this.hops[l] = hops;
        this.bagNext[l] = -1;
        this.money[l] = money;
        this.time[l] = time;
        this.co2[l] = co2;
        this.dep0[l] = dep0;
        this.key[l] = key;
        return l;
    }
    /** Labels from the source to l, source first. */
    chain(l) {
        const out = [];
        for (let x = l; x >= 0; x = this.pred[x])
            out.push(x);
        return out.reverse();
    }
    grow() {
        const n = this.state.length * 2;
        const g = (a, make) => {
            const b = make(n);
            b.set(a);
            return b;
        };
        const i32 = (k) => new Int32Array(k);
        const f64 = (k) => new Float64Array(k);
        this.state = g(this.state, i32);
        this.pred = g(this.pred, i32);
        this.edge = g(this.edge, i32);
        this.hops = g(this.hops, i32);
        this.bagNext = g(this.bagNext, i32);
        this.money = g(this.money, f64);
        this.time = g(this.time, f64);
        this.co2 = g(this.co2, f64);
        this.dep0 = g(this.dep0, f64);
        this.key = g(this.key, f64);
    }
}
/**
 * Pools released by their last reader, for reuse by later searches: a search then writes over old
 * labels instead of allocating (and zeroing) ten fresh arrays. Only pools handed back with
 * releasePool are reused, so a pool a caller still reads is never overwritten.
 */
const free = [];
const MAX_FREE = 8;
export function acquirePool(capacity) {
    const p = free.pop();
    if (!p)
        return new LabelPool(capacity);
    p.reset();
    return p;
}
/** Hands a pool back once nothing reads its labels any more. */
export function releasePool(pool) {
    if (free.length < MAX_FREE && !free.includes(pool))
        free.push(pool);
}
//# sourceMappingURL=label-pool.js.map