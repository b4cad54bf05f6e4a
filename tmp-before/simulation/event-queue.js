/**
 * The engine's future-event list: a binary min-heap on (time, insertion order) over growable typed
 * arrays, so equal times pop first-in first-out and a run is deterministic. Hot path: no objects per event.
 */
export class EventQueue {
    time = new Float64Array(1024);
    seq = new Float64Array(1024);
    item = new Int32Array(1024);
    n = 0;
    counter = 0;
    get size() {
        return this.n;
    }
    push(timeH, item) {
        if (this.n === this.time.length)
            this.grow();
        let i = this.n++;
        const s = this.counter++;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (this.time[p] < timeH || (this.time[p] === timeH && this.seq[p] < s))
                break;
            this.time[i] = this.time[p];
            this.seq[i] = this.seq[p];
            this.item[i] = this.item[p];
            i = p;
        }
        this.time[i] = timeH;
        this.seq[i] = s;
        this.item[i] = item;
    }
    /** time of the next event (Infinity when empty) */
    peekTime() {
        return this.n > 0 ? this.time[0] : Number.POSITIVE_INFINITY;
    }
    /** removes the next event and returns its item (-1 when empty) */
    pop() {
        if (this.n === 0)
            return -1;
        const top = this.item[0];
        const last = --this.n;
        const t = this.time[last];
        const s = this.seq[last];
        const it = this.item[last];
        let i = 0;
        for (;;) {
            let c = 2 * i + 1;
            if (c >= last)
                break;
            const r = c + 1;
            if (r < last &&
                (this.time[r] < this.time[c] ||
                    (this.time[r] === this.time[c] && this.seq[r] < this.seq[c])))
                c = r;
            if (t < this.time[c] || (t === this.time[c] && s < this.seq[c]))
                break;
            this.time[i] = this.time[c];
            this.seq[i] = this.seq[c];
            this.item[i] = this.item[c];
            i = c;
        }
        this.time[i] = t;
        this.seq[i] = s;
        this.item[i] = it;
        return top;
    }
    grow() {
        const size = this.time.length * 2;
        const t = new Float64Array(size);
        const s = new Float64Array(size);
        const it = new Int32Array(size);
        t.set(this.time);
        s.set(this.seq);
        it.set(this.item);
        this.time = t;
        this.seq = s;
        this.item = it;
    }
}
//# sourceMappingURL=event-queue.js.map