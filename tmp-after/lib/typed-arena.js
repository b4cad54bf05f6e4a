/**
 * Typed arrays carved from one buffer. A search context makes a few dozen small arrays per query, and
 * a typed array with a buffer of its own costs an allocation outside the JavaScript heap (zeroed, and
 * tracked by the garbage collector) that takes longer than the work that fills it; views of one
 * buffer share that cost. Arrays start zeroed, as `new Float64Array(n)` does. When the buffer is used
 * up the arena takes another one, so a capacity that is too small costs time, never correctness.
 */
/** the least buffer taken when the current one is used up */
const MIN_CHUNK_BYTES = 4096;
export class TypedArena {
    buffer;
    offset = 0;
    taken = 0;
    /** `capacityBytes`: what the arrays will need (`bytesTaken` of an earlier arena of the same use) */
    constructor(capacityBytes) {
        this.buffer = new ArrayBuffer(capacityBytes);
    }
    /** Bytes handed out so far, alignment included: the capacity a later arena of the same use needs. */
    get bytesTaken() {
        return this.taken;
    }
    f64(length) {
        const at = this.take(length * Float64Array.BYTES_PER_ELEMENT);
        return new Float64Array(this.buffer, at, length);
    }
    i32(length) {
        const at = this.take(length * Int32Array.BYTES_PER_ELEMENT);
        return new Int32Array(this.buffer, at, length);
    }
    u8(length) {
        const at = this.take(length);
        return new Uint8Array(this.buffer, at, length);
    }
    /** Offset of `bytes` fresh bytes in the current buffer, aligned to 8 for any element type. */
    take(bytes) {
        const size = Math.ceil(bytes / 8) * 8;
        if (this.offset + size > this.buffer.byteLength) {
            this.buffer = new ArrayBuffer(Math.max(size, MIN_CHUNK_BYTES));
            this.offset = 0;
        }
        const at = this.offset;
        this.offset += size;
        this.taken += size;
        return at;
    }
}
//# sourceMappingURL=typed-arena.js.map