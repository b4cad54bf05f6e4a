/**
 * Typed arrays carved from one buffer. A search context makes a few dozen small arrays per query, and
 * a typed array with a buffer of its own costs an allocation outside the JavaScript heap (zeroed, and
 * tracked by the garbage collector) that takes longer than the work that fills it; views of one
 * buffer share that cost. Arrays start zeroed, as `new Float64Array(n)` does. When the buffer is used
 * up the arena takes another one, so a capacity that is too small costs time, never correctness.
 */
export declare class TypedArena {
    private buffer;
    private offset;
    private taken;
    /** `capacityBytes`: what the arrays will need (`bytesTaken` of an earlier arena of the same use) */
    constructor(capacityBytes: number);
    /** Bytes handed out so far, alignment included: the capacity a later arena of the same use needs. */
    get bytesTaken(): number;
    f64(length: number): Float64Array;
    i32(length: number): Int32Array;
    u8(length: number): Uint8Array;
    /** Offset of `bytes` fresh bytes in the current buffer, aligned to 8 for any element type. */
    private take;
}
//# sourceMappingURL=typed-arena.d.ts.map