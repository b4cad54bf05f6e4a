/**
 * Labels of the multi-criteria searches, stored column-wise in growable typed arrays. A label is a
 * state reached (node × customs layer) with its money, arrival time, CO2e, boardings and predecessor.
 */
export declare const EDGE_SOURCE = -1;
export declare const EDGE_CLEARANCE = -2;
export declare class LabelPool {
    size: number;
    state: Int32Array;
    pred: Int32Array;
    edge: Int32Array;
    hops: Int32Array;
    bagNext: Int32Array;
    money: Float64Array;
    time: Float64Array;
    co2: Float64Array;
    dep0: Float64Array;
    /** the objective's key, kept so dominance checks need not recompute it */
    key: Float64Array;
    constructor(capacity?: number);
    reset(): void;
    add(state: number, pred: number, edge: number, hops: number, money: number, time: number, co2: number, dep0: number, key?: number): number;
    /** Labels from the source to l, source first. */
    chain(l: number): number[];
    private grow;
}
export declare function acquirePool(capacity: number): LabelPool;
/** Hands a pool back once nothing reads its labels any more. */
export declare function releasePool(pool: LabelPool): void;
//# sourceMappingURL=label-pool.d.ts.map